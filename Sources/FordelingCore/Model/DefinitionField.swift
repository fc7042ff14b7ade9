extension Definition {
    /// A field of a definition, as the model names it. Readers map their own names to these (the text format's
    /// `hourly rate` is `.hourlyRate`); messages name a field through the reader's name for it.
    public enum Field: Hashable, Sendable, CaseIterable {
        /// The definition itself: where it starts (the text format's `[id]` header).
        case id
        case title, year, parties, excluded, rule, key, tiers, total, national, rate, add, pledges, unit, quantity, decimals, price,
             mode, divisor, amountLabel, columns, percentDecimals, percentLabel, compare, per, perLabel, perDecimals, hours,
             hourlyRate, inKindShare, inKindFixed, inKindExempt, match, notes, periods, expense, income, fees, index, priceLevel, period,
             periodAmount, minimum, maximum, deviation, realised
    }
}

/// How a sheet's amounts are derived from its key. Amounts are in øre.
public enum Rule: Sendable, Equatable {
    /// Split a given total over the parties in proportion to the key.
    case split(total: Int128)
    /// Each party pays its key percentage of a national amount (DUT key); the sheet total is the sum.
    case shareOfNational(national: Int128)
    /// Each party pays a rate (øre, possibly fractional) per unit of the key; the sheet total is the sum.
    case rate(perUnit: Fraction)
    /// Add named columns of other sheets per party.
    case sum(components: [ColumnReference])

    /// Which rule, without its amount.
    public enum Kind: Sendable, Hashable, CaseIterable {
        case split, shareOfNational, rate, sum

        /// The field that holds the rule's amount; a sum has none.
        public var amountField: Definition.Field? {
            switch self {
            case .split: .total
            case .shareOfNational: .national
            case .rate: .rate
            case .sum: nil
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .split: .split
        case .shareOfNational: .shareOfNational
        case .rate: .rate
        case .sum: .sum
        }
    }
}

/// Whether rows are apportioned so they sum to the total, or rounded one by one as published sheets are.
public enum RoundingMode: String, Sendable, CaseIterable {
    /// Largest remainder: rows always sum to the total.
    case reconciled
    /// Each row rounded half-up on its own, to reproduce a published sheet; may not reconcile.
    case published
}

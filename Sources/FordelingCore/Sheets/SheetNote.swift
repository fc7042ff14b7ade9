/// A fact printed under a sheet's table; the presentation words it.
public enum SheetNote: Sendable {
    /// A key table used by the sheet (its value columns' headings), with its source and vintage, and the scenario
    /// that changed a tier in it, if one did.
    case key(label: String, source: String, vintage: String, changedByScenario: String?)
    /// The amount split by a given total (stored units).
    case total(Int128)
    /// The national amount that the percent key shares (øre).
    case nationalAmount(Int128)
    /// The rate per key unit (stored units, possibly fractional) and the heading of the key's column (nil: equal weights).
    case rate(Fraction, keyLabel: String?)
    /// What is left after pledges, split by key over `parties` parties (stored units).
    case keyedRemainder(Int128, parties: Int)
    /// The tiers and their weights.
    case tiers([(name: String, weight: Fraction)])
    /// A published divisor that differs from the key's total.
    case divisor(DecimalValue, keyTotal: Fraction)
    /// Hours per organisation and the hourly rate (øre).
    case hours(perOrganisation: DecimalValue, hourlyRate: Int128)
    /// Contributions in kind as a share of the cash.
    case inKindShare(Fraction)
    /// Money to be matched 1:1 (øre), and what this sheet raises (øre).
    case matching(required: Int128, raised: Int128)
    /// The price per unit of a quantity (øre).
    case price(Int128)
    /// A sheet added into this one, and which of its columns (with the heading the inputs gave it, if any).
    case component(title: String, role: ColumnRole, heading: String?)
    /// Rows of a key table (its value columns' headings) that no party of the sheet uses: `parties`, named; and when
    /// the key has a row for every municipality of the country, `restOfCountry` of those are municipalities, counted
    /// rather than named (a national key has rows for every municipality). Information, not an error.
    case unusedKeyRows(label: String, parties: [String], restOfCountry: Int?)
    /// A note written in the definition.
    case text(String)
    /// A budget period's income and expenses (øre) and its result, income − expenses.
    case budgetResult(period: String, income: Int128, expenses: Int128, result: Int128)
    /// A budget figure taken from the total of another sheet.
    case budgetFigure(line: String, period: String, sheet: String, title: String, amount: Int128)
    /// The rule's amount carried to the sheet's year by PL rates.
    case indexed(IndexedAmount)
    /// The sheet is one year of a period: that year's months of the amount per year.
    case periodYear(Definition.PeriodYear)
    /// The sheet adds the years of a period.
    case period(Period, years: [Int])
    /// An amount given for the whole period (stored units), not per year.
    case wholePeriod(party: String, amount: Int128)
    /// The allowed deviation from each party's key share (a fraction of the whole), for a quota.
    case deviation(Fraction)
    /// The price list column a fee sheet charges, with the list's source and vintage.
    case fees(list: String, column: String, source: String, vintage: String)
}

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
    /// The lines of a budget statement, each an expense or income per period (rows are lines, not parties).
    case budget(BudgetStatement)
    /// Each party pays the fee of its tier in a price list's column, the tier chosen by the party's key value (a count).
    case fee(list: String, column: String?)
    /// A period's sheet: per party, the sheets of its years added, and amounts for the whole period (made from a
    /// definition with a `period`, whose kind it keeps as a sum of sheets).
    case period(PeriodTotal)

    /// The sheet of a whole period: which years' sheets it adds, and what is given for the whole period.
    public struct PeriodTotal: Sendable, Equatable {
        public let period: Period
        /// Each year of the period and the id of its sheet.
        public let years: [(year: Int, sheet: String)]
        public let wholePeriod: [Definition.Pledge]

        public init(period: Period, years: [(year: Int, sheet: String)], wholePeriod: [Definition.Pledge]) {
            self.period = period
            self.years = years
            self.wholePeriod = wholePeriod
        }

        public static func == (a: PeriodTotal, b: PeriodTotal) -> Bool {
            a.period == b.period && a.years.map(\.year) == b.years.map(\.year) && a.years.map(\.sheet) == b.years.map(\.sheet)
                && a.wholePeriod == b.wholePeriod
        }
    }

    /// Which rule, without its amount.
    public enum Kind: Sendable, Hashable, CaseIterable {
        case split, shareOfNational, rate, sum, budget, fee

        /// The field that holds the rule's amount; a sum has none.
        public var amountField: Definition.Field? {
            switch self {
            case .split: .total
            case .shareOfNational: .national
            case .rate: .rate
            case .fee: .fees
            case .sum, .budget: nil
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .split: .split
        case .shareOfNational: .shareOfNational
        case .rate: .rate
        case .sum, .period: .sum
        case .budget: .budget
        case .fee: .fee
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

/// One thing an audit found: how serious, what, where, and the printed and expected values.
public struct Finding: Sendable, Equatable {
    public enum Severity: Sendable, Comparable, CaseIterable {
        /// Money or a printed total is wrong.
        case error
        /// A non-money column is wrong, or a number is written oddly.
        case warning
        /// A rounding artefact, or an explanation.
        case info

        private var rank: Int { Severity.allCases.firstIndex(of: self) ?? Severity.allCases.count }  // always found: every case is in allCases
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// What was found, with the values involved; columns are named by their printed headings.
    public enum Kind: Sendable, Equatable {
        /// A row's party the register does not know.
        case unknownParty(String)
        /// A party listed a second time, first at `firstAt` as `firstAs`.
        case listedTwice(party: String, firstAt: SourceLocation, firstAs: String)
        case notMemberOfKKR(party: String, kkr: String)
        /// A member of the sheet's KKR without a row.
        case missingMember(party: String, kkr: String)
        /// A column whose rows do not add up to its printed total.
        case columnSum(sum: DecimalValue, total: DecimalValue)
        /// A printed percentage that is not the row's share of column `base`.
        case shareMismatch(base: String)
        /// Printed percentages whose sum is not the printed total, by rounding.
        case sharesSumToRounding(sum: DecimalValue, total: DecimalValue)
        /// A printed amount per unit that is not column `amount` over column `key`.
        case perUnitMismatch(amount: String, key: String)
        /// A printed difference that is not column `amount` less column `previous`.
        case differenceMismatch(amount: String, previous: String)
        /// A check not made: what it needs has more than 38 digits.
        case notComputable(Computation)
        /// A printed amount beyond rounding of its exact quota under the rule of sheet `sheet`.
        case amountBreaksRule(sheet: String)
        /// Wrong amounts that rounding each row half-up reproduces, with `divisor` instead of the key's sum.
        case roundedWithDivisor(total: DecimalValue, divisor: DecimalValue, keySum: DecimalValue, sumOfRows: DecimalValue)
        /// Wrong amounts that rounding each row half-up reproduces from any total from `low` to below `high`.
        case roundedFromTotals(low: DecimalValue, high: DecimalValue, divisor: DecimalValue, total: DecimalValue, sumOfRows: DecimalValue)
        /// Wrong amounts that no rounding of one total by any of `divisors` reproduces.
        case notReproduced(divisors: [DecimalValue], sumOfRows: DecimalValue, total: DecimalValue)
        /// A number written oddly (`1014.819`), read as `read`.
        case oddNumber(written: String, read: DecimalValue)
        /// A number written with a decimal point (`2.5`), read as `read`.
        case decimalPoint(written: String, read: DecimalValue)
        /// A cell of digits that make no number (`1.2.3`): no check of its column counts on it.
        case unreadable(written: String)
        /// Words in a column of numbers (`n/a`, a remark): not counted.
        case notANumber(written: String)
        /// A row on which a declared relation between columns does not hold.
        case relationBroken(relation: String)
        /// A total below the minimum declared for it (an agreed minimum).
        case belowMinimum
        /// A budget period's printed result that is not its income less its expenses.
        case budgetResult(period: String, income: DecimalValue, expenses: DecimalValue)
        /// A figure printed in whole kroner where the exact figure has øre: an evident rounding.
        case roundedToWholeKroner
        /// A row label that should be a tier of a count (`8 - 24`, `50 +`) but is not.
        case tierNotARange
        /// A tier that does not follow the one before.
        case tierProblem(PriceList.TierProblem)
    }

    /// What a check that could not be made would have computed.
    public enum Computation: Sendable, Equatable {
        /// The sum of the column itself.
        case columnSum
        /// The sum of another column.
        case sum(of: String)
        /// A row's share of a column.
        case rowShare(of: String)
        /// The sum of the printed percentages.
        case percentSum
        /// One column over another.
        case quotient(String, String)
        /// One column less another.
        case difference(String, String)
    }

    public let severity: Severity
    public let kind: Kind
    public let location: SourceLocation?
    /// The row's party (or the total row's label), if the finding is about a row.
    public let party: String?
    public let column: String?
    public let printed: DecimalValue?
    public let expected: DecimalValue?

    public init(_ severity: Severity, _ kind: Kind, location: SourceLocation? = nil, party: String? = nil, column: String? = nil,
                printed: DecimalValue? = nil, expected: DecimalValue? = nil) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.party = party
        self.column = column
        self.printed = printed
        self.expected = expected
    }

    /// printed − expected, when both are given.
    public var difference: DecimalValue? {
        guard let printed, let expected else { return nil }
        return printed.minus(expected)
    }
}

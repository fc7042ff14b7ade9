/// A what-if: overrides of some definitions' fields, computed beside the baseline.
public struct Scenario: Sendable {
    /// One `ID.FIELD = VALUE`.
    public struct Override: Sendable {
        public enum Change: Sendable, Equatable {
            /// `total`, `national` or `rate`: set, or change by a percentage or an amount.
            case amount(field: Definition.Field, AmountChange)
            /// Another key: `dut-2019`, `equal`.
            case key(KeyReference)
            /// A party's pledge: an amount in kroner (or the quantity), a percentage, or nil to remove it.
            case pledge(party: String, PledgeChange?)
            /// A partner's tier in the definition's key.
            case tier(party: String, tier: String)
            /// A party leaves the set.
            case leave(party: String)
            /// A party joins the set.
            case join(party: String)
            /// The PL rate from `fromYear`'s price level to the next year's, e.g. the final rate for the expected one.
            case indexRate(fromYear: Int, percent: DecimalValue)
        }

        public let sheet: String
        public let change: Change
        /// As written, e.g. `erhvervshus-2019.total = +10 %`.
        public let text: String
        public let location: SourceLocation?

        public init(sheet: String, change: Change, text: String, location: SourceLocation?) {
            self.sheet = sheet
            self.change = change
            self.text = text
            self.location = location
        }
    }

    /// A pledge as a scenario writes it, before the sheet's unit is known.
    public enum PledgeChange: Sendable, Equatable {
        case amount(DecimalValue)
        case percent(Fraction)
    }

    /// How an amount changes.
    public enum AmountChange: Sendable, Equatable {
        /// The new value, in kroner (or the sheet's quantity).
        case absolute(DecimalValue)
        /// Plus or minus a percentage of the baseline.
        case percent(Fraction)
        /// Plus or minus an amount in kroner (or the quantity).
        case delta(DecimalValue)
    }

    /// A relative change whose exact amount the scenario rounded (half-up) to the sheet's unit, as a budget officer
    /// rounds "+4,8 % PL": stated beside the sheet it changed.
    public struct Rounding: Sendable, Equatable {
        /// The override, as written.
        public let override: String
        public let sheet: String
        public let field: Definition.Field
        /// The amount before and the exact amount after the change, in stored units.
        public let baseline: Int128
        public let exact: Fraction
        /// The exact amount rounded to whole units of `measure`, in stored units.
        public let rounded: Int128
        public let measure: Measure
    }

    /// Used in file and folder names: lowercase letters, digits and hyphens.
    public let name: String
    public let title: String
    public let notes: [String]
    public let overrides: [Override]
    public let location: SourceLocation?

    public init(name: String, title: String, notes: [String], overrides: [Override], location: SourceLocation?) {
        self.name = name
        self.title = title
        self.notes = notes
        self.overrides = overrides
        self.location = location
    }
}

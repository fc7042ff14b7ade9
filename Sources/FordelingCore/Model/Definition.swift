/// One allocation as a finance officer declares it, before its parties and keys are looked up.
public struct Definition: Sendable {
    /// One item of a party list.
    public enum PartyItem: Sendable, Equatable {
        /// All members of a KKR, e.g. "Sjælland".
        case kkr(String)
        /// A municipality or organisation by name.
        case named(String)
    }

    /// Which parties pay.
    public enum PartySet: Sendable, Equatable {
        case items([PartyItem])
        /// Every party the key table lists, in its order (ad hoc splits).
        case everyoneInKey
    }

    /// An information column: a key's values, or a key's share in percent.
    public enum InfoColumn: Sendable, Equatable {
        case values(KeyReference)
        case share(KeyReference)
    }

    /// A party that pays a fixed amount, or a fixed percentage of the total, instead of its key share.
    public struct Pledge: Sendable, Equatable {
        public enum Amount: Sendable, Equatable {
            /// In the sheet's minor units.
            case fixed(Int128)
            case percent(Fraction)
        }

        public let party: String
        public let amount: Amount
        public let location: SourceLocation?

        public init(party: String, amount: Amount, location: SourceLocation?) {
            self.party = party
            self.amount = amount
            self.location = location
        }
    }

    /// Contributions in kind, shown beside the cash.
    public enum InKind: Sendable, Equatable {
        /// Hours per organisation (a group counts each member), valued at an hourly rate in øre.
        case hours(perOrganisation: DecimalValue, hourlyRate: Int128)
        /// A fraction of each party's exact cash amount.
        case shareOfCash(Fraction)

        /// The definition field that sets it.
        public var field: String {
            switch self {
            case .hours: "hours"
            case .shareOfCash: "in kind share"
            }
        }
    }

    public var id: String
    public var title: String
    /// The budget year; nil for ad hoc splits.
    public var year: Int?
    public var parties: PartySet
    public var excluded: [String] = []
    public var rule: Rule
    /// The key the rule uses; nil only for `sum`.
    public var key: KeyReference?
    /// Tier names and their weights, for keys written as words ("stor 1, lille 1/3").
    public var tiers: [(name: String, weight: Fraction)] = []
    public var pledges: [Pledge] = []
    public var measure: Measure = .money(.krone)
    /// Kroner (øre) per unit of a quantity: adds a money column.
    public var price: Int128?
    public var mode: RoundingMode = .reconciled
    /// Replaces the key's total in `published` mode, to reproduce a sheet printed with another divisor.
    public var divisor: DecimalValue?
    /// Heading of the amount column.
    public var amountLabel: String = "Beløb"
    public var columns: [InfoColumn] = []
    /// A table of previous amounts (kroner) to compare against: adds the previous amount and "Forskel".
    public var compare: KeyReference?
    /// A key to divide the amount by, e.g. population for "pr. indbygger".
    public var per: KeyReference?
    public var perLabel: String = "pr. indbygger"
    public var perDecimals: Int = 1
    public var percentDecimals: Int = 2
    /// Heading of `share` columns.
    public var percentLabel: String = "Pct."
    public var inKind: InKind?
    public var inKindFixed: [Pledge] = []
    public var inKindExempt: [String] = []
    /// Money that must be matched 1:1 (øre): the sheet shows required, pledged and the gap.
    public var match: Int128?
    public var notes: [String] = []
    /// Where each field was set; the header's location under "id".
    public var locations: [String: SourceLocation]

    public init(id: String, title: String, year: Int?, parties: PartySet, rule: Rule, key: KeyReference?,
                locations: [String: SourceLocation]) {
        self.id = id
        self.title = title
        self.year = year
        self.parties = parties
        self.rule = rule
        self.key = key
        self.locations = locations
    }

    /// The location of `field`, or of the definition's header.
    public func location(of field: String) -> SourceLocation? {
        locations[field] ?? locations["id"]
    }

    /// The sheets this one adds up.
    public var dependencies: [String] {
        if case .sum(let components) = rule { return components.map(\.sheet) }
        return []
    }
}

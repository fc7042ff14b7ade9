/// One allocation as a finance officer declares it, before its parties and keys are looked up. It is checked when
/// it is made, whichever reader made it, and again when a scenario changes it (`DefinitionRules`).
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

        /// The field that sets it.
        public var field: Field {
            switch self {
            case .hours: .hours
            case .shareOfCash: .inKindShare
            }
        }
    }

    /// Who pays: a set of parties, less the excluded ones.
    public struct Membership: Sendable {
        public var parties: PartySet
        public var excluded: [String]

        public init(_ parties: PartySet, excluded: [String] = []) {
            self.parties = parties
            self.excluded = excluded
        }
    }

    /// How the amounts are derived: the rule with its key, tiers and pledges, what the amounts measure and how
    /// rows are rounded.
    public struct Allocation: Sendable {
        public var rule: Rule
        /// The key the rule uses; nil only for `sum`.
        public var ruleKey: KeyReference?
        /// Tier names and their weights, for keys written as words ("stor 1, lille 1/3").
        public var tiers: [(name: String, weight: Fraction)]
        public var pledges: [Pledge]
        public var measure: Measure
        public var mode: RoundingMode
        /// Replaces the key's total in `published` mode, to reproduce a sheet printed with another divisor.
        public var divisor: DecimalValue?
        /// The rule's amount is in another year's prices, carried to the sheet's year by PL rates.
        public var indexation: Indexation?
        /// Bounds on a split of whole units.
        public var bounds = QuotaBounds()

        public init(rule: Rule, key: KeyReference?, tiers: [(name: String, weight: Fraction)] = [], pledges: [Pledge] = [],
                    measure: Measure = .money(.krone), mode: RoundingMode = .reconciled, divisor: DecimalValue? = nil) {
            self.rule = rule
            ruleKey = key
            self.tiers = tiers
            self.pledges = pledges
            self.measure = measure
            self.mode = mode
            self.divisor = divisor
        }
    }

    /// What a sheet shows beside its amounts: previous amounts, amounts per unit of a key, the value of a
    /// quantity, contributions in kind and money to be matched.
    public struct Extras: Sendable {
        /// A table of previous amounts (kroner) to compare against.
        public var compare: KeyReference?
        /// A key to divide the amount by, e.g. population.
        public var per: KeyReference?
        /// Kroner (øre) per unit of a quantity: adds a money column.
        public var price: Int128?
        public var inKind: InKind?
        public var inKindFixed: [Pledge]
        public var inKindExempt: [String]
        /// Money that must be matched 1:1 (øre): the sheet shows required, pledged and the gap.
        public var match: Int128?
        /// The amounts are per year over this period: a sheet per year and one for the whole period.
        public var period: PeriodSpan?

        public init(compare: KeyReference? = nil, per: KeyReference? = nil, price: Int128? = nil, inKind: InKind? = nil,
                    inKindFixed: [Pledge] = [], inKindExempt: [String] = [], match: Int128? = nil) {
            self.compare = compare
            self.per = per
            self.price = price
            self.inKind = inKind
            self.inKindFixed = inKindFixed
            self.inKindExempt = inKindExempt
            self.match = match
        }
    }

    public internal(set) var id: String
    public let title: String
    /// The budget year; nil for ad hoc splits and for a definition over a period.
    public internal(set) var year: Int?
    public private(set) var membership: Membership
    public private(set) var allocation: Allocation
    public private(set) var extras: Extras
    /// Where each field was set; the definition's start under `.id`.
    public private(set) var locations: [Field: SourceLocation]

    /// Heading of the amount column.
    public var amountLabel: String?
    public var columns: [InfoColumn] = []
    public var perLabel: String?
    public var perDecimals: Int = 1
    public var percentDecimals: Int = 2
    /// Heading of `share` columns.
    public var percentLabel: String?
    public var notes: [String] = []
    /// The year of a period this definition's sheet covers, when it was made from a definition over the period.
    public internal(set) var partOfPeriod: PeriodYear?

    /// A definition that follows the rules of `DefinitionRules`, or the located error of the first it breaks.
    public init(id: String, title: String, year: Int?, membership: Membership, allocation: Allocation, extras: Extras = Extras(),
                locations: [Field: SourceLocation]) throws(InputError) {
        self.id = id
        self.title = title
        self.year = year
        self.membership = membership
        self.allocation = allocation
        self.extras = extras
        self.locations = locations
        try DefinitionRules.check(self)
    }

    /// This definition with some parts changed, checked as a new one: the `fields` changed are now at `location`.
    public func changing(membership: Membership? = nil, allocation: Allocation? = nil, extras: Extras? = nil, fields: [Field] = [],
                         at location: SourceLocation?) throws(InputError) -> Definition {
        var changed = self
        changed.membership = membership ?? self.membership
        changed.allocation = allocation ?? self.allocation
        changed.extras = extras ?? self.extras
        for field in fields { changed.locations[field] = location }
        try DefinitionRules.check(changed)
        return changed
    }

    /// The location of `field`, or of the definition's start.
    public func location(of field: Field) -> SourceLocation? {
        locations[field] ?? locations[.id]
    }

    /// The sheets this one adds up.
    public var dependencies: [String] {
        switch rule {
        case .sum(let components): return components.map(\.sheet)
        case .budget(let statement): return statement.sheets
        case .period(let total): return total.years.map(\.sheet)
        default: return []
        }
    }

    public var parties: PartySet { membership.parties }
    public var excluded: [String] { membership.excluded }
    public var rule: Rule { allocation.rule }
    public var key: KeyReference? { allocation.ruleKey }
    public var tiers: [(name: String, weight: Fraction)] { allocation.tiers }
    public var pledges: [Pledge] { allocation.pledges }
    public var measure: Measure { allocation.measure }
    public var mode: RoundingMode { allocation.mode }
    public var divisor: DecimalValue? { allocation.divisor }
    public var compare: KeyReference? { extras.compare }
    public var per: KeyReference? { extras.per }
    public var price: Int128? { extras.price }
    public var inKind: InKind? { extras.inKind }
    public var inKindFixed: [Pledge] { extras.inKindFixed }
    public var inKindExempt: [String] { extras.inKindExempt }
    public var match: Int128? { extras.match }
}

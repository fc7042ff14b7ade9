/// One allocation as a finance officer declares it, before its parties and keys are looked up.
public struct Definition: Sendable {
    /// Which parties pay.
    public enum PartySet: Sendable, Equatable {
        /// All members of a KKR, e.g. "Sjælland".
        case kkr(String)
        /// Named parties, in this order.
        case listed([String])
        /// Every party the key table lists, in its order (ad hoc splits).
        case everyoneInKey
    }

    /// An information column: a key's values, or a key's share in percent.
    public enum InfoColumn: Sendable, Equatable {
        case values(key: String)
        case share(key: String)
    }

    public var id: String
    public var title: String
    /// The budget year; nil for ad hoc splits.
    public var year: Int?
    public var parties: PartySet
    public var excluded: [String] = []
    public var rule: Rule
    /// The key the rule uses; nil only for `sum`.
    public var key: String?
    public var unit: RoundingUnit = .krone
    public var mode: RoundingMode = .reconciled
    /// Heading of the amount column.
    public var amountLabel: String = "Beløb"
    public var columns: [InfoColumn] = []
    /// A table of previous amounts (kroner) to compare against: adds the previous amount and "Forskel".
    public var compare: String?
    /// A key to divide the amount by, e.g. population for "pr. indbygger".
    public var per: String?
    public var perLabel: String = "pr. indbygger"
    public var perDecimals: Int = 1
    public var percentDecimals: Int = 2
    public var notes: [String] = []
    /// Where each field was set; the header's location under "id".
    public var locations: [String: SourceLocation]

    public init(id: String, title: String, year: Int?, parties: PartySet, rule: Rule, key: String?,
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

/// One paying party of a sheet: a municipality (id = kommunenummer) or another organisation (id = name).
public struct Party: Hashable, Sendable {
    /// Stable identity: the kommunenummer for municipalities, the name otherwise. Used to break ties.
    public let id: String
    /// The name printed on the sheet.
    public let name: String
    /// The kommunenummer, for municipalities.
    public let code: String?
    /// How many organisations the party stands for: 1, or the members of a group such as "33 kommuner".
    public let count: Int

    public init(id: String, name: String, code: String?, count: Int = 1) {
        self.id = id
        self.name = name
        self.code = code
        self.count = count
    }

    public init(municipality: Municipality) {
        self.init(id: municipality.code, name: municipality.name, code: municipality.code)
    }

    public init(organisation: Organisation) {
        self.init(id: organisation.name, name: organisation.name, code: nil, count: max(1, organisation.members.count))
    }

    /// A party known only by its name (ad hoc splits).
    public init(name: String) {
        self.init(id: name, name: name, code: nil)
    }
}

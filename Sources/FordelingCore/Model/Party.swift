/// One paying party of a sheet: a municipality (id = kommunenummer) or another organisation (id = name).
public struct Party: Hashable, Sendable {
    /// Stable identity: the kommunenummer for municipalities, the name otherwise. Used to break ties.
    public let id: String
    /// The name printed on the sheet.
    public let name: String
    /// The kommunenummer, for municipalities.
    public let code: String?

    public init(id: String, name: String, code: String?) {
        self.id = id
        self.name = name
        self.code = code
    }

    public init(municipality: Municipality) {
        self.init(id: municipality.code, name: municipality.name, code: municipality.code)
    }

    /// A party that is not a municipality, identified by its name.
    public init(name: String) {
        self.init(id: name, name: name, code: nil)
    }
}

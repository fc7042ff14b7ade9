/// A party that is not a municipality: a region, a utility company, or a named group of municipalities.
public struct Organisation: Hashable, Sendable {
    public let name: String
    /// e.g. "region", "selskab", "kommunegruppe".
    public let type: String
    /// For a group: the municipalities it stands for (so "33 kommuner" counts as 33 organisations).
    public let members: [Municipality]
    public let spellings: [String]
    public let location: SourceLocation

    public init(name: String, type: String, members: [Municipality], spellings: [String], location: SourceLocation) {
        self.name = name
        self.type = type
        self.members = members
        self.spellings = spellings
        self.location = location
    }
}

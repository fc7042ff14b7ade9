/// A Danish municipality as the register holds it.
public struct Municipality: Hashable, Sendable {
    /// The official three-digit kommunenummer, e.g. "253".
    public let code: String
    /// The official name, e.g. "Høje-Taastrup".
    public let name: String
    /// e.g. "Region Hovedstaden".
    public let region: String
    /// The KKR it belongs to, e.g. "Hovedstaden".
    public let kkr: String
    /// Other accepted spellings, e.g. "Høje Tåstrup".
    public let spellings: [String]
    /// Where the register lists it.
    public let location: SourceLocation

    public init(code: String, name: String, region: String, kkr: String, spellings: [String], location: SourceLocation) {
        self.code = code
        self.name = name
        self.region = region
        self.kkr = kkr
        self.spellings = spellings
        self.location = location
    }
}

/// A table of values per party: a key such as population or DUT key, or previous amounts.
public struct KeyTable: Sendable {
    public struct Row: Sendable {
        /// The party as written in the file (name or kommunenummer).
        public let party: String
        public let value: ExactDecimal
        public let location: SourceLocation

        public init(party: String, value: ExactDecimal, location: SourceLocation) {
            self.party = party
            self.value = value
            self.location = location
        }
    }

    /// The id definitions use, e.g. "befolkning-2019".
    public let id: String
    /// The column heading, printed on sheets, e.g. "Befolkning 2019 (ØIM)".
    public let label: String
    /// Where the figures come from, e.g. the seed document and lines.
    public let source: String
    /// The year the figures describe.
    public let vintage: String
    public let file: String
    public let rows: [Row]

    public init(id: String, label: String, source: String, vintage: String, file: String, rows: [Row]) {
        self.id = id
        self.label = label
        self.source = source
        self.vintage = vintage
        self.file = file
        self.rows = rows
    }
}

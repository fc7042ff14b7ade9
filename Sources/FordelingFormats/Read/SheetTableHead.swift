import FordelingCore

extension SheetTableReader {
    /// What comes before a table's rows, read line by line: `# key: value` lines (kept as metadata), title lines and
    /// other `#` lines (skipped), and the header, the first row with at least two headings.
    public struct Head: Sendable {
        public private(set) var metadata: [String: (value: String, line: Int)] = [:]
        public private(set) var delimiter: Character = ";"
        /// The header's fields, once it has been read.
        public private(set) var fields: [String]?
        /// Whether the second column is the rows' kommunenumre ("Kommunenr.").
        public private(set) var hasCodes = false
        /// The value columns' headings (the party and kommunenummer columns are not among them).
        public private(set) var headings: [String] = []

        public init() {}

        /// The field where a row's values start.
        public var firstValue: Int { hasCodes ? 2 : 1 }

        /// Reads line `number` of `file`, a line before the header or the header itself.
        public mutating func read(_ line: Substring, number: Int, file: String) throws(InputError) {
            let trimmed = String(line).trimmingSpaces
            if trimmed.hasPrefix("#") {
                if let colon = trimmed.firstIndex(of: ":") {
                    let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<colon]).trimmingSpaces.lowercased()
                    metadata[key] = (String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces, number)
                }
                return
            }
            delimiter = CSVReader.detectDelimiter(trimmed)
            let fields = try CSVReader.fields(of: line, delimiter: delimiter, file: file, line: number).map(\.trimmingSpaces)
            guard fields.filter({ !$0.isEmpty }).count >= 2 else { return }
            self.fields = fields
            hasCodes = fields.count > 1 && ["kommunenr.", "kommunenr", "kommunenummer"].contains(fields[1].lowercased())
            headings = Array(fields.dropFirst(firstValue))
        }
    }
}

import FordelingCore

extension SheetTableReader {
    /// What comes before a table's rows, read line by line: `# key: value` lines (kept as metadata), title lines and
    /// other `#` lines (skipped), and the header, the first row with at least two headings.
    public struct Head: Sendable {
        public let file: String
        /// The worksheet the table stands in, when its file is a workbook.
        public let worksheet: String?
        public private(set) var metadata: [String: (value: String, line: Int)] = [:]
        /// Every `# key: value` line in order.
        public private(set) var metadataLines: [(key: String, value: String, line: Int)] = []
        /// The file's delimiter (`CSVReader.tableDelimiter`).
        public let delimiter: Character
        /// The header's fields, once it has been read.
        public private(set) var fields: [String]?
        /// Whether the second column is the rows' kommunenumre ("Kommunenr.").
        public private(set) var hasCodes = false
        /// The value columns' headings (the party and kommunenummer columns are not among them).
        public private(set) var headings: [String] = []

        public init(file: String, worksheet: String? = nil, delimiter: Character) {
            self.file = file
            self.worksheet = worksheet
            self.delimiter = delimiter
        }

        /// The field where a row's values start.
        public var firstValue: Int { hasCodes ? 2 : 1 }

        /// Reads line `number`, a line before the header or the header itself.
        public mutating func read(_ line: Substring, number: Int) throws(InputError) {
            let trimmed = String(line).trimmingSpaces
            if trimmed.hasPrefix("#") {
                if let colon = trimmed.firstIndex(of: ":") {
                    let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<colon]).trimmingSpaces.lowercased()
                    let value = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces
                    metadata[key] = (value, number)
                    metadataLines.append((key, value, number))
                }
                return
            }
            let fields = try CSVReader.fields(of: line, delimiter: delimiter, file: file, line: number).map(\.trimmingSpaces)
            guard fields.filter({ !$0.isEmpty }).count >= 2 else { return }
            self.fields = fields
            hasCodes = fields.count > 1 && ["kommunenr.", "kommunenr", "kommunenummer"].contains(fields[1].lowercased())
            headings = Array(fields.dropFirst(firstValue))
        }

        /// Line `line` of the table's file (a worksheet's row), at the field of `column` (0 for the first) if given.
        public func location(line: Int, column: Int? = nil, field: String? = nil) -> SourceLocation {
            SourceLocation(file: file, line: line, field: field, worksheet: worksheet, column: column)
        }

        /// A row with more fields than the header.
        public func fieldCount(_ found: Int, line: Int) -> InputError {
            InputError(location(line: line, column: fields?.count), "expected \(fields?.count ?? 0) fields like the header, found \(found)",
                       fix: "Separate fields with '\(delimiter)' and quote a field that contains it.")
        }

        /// A file without a header row.
        public var noTable: InputError {
            InputError(SourceLocation(file: file, line: 1, worksheet: worksheet), "no table found: no row with at least two headings",
                       fix: "Start the table with a header row such as 'Kommune;Befolkning;Beløb'.")
        }
    }
}

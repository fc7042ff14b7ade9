import FordelingCore

/// A parsed CSV file: `# key: value` metadata lines before the header, the header, and the records.
public struct CSVDocument: Sendable {
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let file: String
    /// `# kilde: …` lines before the header, keyed by lowercased key.
    public let metadata: [String: (value: String, line: Int)]
    public let header: Record
    public let records: [Record]
    /// What separates the fields: `;`, tab or `,`, as the header has it.
    public let delimiter: Character
    /// The worksheet the table was read from, when the file is a workbook.
    public let worksheet: String?

    /// The location of `column` (an index into the header) in `record`.
    public func location(_ record: Record, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: record.line, field: "column '\(header.fields[column])'", worksheet: worksheet, column: column)
    }

    /// The location of `line` (a worksheet's row), or of the file.
    public func location(line: Int?) -> SourceLocation {
        SourceLocation(file: file, line: line, worksheet: worksheet)
    }

    /// The index of the header column named `name` (ignoring case and spaces), or a located error.
    public func column(named name: String) throws(InputError) -> Int {
        let wanted = normalisedName(name)
        guard let index = header.fields.firstIndex(where: { normalisedName($0) == wanted }) else {
            throw InputError(location(line: header.line), "no column '\(name.abbreviated())' in the header",
                             fix: "Use one of: \(header.fields.map { "'\($0.abbreviated())'" }.joined(separator: ", ")).")
        }
        return index
    }
}

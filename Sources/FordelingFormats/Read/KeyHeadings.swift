import FordelingCore

/// The headings of a key's columns. A column is chosen by its heading (compared as names are, without
/// case, hyphens or extra spaces), so no two may be the same.
public enum KeyHeadings {
    /// The value column a split takes its weights from, on either path: the one headed `column`, or the only
    /// one. Its index in `fields`, the header row at `line` of `file` (the party column is 0).
    public static func valueColumn(_ fields: [String], named column: String?, file: String, line: Int, worksheet: String? = nil) throws(InputError) -> Int {
        let location = SourceLocation(file: file, line: line, worksheet: worksheet)
        guard let column else {
            guard fields.count == 2 else {
                throw InputError(location, "\(fields.count - 1) value columns (\(fields.dropFirst().joined(separator: ", ")))", fix: "Choose one with --column.")
            }
            return 1
        }
        guard let index = fields.indices.dropFirst().first(where: { normalisedName(fields[$0]) == normalisedName(column) }) else {
            throw InputError(location, "no column '\(column.abbreviated())' in the header", fix: "Use one of: \(fields.dropFirst().joined(separator: ", ")).")
        }
        return index
    }

    /// Fails on a heading used twice; `fields` is the header row at `line` of `file`. Empty headings are not compared.
    public static func checkDistinct(_ fields: [String], file: String, line: Int, worksheet: String? = nil) throws(InputError) {
        var columnOfHeading: [String: Int] = [:]
        for (index, field) in fields.enumerated() where !field.isEmpty {
            let heading = normalisedName(field)
            if let first = columnOfHeading[heading] {
                throw InputError(SourceLocation(file: file, line: line, worksheet: worksheet, column: index), "columns \(first + 1) and \(index + 1) are both headed '\(field.abbreviated())'",
                                 fix: "Give every column its own heading.")
            }
            columnOfHeading[heading] = index
        }
    }
}

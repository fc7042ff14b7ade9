import FordelingCore

/// The headings of a key's columns. A column is chosen by its heading (compared as names are, without
/// case, hyphens or extra spaces), so no two may be the same.
public enum KeyHeadings {
    /// Fails on a heading used twice; `fields` is the header row at `line` of `file`. Empty headings are not compared.
    public static func checkDistinct(_ fields: [String], file: String, line: Int) throws(InputError) {
        var columnOfHeading: [String: Int] = [:]
        for (index, field) in fields.enumerated() where !field.isEmpty {
            let heading = normalisedName(field)
            if let first = columnOfHeading[heading] {
                throw InputError(SourceLocation(file: file, line: line), "columns \(first + 1) and \(index + 1) are both headed '\(field.abbreviated())'",
                                 fix: "Give every column its own heading.")
            }
            columnOfHeading[heading] = index
        }
    }
}

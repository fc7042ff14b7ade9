import FordelingCore

/// Reads CSV as Danish Excel writes it: `;` (or tab or `,`, detected from the header), `"` quoting,
/// blank lines and `#` comment lines ignored, `# key: value` metadata before the header.
public enum CSVReader {
    public static func read(_ text: String, file: String) throws(InputError) -> CSVDocument {
        var metadata: [String: (value: String, line: Int)] = [:]
        var header: CSVDocument.Record?
        var delimiter: Character = ";"
        var records: [CSVDocument.Record] = []
        for (number, line) in TextLines.split(text) {
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                if header == nil, let colon = trimmed.firstIndex(of: ":") {
                    let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<colon]).trimmingSpaces.lowercased()
                    metadata[key] = (String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces, number)
                }
                continue
            }
            guard let known = header else {
                delimiter = detectDelimiter(trimmed)
                let fields = try fields(of: line, delimiter: delimiter, file: file, line: number)
                header = CSVDocument.Record(line: number, fields: fields.map(\.trimmingSpaces))
                continue
            }
            var fields = try fields(of: line, delimiter: delimiter, file: file, line: number)
            while fields.count > known.fields.count, fields.last?.trimmingSpaces.isEmpty == true { fields.removeLast() }
            guard fields.count == known.fields.count else {
                throw InputError(SourceLocation(file: file, line: number),
                                 "expected \(known.fields.count) fields like the header, found \(fields.count)",
                                 fix: "Separate fields with '\(delimiter)' and put quotes around a field that contains '\(delimiter)'.")
            }
            records.append(CSVDocument.Record(line: number, fields: fields.map(\.trimmingSpaces)))
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1), "the file has no header row",
                             fix: "Start the table with a header such as 'Kommune;Befolkning'.")
        }
        return CSVDocument(file: file, metadata: metadata, header: header, records: records)
    }

    static func detectDelimiter(_ header: String) -> Character {
        if header.contains(";") { return ";" }
        if header.contains("\t") { return "\t" }
        return ","
    }

    /// The fields of one line; `""` inside quotes is a quote.
    static func fields(of line: Substring, delimiter: Character, file: String, line number: Int) throws(InputError) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if quoted {
                if character == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        field.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.trimmingSpaces.isEmpty {
                field = ""
                quoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            index = line.index(after: index)
        }
        if quoted {
            throw InputError(SourceLocation(file: file, line: number, field: "field \(fields.count + 1)"), "a quote is opened but never closed",
                             fix: "Close the quote on the same line, or remove it.")
        }
        fields.append(field)
        return fields
    }
}

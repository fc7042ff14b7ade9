import FordelingCore

/// Reads CSV as Danish Excel writes it: `;` (or tab or `,`, detected from the header), `"` quoting,
/// blank lines and `#` comment lines ignored, `# key: value` metadata before the header. A worksheet of a workbook
/// is read as its text (`WorksheetText`), `worksheet` naming it in messages; as a worksheet does not store the empty
/// cells at the end of a row, its rows may have fewer fields than the header.
public enum CSVReader {
    public static func read(_ text: String, file: String, worksheet: String? = nil) throws(InputError) -> CSVDocument {
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
            if worksheet != nil && fields.count < known.fields.count { fields += Array(repeating: "", count: known.fields.count - fields.count) }
            guard fields.count == known.fields.count else {
                throw InputError(SourceLocation(file: file, line: number, worksheet: worksheet, column: known.fields.count),
                                 "expected \(known.fields.count) fields like the header, found \(fields.count)",
                                 fix: "Separate fields with '\(delimiter)' and put quotes around a field that contains '\(delimiter)'.")
            }
            records.append(CSVDocument.Record(line: number, fields: fields.map(\.trimmingSpaces)))
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1, worksheet: worksheet), "the file has no header row",
                             fix: "Start the table with a header such as 'Kommune;Befolkning'.")
        }
        return CSVDocument(file: file, metadata: metadata, header: header, records: records, delimiter: delimiter, worksheet: worksheet)
    }

    public static func detectDelimiter(_ header: String) -> Character {
        if header.contains(";") { return ";" }
        if header.contains("\t") { return "\t" }
        return ","
    }

    /// The delimiter of a table whose header may follow title lines (an approved or generated sheet): `;` or tab as
    /// soon as a line that is not a `#` line holds one; `,` once two such lines have held a comma before any held `;`
    /// or tab. So a title such as "Fordeling af 1,500 årsværk" stays one field before a `;` header instead of being
    /// taken for a header of its own, and a comma file is known by its first lines, not read to its end.
    @inlinable
    public static func tableDelimiter(utf8 bytes: some Sequence<UInt8>) -> Character {
        var (lineStart, comment, comma, commaLines) = (true, false, false, 0)
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D:
                if comma {
                    commaLines += 1
                    if commaLines == 2 { return "," }
                }
                (lineStart, comment, comma) = (true, false, false)
            case 0x20 where lineStart: continue
            case 0x23 where lineStart: (lineStart, comment) = (false, true)
            case 0x3B where !comment: return ";"
            case 0x09 where !comment: return "\t"
            case 0x2C where !comment: (lineStart, comma) = (false, true)
            default: lineStart = false
            }
        }
        return ","
    }

    /// The fields of one line; `""` inside quotes is a quote. Works on the UTF-8 bytes: the delimiter and
    /// the quote are ASCII.
    public static func fields(of line: Substring, delimiter: Character, file: String, line number: Int) throws(InputError) -> [String] {
        let separator = delimiter.asciiValue ?? 0x3B
        let quote: UInt8 = 0x22
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var onlySpaces = true  // nothing but spaces so far in this field
        let bytes = line.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    let next = bytes.index(after: index)
                    if next < bytes.endIndex, bytes[next] == quote {
                        field.append(quote)
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == quote && onlySpaces {
                field.removeAll(keepingCapacity: true)
                quoted = true
                onlySpaces = false
            } else if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                onlySpaces = true
            } else {
                field.append(byte)
                if byte != 0x20 && byte != 0x09 { onlySpaces = false }
            }
            index = bytes.index(after: index)
        }
        if quoted {
            throw InputError(SourceLocation(file: file, line: number, field: "field \(fields.count + 1)"), "a quote is opened but never closed",
                             fix: "Close the quote on the same line, or remove it.")
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}

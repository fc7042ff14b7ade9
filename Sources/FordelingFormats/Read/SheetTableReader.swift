import FordelingCore

/// Reads a sheet table from CSV: an approved sheet transcribed in `Inputs/approved/`, or a sheet Fordeling
/// wrote. Title lines and `#` lines before the header are skipped (`# key: value` lines are kept as
/// metadata); the table ends at the first blank line. A "Kommunenr." column gives the rows' codes; the
/// total row is labelled "I alt", "Samlet" or "Total" (or as `# total:` says). A worksheet of a workbook is read as
/// its text (`WorksheetText`), `worksheet` naming it in messages.
public enum SheetTableReader {
    public struct Result: Sendable {
        public let table: SheetTable
        public let metadata: [String: (value: String, line: Int)]
        /// Numbers written oddly, read as intended.
        public let findings: [Finding]
    }

    public static func read(_ text: String, file: String, worksheet: String? = nil) throws(InputError) -> Result {
        var metadata: [String: (value: String, line: Int)] = [:]
        var header: [String]?
        var delimiter: Character = ";"
        var rows: [SheetTable.Row] = []
        var total: SheetTable.Row?
        var findings: [Finding] = []
        var hasCodes = false
        for (number, line) in TextLines.split(text) {
            let trimmed = String(line).trimmingSpaces
            guard let columns = header else {
                if trimmed.hasPrefix("#") {
                    if let colon = trimmed.firstIndex(of: ":") {
                        let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<colon]).trimmingSpaces.lowercased()
                        metadata[key] = (String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces, number)
                    }
                    continue
                }
                delimiter = CSVReader.detectDelimiter(trimmed)
                let fields = try CSVReader.fields(of: line, delimiter: delimiter, file: file, line: number).map(\.trimmingSpaces)
                if fields.filter({ !$0.isEmpty }).count >= 2 {
                    header = fields
                    hasCodes = fields.count > 1 && ["kommunenr.", "kommunenr", "kommunenummer"].contains(fields[1].lowercased())
                }
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            var fields = try fieldsOf(line, delimiter: delimiter, file: file, line: number)
            if fields.allSatisfy(\.isEmpty) {
                if rows.isEmpty && total == nil { continue }
                break
            }
            while fields.count > columns.count, fields.last?.isEmpty == true { fields.removeLast() }
            guard fields.count <= columns.count else {
                throw InputError(SourceLocation(file: file, line: number, worksheet: worksheet, column: columns.count), "expected \(columns.count) fields like the header, found \(fields.count)",
                                 fix: "Separate fields with '\(delimiter)' and quote a field that contains it.")
            }
            fields += Array(repeating: "", count: columns.count - fields.count)
            let firstValue = hasCodes ? 2 : 1
            let label = textCell(fields[0])
            var values: [SheetTable.Value] = []
            values.reserveCapacity(columns.count - firstValue)
            for index in firstValue..<columns.count {
                let (value, finding) = try read(fields[index], location: { SourceLocation(file: file, line: number, field: "column '\(columns[index])'", worksheet: worksheet, column: index) },
                                            party: label, column: columns[index])
                values.append(value)
                if let finding { findings.append(finding) }
            }
            let row = SheetTable.Row(label: label, code: hasCodes && !fields[1].isEmpty ? fields[1] : nil, values: values,
                                     location: SourceLocation(file: file, line: number, worksheet: worksheet))
            if total == nil && isTotal(label, metadata: metadata) { total = row } else { rows.append(row) }
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1, worksheet: worksheet), "no table found: no row with at least two headings",
                             fix: "Start the table with a header row such as 'Kommune;Befolkning;Beløb'.")
        }
        let table = SheetTable(source: file, columns: Array(header.dropFirst(hasCodes ? 2 : 1)), rows: rows, total: total, worksheet: worksheet,
                               firstValueColumn: hasCodes ? 2 : 1)
        return Result(table: table, metadata: metadata, findings: findings)
    }

    /// The trimmed fields of a line: split on the delimiter byte when there are no quotes (the common
    /// case, without a character walk), by the CSV reader otherwise.
    static func fieldsOf(_ line: Substring, delimiter: Character, file: String, line number: Int) throws(InputError) -> [String] {
        let separator = delimiter.asciiValue ?? 0x3B
        let fast: [String]?? = line.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            if bytes.contains(0x22) { return nil }
            var fields: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                var (low, high) = (start, index)
                while low < high && (bytes[low] == 0x20 || bytes[low] == 0x09) { low += 1 }
                while high > low && (bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 || bytes[high - 1] == 0x0D) { high -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self).trimmingSpaces)
                start = index + 1
            }
            return fields
        }
        if let fast, let fields = fast { return fields }
        return try CSVReader.fields(of: line, delimiter: delimiter, file: file, line: number).map(\.trimmingSpaces)
    }

    static func isTotal(_ label: String, metadata: [String: (value: String, line: Int)]) -> Bool {
        // Most rows are parties: rule them out by their first letter before normalising.
        let candidates = metadata["total"].map { [$0.value] } ?? ["I alt", "Samlet", "Total"]
        guard let first = label.utf8.first, candidates.contains(where: { ($0.utf8.first ?? 0) | 0x20 == first | 0x20 }) else { return false }
        let name = normalisedName(label)
        if let given = metadata["total"]?.value { return name == normalisedName(given) }
        return ["i alt", "samlet", "total"].contains(name)
    }

    /// A text cell as Fordeling wrote it, without the `'` that keeps Excel from reading it as a formula.
    static func textCell(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, ["=", "+", "-", "@"].contains(second) else { return text }
        return String(text.dropFirst())
    }

    /// A cell as a number, nothing (`-`, empty) or text. A number whose dots group thousands in threes but
    /// stand in the wrong places (`1014.819`) is read as intended and reported; one whose dots cannot group
    /// thousands (`12.5`, `1234.56`) may be a decimal point, and is an error rather than read as 125.
    static func read(_ text: String, location: () -> SourceLocation, party: String, column: String) throws(InputError) -> (SheetTable.Value, Finding?) {
        if text.isEmpty || text == "-" || text == "–" { return (.empty, nil) }
        let utf8 = text.utf8
        if let plain = utf8.withContiguousStorageIfAvailable({ DanishNumber.plain($0) }) ?? nil { return (.number(plain), nil) }
        if let number = try? DanishNumber.parse(text) { return (.number(number), nil) }
        let digits = text.filter { $0 != " " }
        guard digits.contains("."), digits.contains(where: \.isASCIIDigit), digits.allSatisfy({ $0.isASCIIDigit || ".,-".contains($0) }),
              let number = try? DanishNumber.parse(String(digits.filter { $0 != "." })) else {
            return (.text(textCell(text)), nil)
        }
        guard dotsGroupThousands(digits) else {
            throw InputError(location(), "'\(text.abbreviated())' is not a Danish number: '.' groups thousands in threes and ',' starts the decimals, so it is not read as \(number)",
                             fix: "Write a decimal number with a comma (12,5) and group thousands in threes (1.250).")
        }
        return (.number(number), Finding(.warning, .oddNumber(written: text, read: number), location: location(), party: party, column: column,
                                         printed: number))
    }

    /// Whether every `.` of a number stands before its decimal comma and is followed by exactly three digits.
    private static func dotsGroupThousands(_ digits: String) -> Bool {
        let whole = digits.prefix { $0 != "," }
        guard !digits.dropFirst(whole.count).contains(".") else { return false }
        let groups: [Substring] = whole.split(separator: ".", omittingEmptySubsequences: false)
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

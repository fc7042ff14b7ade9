import FordelingCore

/// Reads a sheet table from CSV: an approved sheet transcribed in `Inputs/approved/`, or a sheet Fordeling
/// wrote. Title lines and `#` lines before the header are skipped (`# key: value` lines are kept as
/// metadata); the table ends at the first blank line. A "Kommunenr." column gives the rows' codes; the total
/// row is labelled "I alt", "Samlet" or "Total" (or as `# total:` says). A worksheet of a workbook is read as its
/// text (`WorksheetText`), `worksheet` naming it in messages.
///
/// Every cell is read (`PrintedNumber`): a number in any printed form, nothing (empty, `-`), words, or digits that
/// make no number, which is a finding. How a column reads an ambiguous point (`1.285`, `1014.819`) follows the
/// evidence of all its cells and the sheet's: thousands when the column has points only thousands explain
/// (`1.445.162`); otherwise a decimal point when its heading names a unit never grouped in thousands (årsværk,
/// pct.), or when it has points only decimals explain (`2.5`) and the sheet writes no decimal comma and no Danish
/// thousands points; thousands otherwise. A column headed in thousands (`1.000 kr.`, `t.kr.`) holds thousands of
/// kroner: its numbers are read as kroner. Every reading that is not the plain Danish one is a warning with the value
/// taken.
public enum SheetTableReader {
    public struct Result: Sendable {
        public let table: SheetTable
        public let metadata: [String: (value: String, line: Int)]
        /// Every `# key: value` line in order, for keys that may be given more than once (`# relation:`).
        public let metadataLines: [(key: String, value: String, line: Int)]
        /// What reading the cells found: numbers written oddly (read as stated), digits that make no number, words
        /// in a column of numbers.
        public let findings: [Finding]
    }

    public static func read(_ text: String, file: String, worksheet: String? = nil) throws(InputError) -> Result {
        let danish = try read(text, file: file, worksheet: worksheet, decimalColumns: [])
        // Rarely a column turns out to write decimal points: then the table is read again, those columns so.
        guard !danish.decimalColumns.isEmpty else { return danish.result }
        return try read(text, file: file, worksheet: worksheet, decimalColumns: danish.decimalColumns).result
    }

    /// The table with the ambiguous points of `decimalColumns` (value columns' indices) read as decimal points, and the
    /// columns whose evidence says they should be.
    private static func read(_ text: String, file: String, worksheet: String?, decimalColumns: Set<Int>) throws(InputError) -> (result: Result, decimalColumns: Set<Int>) {
        var head = Head(file: file, worksheet: worksheet, delimiter: CSVReader.tableDelimiter(utf8: text.utf8))
        var cells = Cells(head, decimalColumns: decimalColumns)
        var rows: [SheetTable.Row] = []
        var total: SheetTable.Row?
        for (number, line) in TextLines.split(text) {
            guard let columns = head.fields else {
                try head.read(line, number: number)
                cells = Cells(head, decimalColumns: decimalColumns)
                continue
            }
            let trimmed = String(line).trimmingSpaces
            if trimmed.hasPrefix("#") { continue }
            var fields = try fieldsOf(line, delimiter: head.delimiter, file: file, line: number)
            if fields.allSatisfy(\.isEmpty) {
                if rows.isEmpty && total == nil { continue }
                break
            }
            while fields.count > columns.count, fields.last?.isEmpty == true { fields.removeLast() }
            guard fields.count <= columns.count else { throw head.fieldCount(fields.count, line: number) }
            fields += Array(repeating: "", count: columns.count - fields.count)
            let label = textCell(fields[0])
            var values: [SheetTable.Value] = []
            values.reserveCapacity(head.headings.count)
            for (column, field) in fields[head.firstValue...].enumerated() {
                values.append(cells.read(field, column: column, line: number, label: label))
            }
            let row = SheetTable.Row(label: label, code: head.hasCodes && !fields[1].isEmpty ? fields[1] : nil, values: values,
                                     location: head.location(line: number))
            if total == nil && isTotal(label, metadata: head.metadata) { total = row } else { rows.append(row) }
        }
        guard head.fields != nil else { throw head.noTable }
        let findings = cells.findings { column in rows.contains { if case .number = $0.values[column] { true } else { false } } }
        let table = SheetTable(source: file, columns: head.headings, rows: rows, total: total, worksheet: worksheet, firstValueColumn: head.firstValue)
        return (Result(table: table, metadata: head.metadata, metadataLines: head.metadataLines, findings: findings), cells.decimalColumns)
    }

    /// The trimmed fields of a line: split on the delimiter byte when there are no quotes (the common
    /// case, without a character walk), by the CSV reader otherwise.
    public static func fieldsOf(_ line: Substring, delimiter: Character, file: String, line number: Int) throws(InputError) -> [String] {
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

    public static func isTotal(_ label: String, metadata: [String: (value: String, line: Int)]) -> Bool {
        // Most rows are parties: rule them out by their first letter before normalising.
        guard let first = label.utf8.first, totalInitials(metadata).contains(first | 0x20) else { return false }
        let name = normalisedName(label)
        if let given = metadata["total"]?.value { return name == normalisedName(given) }
        return ["i alt", "samlet", "total"].contains(name)
    }

    /// The first bytes, lowercased, of the labels a total row may have (the one `# total:` gives, or the usual ones): a
    /// row whose label starts with another is a party's.
    public static func totalInitials(_ metadata: [String: (value: String, line: Int)]) -> [UInt8] {
        (metadata["total"].map { [$0.value] } ?? ["I alt", "Samlet", "Total"]).map { ($0.utf8.first ?? 0) | 0x20 }
    }

    /// A text cell as Fordeling wrote it, without the `'` that keeps Excel from reading it as a formula.
    public static func textCell(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, ["=", "+", "-", "@"].contains(second) else { return text }
        return String(text.dropFirst())
    }

    /// A cell as a value: a number (in kroner when its column is in thousands and it states no magnitude of its own),
    /// nothing, words, or digits that make no number; with the finding its reading makes and what it tells about its
    /// column.
    static func value(of text: String, point: PrintedNumber.Point, inThousands: Bool)
        -> (value: SheetTable.Value, finding: (Finding.Severity, Finding.Kind)?, evidence: PrintedNumber.Evidence) {
        // A text cell as Fordeling writes it (`'-5`) is text, whatever it holds.
        if text.utf8.first == 0x27, case let unquoted = textCell(text), unquoted != text { return (.text(unquoted), nil, PrintedNumber.Evidence()) }
        let (reading, evidence) = PrintedNumber.read(text, point: point)
        func unreadable() -> (SheetTable.Value, (Finding.Severity, Finding.Kind)?, PrintedNumber.Evidence) {
            (.unreadable(text), (.error, .unreadable(written: text)), evidence)
        }
        switch reading {
        case .empty: return (.empty, nil, evidence)
        case .text: return (.text(text), (.info, .notANumber(written: text)), evidence)
        case .unreadable: return unreadable()
        case .number(let number, let statesMagnitude, let note):
            guard let value = inThousands && !statesMagnitude ? try? number.shifted(by: 3) : number else { return unreadable() }
            switch note {
            case nil: return (.number(value), nil, evidence)
            case .misplacedGrouping?: return (.number(value), (.warning, .oddNumber(written: text, read: value)), evidence)
            case .decimalPoint?: return (.number(value), (.warning, .decimalPoint(written: text, read: value)), evidence)
            }
        }
    }
}

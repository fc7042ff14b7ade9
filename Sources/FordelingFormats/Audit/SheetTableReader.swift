import Foundation
import FordelingCore

/// Reads a sheet table from CSV: an approved sheet transcribed in `Inputs/approved/`, or a sheet Fordeling
/// wrote. Title lines and `#` lines before the header are skipped (`# key: value` lines are kept as
/// metadata); the table ends at the first blank line. A "Kommunenr." column gives the rows' codes; the
/// total row is labelled "I alt", "Samlet" or "Total" (or as `# total:` says).
public enum SheetTableReader {
    public struct Result: Sendable {
        public let table: SheetTable
        public let metadata: [String: (value: String, line: Int)]
        /// Numbers written oddly, read as intended.
        public let findings: [Finding]
    }

    public static func read(_ text: String, file: String) throws(InputError) -> Result {
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
                throw InputError(SourceLocation(file: file, line: number), "expected \(columns.count) fields like the header, found \(fields.count)",
                                 fix: "Separate fields with '\(delimiter)' and quote a field that contains it.")
            }
            fields += Array(repeating: "", count: columns.count - fields.count)
            let firstValue = hasCodes ? 2 : 1
            let label = textCell(fields[0])
            var values: [SheetTable.Value] = []
            values.reserveCapacity(columns.count - firstValue)
            for index in firstValue..<columns.count {
                let (value, finding) = read(fields[index], location: { SourceLocation(file: file, line: number, field: "column '\(columns[index])'") },
                                            party: label, column: columns[index])
                values.append(value)
                if let finding { findings.append(finding) }
            }
            let row = SheetTable.Row(label: label, code: hasCodes && !fields[1].isEmpty ? fields[1] : nil, values: values,
                                     location: SourceLocation(file: file, line: number))
            if total == nil && isTotal(label, metadata: metadata) { total = row } else { rows.append(row) }
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1), "no table found: no row with at least two headings",
                             fix: "Start the table with a header row such as 'Kommune;Befolkning;Beløb'.")
        }
        let table = SheetTable(source: file, columns: Array(header.dropFirst(hasCodes ? 2 : 1)), rows: rows, total: total)
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

    /// The tables of the files at `paths`, each read on its own thread; the first error in path order is thrown.
    public static func readConcurrently(_ paths: [String]) throws(InputError) -> [SheetTable] {
        let results = Parallel.map(paths.count) { index -> Swift.Result<SheetTable, InputError> in
            let path = paths[index]
            do throws(InputError) {
                return .success(try read(try TextDecoding.decode(try FileReader.bytes(at: path), file: path), file: path).table)
            } catch {
                return .failure(error)
            }
        }
        return try results.map { (result) throws(InputError) in try result.get() }
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

    /// A cell as a number, nothing (`-`, empty) or text; a number written oddly (`1014.819`) is read as
    /// intended and reported.
    static func read(_ text: String, location: () -> SourceLocation, party: String, column: String) -> (SheetTable.Value, Finding?) {
        if text.isEmpty || text == "-" || text == "–" { return (.empty, nil) }
        let utf8 = text.utf8
        if let plain = utf8.withContiguousStorageIfAvailable({ KeyText.plainNumber($0) }) ?? nil { return (.number(plain), nil) }
        if let number = try? DanishNumber.parse(text) { return (.number(number), nil) }
        let digitsOnly = String(text.filter { $0 != "." && $0 != " " })
        if text.contains("."), let number = try? DanishNumber.parse(digitsOnly), text.contains(where: \.isASCIIDigit),
           text.allSatisfy({ $0.isASCIIDigit || ".,- ".contains($0) }) {
            return (.number(number), Finding(.warning, "Tallet '\(text.abbreviated())' er skrevet usædvanligt og læst som \(number)",
                                             location: location(), party: party, column: column, printed: number))
        }
        return (.text(textCell(text)), nil)
    }
}

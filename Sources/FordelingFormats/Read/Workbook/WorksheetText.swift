import FordelingCore
import XMLScanner

/// A worksheet's cells (SpreadsheetML `<sheetData>`) as the text the table readers read: line N is row N, field K
/// (from 0) is column K, fields separated by `;`. Text as written, numbers as Danish text without grouping
/// (`1445162`, `0,825`, as their number formats show them: `StoredNumber`), formulas by their saved values, true
/// and false as SAND and FALSK. A row whose first cell starts with `#` is a `# key: value` line, its cells joined
/// by `;` as they were in the CSV file the worksheet may come from (after a first cell that ends in `:`, such as
/// `# kilde:`, by a space); other text is quoted where `;` or `"` would split it (and a lone cell where `,` or a
/// tab would), and a line break in a cell is a space.
///
/// Every cell that cannot be read is an error at its cell: an error value (`#DIV/0!`), a formula without a saved
/// value, a number or a reference that is none.
enum WorksheetText {
    /// The most empty fields added before cells (a worksheet with values far apart), against a worksheet made to
    /// expand: sixteen million.
    static let paddingLimit = 1 << 24

    static func read(_ bytes: [UInt8], part: String, strings: [String], formats: NumberFormats = .none, file: String,
                     worksheet: String) throws(InputError) -> String {
        var reading = Reading(scanner: PartScanner(bytes, part: part, file: file), strings: strings, formats: formats, file: file, worksheet: worksheet)
        return try reading.run()
    }

    /// A cell's value as a field: text, or a number in Danish.
    private enum Field {
        case text(String)
        case number(String)
    }

    private struct Reading {
        var scanner: PartScanner
        let strings: [String]
        let formats: NumberFormats
        let file: String
        let worksheet: String
        var lines = Lines()

        init(scanner: PartScanner, strings: [String], formats: NumberFormats, file: String, worksheet: String) {
            self.scanner = scanner
            self.strings = strings
            self.formats = formats
            self.file = file
            self.worksheet = worksheet
        }

        mutating func run() throws(InputError) -> String {
            var inSheetData = false
            var lastRow = 0
            while let token = try scanner.next() {
                switch token {
                case .start(let element) where element.name.localName == "sheetData":
                    inSheetData = !element.isEmpty
                case .end(let name) where name.localName == "sheetData":
                    inSheetData = false
                case .start(let element) where inSheetData && element.name.localName == "row":
                    let number = try rowNumber(element, after: lastRow)
                    let cells = element.isEmpty ? [] : try row(number)
                    try lines.append(row: number, cells, location: location(row: number, column: 0))
                    lastRow = number
                default:
                    continue
                }
            }
            return lines.text
        }

        private func location(row: Int, column: Int) -> SourceLocation {
            SourceLocation(file: file, line: row, worksheet: worksheet, column: column)
        }

        private func damaged(_ what: String, at location: SourceLocation) -> InputError {
            InputError(location, what, fix: "Save the workbook again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
        }

        /// The row's number: as its `r` says (after the rows before it), or the one after the row before.
        private func rowNumber(_ element: XMLElement, after last: Int) throws(InputError) -> Int {
            guard let written = element.attribute("r") else {
                guard last < CellReference.rowCount else { throw damaged("the worksheet has more than \(CellReference.rowCount) rows", at: location(row: last, column: 0)) }
                return last + 1
            }
            guard let number = Int(written.string), number > last, number <= CellReference.rowCount else {
                throw damaged("a row is numbered '\(written.string.abbreviated())', which is no row after row \(last)", at: location(row: max(last, 1), column: 0))
            }
            return number
        }

        /// The cells of row `number`, up to its end tag: each one's column and field, empty cells left out.
        private mutating func row(_ number: Int) throws(InputError) -> [(column: Int, field: Field)] {
            var cells: [(column: Int, field: Field)] = []
            var lastColumn = -1
            while let token = try scanner.next() {
                switch token {
                case .end:
                    return cells
                case .start(let element) where element.name.localName == "c":
                    let column = try cellColumn(element, row: number, after: lastColumn)
                    lastColumn = column
                    if let field = try cell(element, at: location(row: number, column: column)) { cells.append((column, field)) }
                case .start:
                    try skipElement()
                case .text:
                    continue
                }
            }
            return cells
        }

        /// The cell's column: as its `r` says (on this row, after the cells before it), or the one after the cell before.
        private func cellColumn(_ element: XMLElement, row: Int, after last: Int) throws(InputError) -> Int {
            guard let written = element.attribute("r") else {
                guard last + 1 < CellReference.columnCount else { throw damaged("row \(row) has more than \(CellReference.columnCount) cells", at: location(row: row, column: last)) }
                return last + 1
            }
            guard let reference = CellReference(written.string), reference.row == row, reference.column > last else {
                throw damaged("a cell of row \(row) is at '\(written.string.abbreviated())', which is no cell of that row after the cells before it",
                              at: location(row: row, column: max(last, 0)))
            }
            return reference.column
        }

        /// The field of the cell just started, up to its end tag; nil when it is empty.
        private mutating func cell(_ element: XMLElement, at location: SourceLocation) throws(InputError) -> Field? {
            let type = element.attribute("t")?.string ?? "n"
            var value: String?
            var inline: String?
            var hasFormula = false
            while let token = try scanner.next() {
                if case .end = token { break }
                guard case .start(let child) = token else { continue }
                switch child.name.localName.string {
                case "v": value = try elementText()
                case "is": inline = try scanner.stringText()
                case "f":
                    hasFormula = true
                    try skipElement()
                default:
                    try skipElement()
                }
            }
            // An empty value is none, except the empty text a text formula may give.
            if value?.isEmpty == true && type != "str" { value = nil }
            if hasFormula && value == nil && inline == nil {
                throw InputError(location, "the cell holds a formula without a saved value",
                                 fix: "Open the workbook in Excel or LibreOffice so that it calculates, and save it again; or type the value instead of the formula.")
            }
            switch type {
            case "s":
                guard let value else { return nil }
                guard let index = Int(value.trimmingSpaces), strings.indices.contains(index) else {
                    throw damaged("the cell refers to shared string '\(value.abbreviated())', which the workbook does not have", at: location)
                }
                return strings[index].isEmpty ? nil : .text(strings[index])
            case "inlineStr":
                guard let text = inline ?? value.map({ EscapedCharacters.decode(Array($0.utf8)) }), !text.isEmpty else { return nil }
                return .text(text)
            case "str", "d":
                guard let value, !value.isEmpty else { return nil }
                return .text(EscapedCharacters.decode(Array(value.utf8)))
            case "b":
                guard let value else { return nil }
                switch value.trimmingSpaces {
                case "1": return .text("SAND")
                case "0": return .text("FALSK")
                default: throw damaged("the cell's truth value is '\(value.abbreviated())', neither 0 nor 1", at: location)
                }
            case "e":
                throw InputError(location, "the cell holds the error value \(value?.abbreviated() ?? "#N/A")",
                                 fix: "Correct the formula, or type the value the cell should hold.")
            case "n":
                guard let value else { return nil }
                guard let number = StoredNumber.danish(value, shown: formats.shown(style: element.attribute("s").flatMap { Int($0.string) })) else {
                    throw damaged("the cell's number '\(value.abbreviated())' is not a number", at: location)
                }
                return .number(number)
            default:
                throw damaged("the cell has the type '\(type.abbreviated())', which no workbook cell has", at: location)
            }
        }

        /// The text inside the element just started (its end tag consumed).
        private mutating func elementText() throws(InputError) -> String {
            var bytes: [UInt8] = []
            var depth = 1
            while depth > 0, let token = try scanner.next() {
                switch token {
                case .start: depth += 1
                case .end: depth -= 1
                case .text(let text): if depth == 1 { bytes += text.bytes }
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Skips the element just started, up to and including its end tag.
        private mutating func skipElement() throws(InputError) {
            var depth = 1
            while depth > 0, let token = try scanner.next() {
                switch token {
                case .start: depth += 1
                case .end: depth -= 1
                case .text: continue
                }
            }
        }
    }

    /// The text being made: lines up to the last row with a value.
    private struct Lines {
        private var bytes: [UInt8] = []
        private var line = 0
        private var padding = 0

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Row `row`'s cells as its line, after empty lines for the rows without values before it.
        mutating func append(row: Int, _ cells: [(column: Int, field: Field)], location: SourceLocation) throws(InputError) {
            guard let first = cells.first else { return }
            padding += row - line - 1
            var last = -1
            for cell in cells { padding += cell.column - last - 1; last = cell.column }
            guard padding <= WorksheetText.paddingLimit else {
                throw InputError(location, "the worksheet's values lie too far apart to read as a table (more than \(WorksheetText.paddingLimit) empty cells between them)",
                                 fix: "Keep the table together, from cell A1, and delete values far outside it.")
            }
            bytes += [UInt8](repeating: 0x0A, count: row - line - 1)
            line = row
            let comment: Bool = if first.column == 0, case .text(let text) = first.field { text.drop { $0 == " " }.hasPrefix("#") } else { false }
            let lone = cells.count == 1 && first.column == 0
            var column = 0
            for cell in cells {
                // `# kilde:` in one cell and the source in the next read as one line.
                let labelled = comment && column == 0 && cell.column > 0 && bytes.last == UInt8(ascii: ":")
                bytes += labelled ? [0x20] : [UInt8](repeating: 0x3B, count: cell.column - column)
                column = cell.column
                switch cell.field {
                case .number(let number): bytes += lone && number.contains(",") ? Array("\"\(number)\"".utf8) : Array(number.utf8)
                case .text(let text): bytes += Self.field(text, raw: comment, lone: lone)
                }
            }
            bytes.append(0x0A)
        }

        /// A text cell as a field: on one line, quoted where `;` or `"` (or, alone on its line, `,` or a tab) would
        /// split it, the quotes inside doubled; as written in a `#` line.
        private static func field(_ text: String, raw: Bool, lone: Bool) -> [UInt8] {
            var bytes = Array(text.utf8).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            if raw { return bytes }
            let quoted = bytes.contains { $0 == 0x3B || $0 == 0x22 || (lone && ($0 == 0x2C || $0 == 0x09)) }
            guard quoted else { return bytes }
            bytes = bytes.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
            return [0x22] + bytes + [0x22]
        }
    }
}

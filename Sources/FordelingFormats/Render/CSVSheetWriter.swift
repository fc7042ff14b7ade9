import FordelingCore

/// Renders a sheet as CSV for Danish Excel: UTF-8 with BOM, `;` between fields, CRLF, decimal comma,
/// numbers without thousands separators so Excel reads them as numbers, and text cells that
/// could be read as formulas neutralised.
public enum CSVSheetWriter {
    public static func render(_ sheet: Sheet, provenance: Provenance) -> [UInt8] {
        let text = SheetText(sheet: sheet, grouped: false)
        return CSVField.document(head(text) + text.rows.map(fields) + tail(text, provenance: provenance))
    }

    /// The rows before the party rows: title, a blank row, the header.
    public static func head(_ text: SheetText) -> [[String]] {
        [[CSVField.text(text.heading)], [], text.header.map(CSVField.text)]
    }

    public static func fields(_ row: [SheetText.Field]) -> [String] {
        row.map { $0.isNumber ? CSVField.number($0.text) : CSVField.text($0.text) }
    }

    /// The rows after the party rows (whose total row is the last of `text.rows`): reconciliation, basis, provenance.
    public static func tail(_ text: SheetText, provenance: Provenance) -> [[String]] {
        let sheet = text.sheet
        var rows: [[String]] = [[]]
        for line in text.reconciliationLines + text.matchingLines { rows.append([CSVField.text(line.label), CSVField.text(line.value)]) }
        rows.append([])
        for note in text.noteLines { rows.append([CSVField.text(note)]) }
        rows.append([])
        rows.append([CSVField.text("Beregnet af Fordeling \(provenance.toolVersion)"), CSVField.text("ark-id \(sheet.id)")])
        for file in provenance.files(of: sheet) {
            rows.append([CSVField.text(file.relativePath), CSVField.text("SHA-256 \(file.sha256)")])
        }
        return rows
    }
}

/// Fields and documents of CSV for Danish Excel.
public enum CSVField {
    /// A text cell: quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`
    /// so Excel shows it as text instead of running it as a formula.
    public static func text(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }

    /// A number cell, written as the number it is (a leading minus stays).
    public static func number(_ value: String) -> String { value }

    /// The bytes of a CSV document: BOM, fields joined by `;`, rows ended by CRLF.
    public static func document(_ rows: [[String]]) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(rows.map { $0.joined(separator: ";") + "\r\n" }.joined().utf8)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self { result += character == "\"" ? "\"\"" : String(character) }
        return result
    }
}

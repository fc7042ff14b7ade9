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

import FordelingCore

/// Renders a sheet as a Markdown document: heading, table with a total row, reconciliation, basis, provenance.
public enum MarkdownSheetWriter {
    public static func render(_ sheet: Sheet, provenance: Provenance) -> String {
        let text = SheetText(sheet: sheet, grouped: true)
        var lines = ["# \(Markdown.escape(text.heading))", ""]
        lines += table(text)
        lines += ["", "## Afstemning", ""]
        lines += text.reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        if !text.matchingLines.isEmpty {
            lines += ["", "## Medfinansiering 1:1", ""]
            lines += text.matchingLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        }
        lines += ["", "## Grundlag", ""]
        lines += text.noteLines.map { "- \(Markdown.escape($0))" }
        lines += ["", "## Sporbarhed", "", "- Beregnet af Fordeling \(provenance.toolVersion), ark-id `\(sheet.id)`."]
        lines += provenance.files(of: sheet).map { "- `\($0.relativePath)` SHA-256 `\($0.sha256)`" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table alone: header, alignment row, party rows and a bold total row.
    public static func table(_ text: SheetText) -> [String] {
        let header = text.header.map(Markdown.escape)
        let alignment = header.indices.map { $0 < text.partyColumns ? "---" : "---:" }
        var lines = [row(header), row(alignment)]
        let rows = text.rows
        for fields in rows.dropLast() { lines.append(row(fields.map { Markdown.escape($0.text) })) }
        if let total = rows.last {
            lines.append(row(total.map { $0.text.isEmpty ? "" : "**\(Markdown.escape($0.text))**" }))
        }
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}

/// Markdown escaping for text that comes from inputs (party names, labels).
public enum Markdown {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#": escaped += "\\\(character)"
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

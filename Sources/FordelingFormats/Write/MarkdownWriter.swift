import FordelingCore

/// Markdown to read: per sheet `ID.md`; for the whole batch the index `README.md` and the audit `audit.md`; per
/// scenario `scenarios/NAME/README.md` and `scenarios/NAME/ID.md` for each changed sheet.
public struct MarkdownWriter: OutputWriter {
    public init() {}

    public var fileExtensions: [String] { ["md"] }

    public func files(for output: BatchOutput) -> [WrittenFile] {
        var files = output.sheets.map { WrittenFile("\($0.id).md", text: Self.sheet($0, provenance: output.provenance)) }
        if let audit = output.audit {
            files.append(WrittenFile("README.md", text: MarkdownIndex.index(output.sheets, scenarios: output.scenarios.map(\.scenario),
                                                                            provenance: output.provenance)))
            files.append(WrittenFile("audit.md", text: Self.audit(audit, provenance: output.provenance)))
        }
        return files + output.scenarios.flatMap { MarkdownIndex.scenario($0, provenance: output.provenance) }
    }

    /// A sheet: heading, table with a total row, reconciliation, basis, provenance.
    public static func sheet(_ sheet: Sheet, provenance: Provenance) -> String {
        let presentation = SheetPresentation(sheet)
        var lines = ["# \(Markdown.escape(presentation.heading))", ""]
        lines += table(header: presentation.header, partyColumns: presentation.partyColumns, rows: presentation.rows,
                       total: presentation.totalRow)
        lines += ["", "## Afstemning", ""]
        lines += presentation.reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        if !presentation.matchingLines.isEmpty {
            lines += ["", "## Medfinansiering 1:1", ""]
            lines += presentation.matchingLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        }
        lines += ["", "## Grundlag", ""]
        lines += presentation.noteLines.map { "- \(Markdown.escape($0))" }
        lines += ["", "## Sporbarhed", "", "- Beregnet af Fordeling \(provenance.toolVersion), ark-id `\(sheet.id)`."]
        lines += provenance.files(of: sheet).map { "- `\($0.relativePath)` SHA-256 `\($0.sha256)`" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table: header, alignment row (text columns left, numbers right), rows, and a bold total row; numbers
    /// grouped in thousands, every cell escaped.
    static func table(header: [String], partyColumns: Int, rows: [[PresentedCell]], total: [PresentedCell]) -> [String] {
        let text = { (cell: PresentedCell) in Markdown.escape(cell.text(grouped: true)) }
        var lines = [row(header.map(Markdown.escape)), row(header.indices.map { $0 < partyColumns ? "---" : "---:" })]
        lines += rows.map { row($0.map(text)) }
        lines.append(row(total.map { text($0).isEmpty ? "" : "**\(text($0))**" }))
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

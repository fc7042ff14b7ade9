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
        lines += ["", "## \(SheetPresentation.reconciliationHeading)", ""]
        lines += presentation.reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        if !presentation.matchingLines.isEmpty {
            lines += ["", "## \(SheetPresentation.matchingHeading)", ""]
            lines += presentation.matchingLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
        }
        lines += ["", "## \(SheetPresentation.basisHeading)", ""]
        lines += presentation.noteLines.map { "- \(Markdown.escape($0))" }
        lines += ["", "## \(SheetPresentation.provenanceHeading)", "", "- " + presentation.computedBy(provenance.toolVersion, code: Markdown.code)]
        lines += inputFiles(provenance.files(of: sheet))
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

    /// The input files with their digests, one item each.
    static func inputFiles(_ files: [Provenance.InputFile]) -> [String] {
        files.map { "- " + SheetPresentation.inputFile($0.relativePath, sha256: $0.sha256, code: Markdown.code) }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}

/// Markdown escaping for text that comes from inputs (party names, labels).
public enum Markdown {
    /// `name` as code.
    static func code(_ name: String) -> String { "`\(name)`" }

    public static func escape(_ text: String) -> String {
        // Most texts have none of them: the text itself, without building a copy character by character.
        guard text.utf8.contains(where: { "\\|*_`[]<>#\n\r".utf8.contains($0) }) else { return text }
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

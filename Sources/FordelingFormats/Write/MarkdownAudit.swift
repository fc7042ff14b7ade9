import FordelingCore

/// The audit in Markdown: `audit.md` (every approved sheet's findings and its differences from the generated
/// sheet), and `fordel diff --format md`.
extension MarkdownWriter {
    static func audit(_ entries: [AuditEntry], provenance: Provenance) -> String {
        var lines = [
            "# Revision af godkendte ark", "",
            "Fordeling \(provenance.toolVersion) har kontrolleret hvert godkendt ark i `approved/` (summer, procenter, beløb pr. enhed,",
            "forskelle, parter, erklærede relationer og minimummer, budgetters resultater og reglen i den tilknyttede definition)",
            "og sammenlignet det med det beregnede ark, og prislisterne i `prices/` (takstgrupperne).",
            "Fejl: beløb eller trykte totaler er forkerte. Advarsel: en kolonne uden beløb er forkert, eller et tal er skrevet usædvanligt.",
            "Info: afrundingsrester og forklaringer.", "",
            "| Godkendt ark | Beregnet ark | Fejl | Advarsler | Info | Forskelle til det beregnede ark |",
            "|---|---|---:|---:|---:|---|",
        ]
        let diffs = entries.map { entry in entry.diff.map { DiffPresentation($0, a: "beregnet", b: "godkendt") } }
        for (entry, diff) in zip(entries, diffs) {
            let summary = diff?.summary ?? "ikke tilknyttet en definition"
            lines.append("| `\(file(entry))` | \(entry.approved.sheetID.map { "`\($0)`" } ?? "") | \(entry.count(.error)) | \(entry.count(.warning)) | \(entry.count(.info)) | \(Markdown.escape(summary)) |")
        }
        for (entry, diff) in zip(entries, diffs) {
            lines += ["", "## \(file(entry))", "", "Kilde: \(Markdown.escape(entry.approved.source)).", ""]
            if entry.findings.isEmpty {
                lines.append("Ingen fund.")
            } else {
                lines.append("| " + FindingText.headings.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: FindingText.headings.count))
                lines += entry.findings.map { "| " + FindingText.fields($0).map(Markdown.escape).joined(separator: " | ") + " |" }
            }
            if let diff {
                lines += ["", "### Beregnet (A) mod godkendt (B)", ""]
                lines.append(Self.diff(diff).trimmingSuffixNewlines())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A diff: which sheets, the changed cells as a table, the notes, the summary.
    public static func diff(_ diff: DiffPresentation) -> String {
        var blocks = [["A: `\(diff.a)`, B: `\(diff.b)`"]]
        let rows = diff.rows
        if !rows.isEmpty {
            let headings = DiffPresentation.headings
            blocks.append(["| " + headings.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headings.count)]
                          + rows.map { "| " + $0.map { Markdown.escape($0.text(grouped: true)) }.joined(separator: " | ") + " |" })
        }
        if !diff.notes.isEmpty { blocks.append(diff.notes.map { "- \(Markdown.escape($0))" }) }
        blocks.append([diff.summary])
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The approved file's (or price list's) path within the inputs folder.
    private static func file(_ entry: AuditEntry) -> String {
        let source = entry.approved.table.source
        for folder in ["approved", "prices"] {
            if let range = source.range(of: "/\(folder)/", options: .backwards) { return folder + "/" + source[range.upperBound...] }
        }
        return source
    }
}

extension String {
    func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

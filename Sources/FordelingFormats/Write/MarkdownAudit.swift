import FordelingCore

/// The audit in Markdown: `audit.md` (every approved sheet's findings and its differences from the generated
/// sheet), and `fordel diff --format md`.
extension MarkdownWriter {
    static func audit(_ entries: [AuditEntry], provenance: Provenance) -> String {
        var lines = ["# \(AuditPresentation.title)", ""] + AuditPresentation.introduction(provenance.toolVersion, code: Markdown.code) + [""]
        lines += ["| \(AuditPresentation.summaryHeadings.joined(separator: " | ")) |", "|---|---|---:|---:|---:|---|"]
        let audits = entries.map(AuditPresentation.init)
        for audit in audits {
            let entry = audit.entry
            lines.append("| `\(audit.file)` | \(entry.approved.sheetID.map { "`\($0)`" } ?? "") | \(entry.count(.error)) | \(entry.count(.warning)) | \(entry.count(.info)) | \(Markdown.escape(audit.diffSummary)) |")
        }
        for audit in audits {
            let entry = audit.entry
            lines += ["", "## \(audit.file)", "", Markdown.escape(audit.source), ""]
            if entry.findings.isEmpty {
                lines.append(AuditPresentation.noFindings)
            } else {
                lines.append("| " + FindingText.headings.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: FindingText.headings.count))
                lines += entry.findings.map { "| " + FindingText.fields($0).map(Markdown.escape).joined(separator: " | ") + " |" }
            }
            if let diff = audit.diff {
                lines += ["", "### \(AuditPresentation.diffHeading)", ""]
                lines.append(Self.diff(diff).trimmingSuffixNewlines())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A diff: which sheets, the changed cells as a table, the notes, the summary.
    public static func diff(_ diff: DiffPresentation) -> String {
        var blocks = [[diff.sheets(code: Markdown.code)]]
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
}

extension String {
    func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

import FordelingCore

/// `Outputs/audit.md`: every approved sheet's findings and its differences from the generated sheet.
public enum AuditReport {
    public static func render(_ entries: [AuditEntry], provenance: Provenance) -> String {
        var lines = [
            "# Revision af godkendte ark", "",
            "Fordeling \(provenance.toolVersion) har kontrolleret hvert godkendt ark i `approved/` (summer, procenter, beløb pr. enhed,",
            "forskelle, parter og reglen i den tilknyttede definition) og sammenlignet det med det beregnede ark.",
            "Fejl: beløb eller trykte totaler er forkerte. Advarsel: en kolonne uden beløb er forkert, eller et tal er skrevet usædvanligt.",
            "Info: afrundingsrester og forklaringer.", "",
            "| Godkendt ark | Beregnet ark | Fejl | Advarsler | Info | Forskelle til det beregnede ark |",
            "|---|---|---:|---:|---:|---|",
        ]
        for entry in entries {
            let diff = entry.diff.map { DiffText.summary($0, a: "beregnet", b: "godkendt") } ?? "ikke tilknyttet en definition"
            lines.append("| `\(file(entry))` | \(entry.approved.sheetID.map { "`\($0)`" } ?? "") | \(entry.count(.error)) | \(entry.count(.warning)) | \(entry.count(.info)) | \(Markdown.escape(diff)) |")
        }
        for entry in entries {
            lines += ["", "## \(file(entry))", "", "Kilde: \(Markdown.escape(entry.approved.source)).", ""]
            if entry.findings.isEmpty {
                lines.append("Ingen fund.")
            } else {
                lines.append("| " + FindingText.headings.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: FindingText.headings.count))
                lines += entry.findings.map { "| " + FindingText.fields($0).map(Markdown.escape).joined(separator: " | ") + " |" }
            }
            if let diff = entry.diff {
                lines += ["", "### Beregnet (A) mod godkendt (B)", ""]
                lines.append(DiffText.render(diff, a: "beregnet", b: "godkendt", format: .md).trimmingSuffixNewlines())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The approved file's path within the inputs folder.
    private static func file(_ entry: AuditEntry) -> String {
        let source = entry.approved.table.source
        guard let range = source.range(of: "/approved/") else { return source }
        return "approved/" + source[range.upperBound...]
    }
}

extension String {
    func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

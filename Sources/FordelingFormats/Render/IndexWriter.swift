import FordelingCore

/// Renders `Outputs/README.md`: every sheet with its total, status and files.
public enum IndexWriter {
    /// The index's first line, by which a folder is known as Fordeling's outputs (`OwnedFiles`).
    public static let heading = "# Fordeling: ark"

    public static func render(_ sheets: [Sheet], scenarios: [Scenario], provenance: Provenance) -> String {
        var lines = [
            heading, "",
            "Genereret af Fordeling \(provenance.toolVersion) fra inputmappen. Hvert ark findes som CSV (til Excel) og Markdown.",
            "Filerne må ikke rettes i hånden: ret i `Inputs/` og kør `make`.", "",
            "| Ark-id | Titel | År | Total | Status | Filer |",
            "|---|---|---:|---:|---|---|",
        ]
        for sheet in sheets {
            let text = SheetText(sheet: sheet, grouped: true)
            lines.append("| `\(sheet.id)` | \(Markdown.escape(sheet.title)) | \(sheet.year.map(String.init) ?? "") | \(text.amount(sheet.reconciliation.total)) | \(text.status) | [\(sheet.id).csv](\(sheet.id).csv), [\(sheet.id).md](\(sheet.id).md) |")
        }
        lines += ["", "Revisionen af de godkendte ark står i [audit.md](audit.md)."]
        if !scenarios.isEmpty {
            lines += ["", "## Scenarier", "", "Hvert scenarie står ved siden af grundforløbet i `scenarios/NAVN/`.", "", "| Scenarie | Titel | Ændringer |", "|---|---|---|"]
            for scenario in scenarios {
                lines.append("| [`\(scenario.name)`](scenarios/\(scenario.name)/README.md) | \(Markdown.escape(scenario.title)) | \(scenario.overrides.map { "`\($0.text)`" }.joined(separator: ", ")) |")
            }
        }
        lines += ["", "## Inddata", "", "| Fil | SHA-256 |", "|---|---|"]
        lines += provenance.files.map { "| `\($0.relativePath)` | `\($0.sha256)` |" }
        return lines.joined(separator: "\n") + "\n"
    }
}

import FordelingCore

/// The Markdown documents about the batch as a whole: the index `README.md` and each scenario's folder.
public enum MarkdownIndex {
    /// The index's first line, by which a folder is known as Fordeling's outputs.
    public static let heading = "# " + title
    /// The outputs' title, which the index and the batch's workbook have.
    public static let title = "Fordeling: ark"

    static func index(_ sheets: [Sheet], scenarios: [Scenario], provenance: Provenance) -> String {
        var lines = [
            heading, "",
            "Genereret af Fordeling \(provenance.toolVersion) fra inputmappen. Hvert ark findes som CSV, Markdown og Excel-projektmappe; alle ark står samlet i [\(XLSXWriter.batchFile)](\(XLSXWriter.batchFile)).",
            "Filerne må ikke rettes i hånden: ret i `Inputs/` og kør `make`.", "",
            "| Ark-id | Titel | År | Total | Status | Filer |",
            "|---|---|---:|---:|---|---|",
        ]
        for sheet in sheets {
            let presentation = SheetPresentation(sheet)
            lines.append("| `\(sheet.id)` | \(Markdown.escape(sheet.title)) | \(sheet.year.map(String.init) ?? "") | \(presentation.amount(sheet.reconciliation.total)) | \(presentation.status) | [\(sheet.id).csv](\(sheet.id).csv), [\(sheet.id).md](\(sheet.id).md), [\(sheet.id).xlsx](\(sheet.id).xlsx) |")
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

    /// A scenario's `README.md` (its changes, the sheets they change, each party's change across them) and a
    /// document per changed sheet.
    static func scenario(_ result: ScenarioResult, provenance: Provenance) -> [WrittenFile] {
        let presentation = ScenarioPresentation(result)
        let scenario = result.scenario
        let folder = "scenarios/\(scenario.name)/"
        let changes = ["Ændringer i forhold til grundforløbet:", ""] + presentation.changes.map { "- `\($0)`" }
        var files: [WrittenFile] = []
        for sheet in result.sheets {
            let table = presentation.table(sheet)
            var lines = ["# \(Markdown.escape(presentation.heading(sheet)))", ""] + changes + [""]
            lines += MarkdownWriter.table(header: table.header, partyColumns: table.partyColumns, rows: table.rows, total: table.totalRow)
            lines += ["", "## Afstemning (scenariet)", ""] + SheetPresentation(sheet.scenario).reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
            lines += ["", "## Sporbarhed", "", "- Beregnet af Fordeling \(provenance.toolVersion), ark-id `\(sheet.scenario.id)`, scenarie `\(scenario.name)`."]
            lines += provenance.files(of: sheet.scenario).map { "- `\($0.relativePath)` SHA-256 `\($0.sha256)`" }
            files.append(WrittenFile(folder + sheet.scenario.id + ".md", text: lines.joined(separator: "\n") + "\n"))
        }
        var readme = ["# Scenarie: \(Markdown.escape(scenario.title))", ""] + changes
        readme += scenario.notes.isEmpty ? [] : [""] + scenario.notes.map { "- \(Markdown.escape($0))" }
        readme += ["", "## Ark, der ændres", "", "| Ark-id | Titel | Grundforløb | Scenarie | Ændring | Status |", "|---|---|---:|---:|---:|---|"]
        for sheet in result.sheets {
            let text = SheetPresentation(sheet.scenario)
            readme.append("| [`\(sheet.scenario.id)`](\(sheet.scenario.id).md) | \(Markdown.escape(text.heading)) | \(text.amount(sheet.total.baseline)) | \(text.amount(sheet.total.scenario)) | \(text.amount(sheet.total.change)) | \(text.status) |")
        }
        readme += ["", "## Ændring pr. part på tværs af arkene", "",
                   "Summen over kronearkene \(result.summary.sheets.map { "`\($0)`" }.joined(separator: ", ")); ark, der lægger andre ark sammen, tælles ikke med, så intet tælles to gange.", ""]
        let overview = presentation.overview
        readme += MarkdownWriter.table(header: overview.header, partyColumns: overview.partyColumns, rows: overview.rows, total: overview.totalRow)
        files.append(WrittenFile(folder + "README.md", text: readme.joined(separator: "\n") + "\n"))
        return files
    }
}

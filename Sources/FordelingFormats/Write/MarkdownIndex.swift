import FordelingCore

/// The Markdown documents about the batch as a whole: the index `README.md` and each scenario's folder.
public enum MarkdownIndex {
    /// The index's first line, by which a folder is known as Fordeling's outputs.
    public static let heading = "# " + IndexPresentation.title

    static func index(_ sheets: [Sheet], scenarios: [Scenario], provenance: Provenance) -> String {
        var lines = [
            heading, "",
            "\(IndexPresentation.generated(provenance.toolVersion)) Hvert ark findes som CSV, Markdown, HTML og Excel-projektmappe; alle ark står samlet i [\(XLSXWriter.batchFile)](\(XLSXWriter.batchFile)), og rapporten er [index.html](index.html).",
            IndexPresentation.doNotEdit(code: Markdown.code), "",
            "| \((IndexPresentation.sheetHeadings + ["Filer"]).joined(separator: " | ")) |",
            "|---|---|---:|---:|---|---|",
        ]
        for sheet in sheets {
            let presentation = SheetPresentation(sheet)
            lines.append("| `\(sheet.id)` | \(Markdown.escape(sheet.title)) | \(sheet.year.map(String.init) ?? "") | \(presentation.amount(sheet.reconciliation.total)) | \(presentation.status) | [\(sheet.id).csv](\(sheet.id).csv), [\(sheet.id).md](\(sheet.id).md), [\(sheet.id).xlsx](\(sheet.id).xlsx) |")
        }
        lines += ["", "Revisionen af de godkendte ark står i [audit.md](audit.md)."]
        if !scenarios.isEmpty {
            lines += ["", "## \(IndexPresentation.scenariosHeading)", "", IndexPresentation.scenariosIntroduction(code: Markdown.code), "",
                      "| \(IndexPresentation.scenarioHeadings.joined(separator: " | ")) |", "|---|---|---|"]
            for scenario in scenarios {
                lines.append("| [`\(scenario.name)`](scenarios/\(scenario.name)/README.md) | \(Markdown.escape(scenario.title)) | \(scenario.overrides.map { "`\($0.text)`" }.joined(separator: ", ")) |")
            }
        }
        lines += ["", "## \(IndexPresentation.inputsHeading)", "", "| \(IndexPresentation.inputHeadings.joined(separator: " | ")) |", "|---|---|"]
        lines += provenance.files.map { "| `\($0.relativePath)` | `\($0.sha256)` |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A scenario's `README.md` (its changes, the sheets they change, each party's change across them) and a
    /// document per changed sheet.
    static func scenario(_ result: ScenarioResult, provenance: Provenance) -> [WrittenFile] {
        let presentation = ScenarioPresentation(result)
        let scenario = result.scenario
        let folder = "scenarios/\(scenario.name)/"
        let changes = [ScenarioPresentation.changesIntroduction, ""] + presentation.changes.map { "- " + Markdown.code($0) }
        var files: [WrittenFile] = []
        for sheet in result.sheets {
            let table = presentation.table(sheet)
            var lines = ["# \(Markdown.escape(presentation.heading(sheet)))", ""] + changes
            lines += presentation.roundings(sheet).map { "- Afrunding: \(Markdown.escape($0))" } + [""]
            lines += MarkdownWriter.table(header: table.header, partyColumns: table.partyColumns, rows: table.rows, total: table.totalRow)
            lines += ["", "## \(ScenarioPresentation.reconciliationHeading)", ""] + SheetPresentation(sheet.scenario).reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
            lines += ["", "## \(SheetPresentation.provenanceHeading)", "", "- " + presentation.computedBy(provenance.toolVersion, sheet: sheet, code: Markdown.code)]
            lines += MarkdownWriter.inputFiles(provenance.files(of: sheet.scenario))
            files.append(WrittenFile(folder + sheet.scenario.id + ".md", text: lines.joined(separator: "\n") + "\n"))
        }
        var readme = ["# \(Markdown.escape(presentation.title))", ""] + changes
        readme += result.sheets.flatMap(presentation.roundings).map { "- Afrunding: \(Markdown.escape($0))" }
        readme += scenario.notes.isEmpty ? [] : [""] + scenario.notes.map { "- \(Markdown.escape($0))" }
        readme += ["", "## \(ScenarioPresentation.changedSheetsHeading)", "", "| \(ScenarioPresentation.changedSheetsHeadings.joined(separator: " | ")) |", "|---|---|---:|---:|---:|---|"]
        for sheet in result.sheets {
            let text = SheetPresentation(sheet.scenario)
            readme.append("| [`\(sheet.scenario.id)`](\(sheet.scenario.id).md) | \(Markdown.escape(text.heading)) | \(text.amount(sheet.total.baseline)) | \(text.amount(sheet.total.scenario)) | \(text.amount(sheet.total.change)) | \(text.status) |")
        }
        readme += ["", "## \(ScenarioPresentation.overviewHeading)", "", presentation.countedSheets(code: Markdown.code), ""]
        let overview = presentation.overview
        readme += MarkdownWriter.table(header: overview.header, partyColumns: overview.partyColumns, rows: overview.rows, total: overview.totalRow)
        files.append(WrittenFile(folder + "README.md", text: readme.joined(separator: "\n") + "\n"))
        return files
    }
}

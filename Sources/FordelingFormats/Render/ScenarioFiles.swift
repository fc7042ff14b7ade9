import FordelingCore

/// The files of a scenario under `scenarios/NAME/`: per changed sheet `ID.csv` and `ID.md` (baseline,
/// scenario and change per party), and `README.md` and `oversigt.csv` (each party's change across the sheets).
public enum ScenarioFiles {
    public static func files(_ scenario: Scenario, sheets: [ScenarioSheet], provenance: Provenance) throws(InputError) -> [(name: String, bytes: [UInt8])] {
        let summary: ScenarioSummary
        do { summary = try ScenarioSummary(sheets) } catch { throw InputError.overflow(error, at: scenario.location) }
        let folder = "scenarios/\(scenario.name)/"
        var files: [(name: String, bytes: [UInt8])] = []
        for sheet in sheets {
            let table = ScenarioTable(rows: sheet.rows, total: sheet.total, measure: sheet.scenario.measure)
            let text = SheetText(sheet: sheet.scenario, grouped: true)
            let heading = "Scenarie \(scenario.title): \(text.heading)"
            let changes = scenario.overrides.map(\.text)
            var markdown = ["# \(Markdown.escape(heading))", "", "Ændringer i forhold til grundforløbet:", ""]
            markdown += changes.map { "- `\($0)`" } + [""]
            markdown += table.markdown(partyHeading: sheet.scenario.partyHeading)
            markdown += ["", "## Afstemning (scenariet)", ""] + text.reconciliationLines.map { "- \(Markdown.escape($0.label)): \($0.value)" }
            markdown += ["", "## Sporbarhed", "", "- Beregnet af Fordeling \(provenance.toolVersion), ark-id `\(sheet.scenario.id)`, scenarie `\(scenario.name)`."]
            markdown += provenance.files(of: sheet.scenario).map { "- `\($0.relativePath)` SHA-256 `\($0.sha256)`" }
            files.append((folder + sheet.scenario.id + ".md", Array((markdown.joined(separator: "\n") + "\n").utf8)))

            var csv: [[String]] = [[CSVField.text(heading)], []] + changes.map { [CSVField.text("Ændring"), CSVField.text($0)] } + [[]]
            csv += table.csv(partyHeading: sheet.scenario.partyHeading)
            csv += [[]] + SheetText(sheet: sheet.scenario, grouped: false).reconciliationLines.map { [CSVField.text($0.label), CSVField.text($0.value)] }
            csv += [[], [CSVField.text("Beregnet af Fordeling \(provenance.toolVersion)"), CSVField.text("ark-id \(sheet.scenario.id)"), CSVField.text("scenarie \(scenario.name)")]]
            csv += provenance.files(of: sheet.scenario).map { [CSVField.text($0.relativePath), CSVField.text("SHA-256 \($0.sha256)")] }
            files.append((folder + sheet.scenario.id + ".csv", CSVField.document(csv)))
        }
        let wholeKroner = (summary.rows + [summary.total]).allSatisfy { $0.baseline % 100 == 0 && $0.scenario % 100 == 0 }
        let overview = ScenarioTable(rows: summary.rows, total: summary.total, measure: .money(wholeKroner ? .krone : .øre))
        var readme = ["# Scenarie: \(Markdown.escape(scenario.title))", "", "Ændringer i forhold til grundforløbet:", ""]
        readme += scenario.overrides.map { "- `\($0.text)`" }
        readme += scenario.notes.isEmpty ? [] : [""] + scenario.notes.map { "- \(Markdown.escape($0))" }
        readme += ["", "## Ark, der ændres", "", "| Ark-id | Titel | Grundforløb | Scenarie | Ændring | Status |", "|---|---|---:|---:|---:|---|"]
        for sheet in sheets {
            let text = SheetText(sheet: sheet.scenario, grouped: true)
            readme.append("| [`\(sheet.scenario.id)`](\(sheet.scenario.id).md) | \(Markdown.escape(text.heading)) | \(text.amount(sheet.total.baseline)) | \(text.amount(sheet.total.scenario)) | \(text.amount(sheet.total.change)) | \(text.status) |")
        }
        readme += ["", "## Ændring pr. part på tværs af arkene", "",
                   "Summen over kronearkene \(summary.sheets.map { "`\($0)`" }.joined(separator: ", ")); ark, der lægger andre ark sammen, tælles ikke med, så intet tælles to gange.", ""]
        readme += overview.markdown(partyHeading: "Part")
        files.append((folder + "README.md", Array((readme.joined(separator: "\n") + "\n").utf8)))
        files.append((folder + "oversigt.csv", CSVField.document([[CSVField.text("Scenarie \(scenario.title): ændring pr. part")], []] + overview.csv(partyHeading: "Part"))))
        return files
    }
}

/// Baseline, scenario and change per party, as Markdown or CSV rows.
struct ScenarioTable {
    let rows: [ScenarioSheet.Row]
    let total: ScenarioSheet.Row
    let measure: Measure
    /// Whether any party is a municipality: then a kommunenummer column is shown.
    private let showsCodes: Bool

    init(rows: [ScenarioSheet.Row], total: ScenarioSheet.Row, measure: Measure) {
        self.rows = rows
        self.total = total
        self.measure = measure
        showsCodes = rows.contains { $0.party.code != nil }
    }

    private func header(_ partyHeading: String) -> [String] {
        [partyHeading] + (showsCodes ? ["Kommunenr."] : []) + ["Grundforløb", "Scenarie", "Ændring", "Ændring (pct.)"]
    }

    private func values(_ row: ScenarioSheet.Row, grouped: Bool) -> [String] {
        let amount = { (stored: Int128) in DanishNumberFormat.amount(stored, measure: measure, grouped: grouped) }
        return [amount(row.baseline), amount(row.scenario), amount(row.change),
                row.changePercent.map { DanishNumberFormat.string($0, grouped: grouped) } ?? ""]
    }

    func markdown(partyHeading: String) -> [String] {
        let header = header(partyHeading)
        let texts = showsCodes ? 2 : 1
        var lines = ["| " + header.map(Markdown.escape).joined(separator: " | ") + " |",
                     "| " + header.indices.map { $0 < texts ? "---" : "---:" }.joined(separator: " | ") + " |"]
        for row in rows {
            lines.append("| " + ([Markdown.escape(row.party.name)] + (showsCodes ? [row.party.code ?? ""] : []) + values(row, grouped: true)).joined(separator: " | ") + " |")
        }
        lines.append("| **I alt** | " + (showsCodes ? " | " : "") + values(total, grouped: true).map { $0.isEmpty ? "" : "**\($0)**" }.joined(separator: " | ") + " |")
        return lines
    }

    func csv(partyHeading: String) -> [[String]] {
        [header(partyHeading).map(CSVField.text)]
            + (rows + [total]).map { row in
                [CSVField.text(row.party.name)] + (showsCodes ? [CSVField.text(row.party.code ?? "")] : []) + values(row, grouped: false).map(CSVField.number)
            }
    }
}

import FordelingCore

/// CSV for Danish Excel: UTF-8 with BOM, `;` between fields, CRLF, decimal comma, numbers without thousands
/// separators so Excel reads them as numbers, and text cells that could be read as formulas neutralised. Per sheet
/// `ID.csv`; per scenario `scenarios/NAME/ID.csv` for each changed sheet and `scenarios/NAME/oversigt.csv`.
public struct CSVWriter: OutputWriter {
    public init() {}

    public var fileExtensions: [String] { ["csv"] }

    public func files(for output: BatchOutput) -> [WrittenFile] {
        output.sheets.map { WrittenFile("\($0.id).csv", Self.sheet($0, provenance: output.provenance)) }
            + output.scenarios.flatMap { Self.scenario($0, provenance: output.provenance) }
    }

    public static func sheet(_ sheet: Sheet, provenance: Provenance) -> [UInt8] {
        let presentation = SheetPresentation(sheet)
        return CSVField.document(head(presentation) + presentation.rows.map(fields) + [fields(presentation.totalRow)]
                                 + tail(presentation, provenance: provenance))
    }

    /// The rows before the party rows: title, a blank row, the header.
    public static func head(_ sheet: SheetPresentation) -> [[String]] {
        [[CSVField.text(sheet.heading)], [], sheet.header.map(CSVField.text)]
    }

    /// A row of cells: numbers plain (no thousands separators), text neutralised.
    public static func fields(_ row: [PresentedCell]) -> [String] {
        row.map { $0.isNumber ? CSVField.number($0.text(grouped: false)) : CSVField.text($0.text(grouped: false)) }
    }

    /// The rows after the total row: reconciliation, basis, provenance.
    public static func tail(_ sheet: SheetPresentation, provenance: Provenance) -> [[String]] {
        var rows: [[String]] = [[]]
        for line in sheet.reconciliationLines + sheet.matchingLines { rows.append([CSVField.text(line.label), CSVField.text(line.value)]) }
        rows.append([])
        for note in sheet.noteLines { rows.append([CSVField.text(note)]) }
        rows.append([])
        rows.append([CSVField.text(SheetPresentation.computedBy(provenance.toolVersion)), CSVField.text("ark-id \(sheet.sheet.id)")])
        for file in provenance.files(of: sheet.sheet) {
            rows.append([CSVField.text(file.relativePath), CSVField.text("SHA-256 \(file.sha256)")])
        }
        return rows
    }

    /// A scenario's files: each changed sheet beside its baseline, and the change per party across the sheets.
    static func scenario(_ result: ScenarioResult, provenance: Provenance) -> [WrittenFile] {
        let presentation = ScenarioPresentation(result)
        let scenario = result.scenario
        let folder = "scenarios/\(scenario.name)/"
        var files: [WrittenFile] = []
        for sheet in result.sheets {
            var rows: [[String]] = [[CSVField.text(presentation.heading(sheet))], []]
            rows += presentation.changes.map { [CSVField.text("Ændring"), CSVField.text($0)] }
            rows += presentation.roundings(sheet).map { [CSVField.text("Afrunding"), CSVField.text($0)] } + [[]]
            rows += table(presentation.table(sheet))
            rows += [[]] + SheetPresentation(sheet.scenario).reconciliationLines.map { [CSVField.text($0.label), CSVField.text($0.value)] }
            rows += [[], [CSVField.text(SheetPresentation.computedBy(provenance.toolVersion)), CSVField.text("ark-id \(sheet.scenario.id)"),
                          CSVField.text("scenarie \(scenario.name)")]]
            rows += provenance.files(of: sheet.scenario).map { [CSVField.text($0.relativePath), CSVField.text("SHA-256 \($0.sha256)")] }
            files.append(WrittenFile(folder + sheet.scenario.id + ".csv", CSVField.document(rows)))
        }
        files.append(WrittenFile(folder + "oversigt.csv", CSVField.document([[CSVField.text("Scenarie \(scenario.title): ændring pr. part")], []]
                                                                             + table(presentation.overview))))
        return files
    }

    /// A diff as a table (`fordel diff --format csv`): a row per change, numbers as numbers.
    public static func diff(_ diff: DiffPresentation) -> [UInt8] {
        CSVField.document([DiffPresentation.headings.map(CSVField.text)] + diff.rows.map(fields))
    }

    private static func table(_ table: ScenarioPresentation.Table) -> [[String]] {
        [table.header.map(CSVField.text)] + (table.rows + [table.totalRow]).map { row in
            row.enumerated().map { index, cell in
                index < table.partyColumns ? CSVField.text(cell.text(grouped: false)) : CSVField.number(cell.text(grouped: false))
            }
        }
    }
}

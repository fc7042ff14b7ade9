import FordelingCore

/// Excel workbooks (.xlsx): per sheet `ID.xlsx` (one worksheet, laid out as the CSV file), and for the whole batch
/// `fordeling.xlsx`: a worksheet listing every sheet with its total and status, then one worksheet per sheet.
/// Scenarios are not written as workbooks (their CSV files open in Excel).
public struct XLSXWriter: OutputWriter {
    public init() {}

    public var fileExtensions: [String] { ["xlsx"] }

    /// The workbook of the whole batch.
    public static let batchFile = "fordeling.xlsx"

    public func files(for output: BatchOutput) -> [WrittenFile] {
        let provenance = output.provenance
        var files = output.sheets.map { sheet in
            WrittenFile("\(sheet.id).xlsx", Self.sheet(sheet, provenance: provenance))
        }
        if output.isWholeBatch {
            let names = WorksheetNames.unique(["Oversigt"] + output.sheets.map(\.id))
            let worksheets = zip(output.sheets, names.dropFirst()).map { sheet, name in
                SheetWorksheet.content(sheet, name: name, provenance: provenance)
            }
            let overview = Self.overview(output.sheets, worksheets: Array(names.dropFirst()), name: names[0], provenance: provenance)
            files.append(WrittenFile(Self.batchFile, XLSXPackage.workbook([overview] + worksheets, title: IndexPresentation.title,
                                                                          creator: "Fordeling \(provenance.toolVersion)")))
        }
        return files
    }

    /// A sheet's workbook: the sheet on a worksheet named by its id.
    public static func sheet(_ sheet: Sheet, provenance: Provenance) -> [UInt8] {
        let presentation = SheetPresentation(sheet)
        return self.sheet(presentation, rows: presentation.rows, provenance: provenance)
    }

    /// The most rows a worksheet has: Excel's limit.
    public static let maxRows = CellReference.rowCount

    /// The workbook of `presentation` with `rows` as its party rows (`split --output` makes them from its key).
    public static func sheet(_ presentation: SheetPresentation, rows: [[PresentedCell]], provenance: Provenance) -> [UInt8] {
        let content = SheetWorksheet.content(presentation, rows: rows.map { $0.map(SheetWorksheet.cell) },
                                             name: WorksheetNames.valid(presentation.sheet.id), provenance: provenance)
        return XLSXPackage.workbook([content], title: presentation.heading, creator: "Fordeling \(provenance.toolVersion)")
    }

    /// How many rows the workbook of `presentation` has beside its party rows: title, header, total, reconciliation,
    /// basis and provenance.
    public static func rowsBesideParties(_ presentation: SheetPresentation, provenance: Provenance) -> Int {
        SheetWorksheet.content(presentation, rows: [], name: "", provenance: provenance).rows.count
    }

    /// The first worksheet of the batch's workbook: each sheet's id (a link to its worksheet), title, year, total,
    /// unit and status, then the inputs and their SHA-256.
    static func overview(_ sheets: [Sheet], worksheets: [String], name: String, provenance: Provenance) -> WorksheetContent {
        var rows: [[WorksheetContent.Cell]] = [
            [.text(IndexPresentation.title, .title)],
            [.text("Genereret af Fordeling \(provenance.toolVersion) fra inputmappen; hvert ark står på sit eget regneark.", .plain)],
            ["Ark-id", "Titel", "År", "Total", "Enhed", "Status", "Regneark"].map { .text($0, .heading) },
        ]
        var links: [(row: Int, column: Int, worksheet: String)] = []
        for (sheet, worksheet) in zip(sheets, worksheets) {
            let presentation = SheetPresentation(sheet)
            rows.append([.text(sheet.id, .plain), .text(sheet.title, .plain), sheet.year.map { .text(String($0), .plain) } ?? .empty,
                         .number(sheet.measure.shown(sheet.reconciliation.total), bold: false), .text(sheet.measure.label, .plain),
                         .text(presentation.status, .plain), .text(worksheet, .plain)])
            links.append((rows.count, 0, worksheet))
        }
        rows += [[], ["Inddata", "SHA-256"].map { .text($0, .bold) }]
        rows += provenance.files.map { [.text($0.relativePath, .plain), .text($0.sha256, .plain)] }
        return WorksheetContent(name: name, rows: rows, headerRow: 3, tableRows: 3...rows.count, labelRows: nil, links: links)
    }
}

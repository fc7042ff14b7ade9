import FordelingCore

/// A sheet as a worksheet, laid out as its CSV file is: the title in row 1, the header in row 3, a row per party, the
/// total row, then the reconciliation, the basis and the provenance (tool version, SHA-256 of each input). Numbers are
/// number cells; a total that is the sum of its column's rows is a `SUM` formula over them, with the total as its value.
enum SheetWorksheet {
    static let headerRow = 3

    static func content(_ sheet: Sheet, name: String, provenance: Provenance) -> WorksheetContent {
        let presentation = SheetPresentation(sheet)
        return content(presentation, rows: presentation.rows.map { $0.map(cell) }, name: name, provenance: provenance)
    }

    /// The worksheet of `presentation` with `rows` as its party rows (`split --output` makes them from its key).
    static func content(_ presentation: SheetPresentation, rows: [[WorksheetContent.Cell]], name: String,
                        provenance: Provenance) -> WorksheetContent {
        let firstRow = headerRow + 1
        let lastRow = headerRow + rows.count
        var total = presentation.totalRow.map { cell($0, bold: true) }
        for (column, cell) in total.enumerated() {
            guard case .number(let value, _) = cell, !rows.isEmpty, let sum = columnSum(rows, column), sum.isEqual(to: value) else { continue }
            total[column] = .sum(value, rows: firstRow...lastRow)
        }
        var lines: [[WorksheetContent.Cell]] = [[.text(presentation.heading, .title)], [], presentation.header.map { .text($0, .heading) }]
        lines += rows
        lines.append(total)
        let totalRow = lines.count
        lines.append([])
        for line in presentation.reconciliationLines + presentation.matchingLines { lines.append([.text(line.label, .plain), .text(line.value, .plain)]) }
        let lastSized = lines.count
        lines.append([])
        for note in presentation.noteLines { lines.append([.text(note, .plain)]) }
        lines.append([])
        lines.append([.text("Beregnet af Fordeling \(provenance.toolVersion)", .plain), .text("ark-id \(presentation.sheet.id)", .plain)])
        for file in provenance.files(of: presentation.sheet) {
            lines.append([.text(file.relativePath, .plain), .text("SHA-256 \(file.sha256)", .plain)])
        }
        return WorksheetContent(name: name, rows: lines, headerRow: headerRow, tableRows: headerRow...totalRow, labelRows: totalRow...lastSized)
    }

    /// A presented cell as a worksheet cell: a number as a number.
    static func cell(_ cell: PresentedCell) -> WorksheetContent.Cell { self.cell(cell, bold: false) }

    private static func cell(_ cell: PresentedCell, bold: Bool) -> WorksheetContent.Cell {
        switch cell {
        case .text(let text): .text(text, bold ? .bold : .plain)
        case .number(let value, _): .number(value, bold: bold)
        case .empty: .empty
        }
    }

    /// The sum of the numbers in `column` of `rows`, if every row has a number or nothing there.
    private static func columnSum(_ rows: [[WorksheetContent.Cell]], _ column: Int) -> DecimalValue? {
        var values: [DecimalValue] = []
        for row in rows where column < row.count {
            switch row[column] {
            case .number(let value, _): values.append(value)
            case .empty: continue
            default: return nil
            }
        }
        return values.isEmpty ? nil : DecimalValue.sum(values)
    }
}

import FordelingCore

/// A worksheet as the workbook writer lays it out: rows of typed cells from A1, the header row (bold, frozen, printed
/// on every page), the rows that size the columns, and links to other worksheets.
struct WorksheetContent {
    enum Cell: Equatable {
        case empty
        case text(String, TextStyle)
        /// A number, written exactly as its decimal digits, shown with its decimals and thousands grouped.
        case number(DecimalValue, bold: Bool)
        /// The sum of the column's cells in `rows` (1-based, inclusive) as a formula, with its value `cached`.
        case sum(DecimalValue, rows: ClosedRange<Int>)
    }

    enum TextStyle: Equatable {
        case plain
        case bold
        /// A heading of the table: bold, wrapped.
        case heading
        /// The worksheet's title.
        case title
    }

    var name: String
    /// Row 1 first; each row's cells from column A.
    var rows: [[Cell]]
    /// The header row (1-based): the rows up to it stay in view and are printed on every page.
    var headerRow: Int
    /// The rows whose cells size the columns (the header's words wrap instead).
    var tableRows: ClosedRange<Int>
    /// Rows below the table whose first cell, a label beside a value, sizes the first column too.
    var labelRows: ClosedRange<Int>?
    /// Cells that link to a worksheet of the same workbook: (row, column, worksheet), 1-based rows, 0-based columns.
    var links: [(row: Int, column: Int, worksheet: String)] = []

    /// The widest row's cell count.
    var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A sheet as a table of printed values: an approved sheet read from a file, or a generated one.
/// The common ground on which sheets are checked and compared.
public struct SheetTable: Sendable {
    public enum Value: Sendable, Equatable {
        case number(DecimalValue)
        case text(String)
        /// Digits that make no number (`1.2.3`): reported where it is read, and no check counts on it.
        case unreadable(String)
        case empty
    }

    public struct Row: Sendable {
        /// The party as printed (or the total row's label).
        public let label: String
        /// The kommunenummer, when the table has a column for it.
        public let code: String?
        /// One value per column.
        public let values: [Value]
        public let location: SourceLocation

        public init(label: String, code: String?, values: [Value], location: SourceLocation) {
            self.label = label
            self.code = code
            self.values = values
            self.location = location
        }
    }

    /// Where the table comes from (a file path, or a sheet id).
    public let source: String
    /// The value columns' headings (the party and kommunenummer columns are not among them).
    public let columns: [String]
    public let rows: [Row]
    /// The printed total row, if any.
    public let total: Row?
    /// The worksheet the table stands in, when its file is a workbook.
    public let worksheet: String?
    /// The column (0 for the first) of the file's table that holds `columns[0]`: after the party and any kommunenummer.
    public let firstValueColumn: Int

    public init(source: String, columns: [String], rows: [Row], total: Row?, worksheet: String? = nil, firstValueColumn: Int = 1) {
        self.source = source
        self.columns = columns
        self.rows = rows
        self.total = total
        self.worksheet = worksheet
        self.firstValueColumn = firstValueColumn
    }

    /// A place in the table's file: the file, or a line (a worksheet's row) of it.
    public func location(line: Int? = nil) -> SourceLocation {
        SourceLocation(file: source, line: line, worksheet: worksheet)
    }

    /// Where `row`'s value in `column` (an index into `columns`) stands: in a workbook, its cell.
    public func location(of row: Row, column: Int) -> SourceLocation {
        row.location.with(column: firstValueColumn + column)
    }

    /// The index of the column headed `label` (compared without case, hyphens or extra spaces).
    public func column(_ label: String) -> Int? {
        SheetTable.column(label, in: columns)
    }

    /// The index of the heading `label` among `headings`, as `column(_:)` finds it.
    public static func column(_ label: String, in headings: [String]) -> Int? {
        headings.firstIndex { normalisedName($0) == normalisedName(label) }
    }
}

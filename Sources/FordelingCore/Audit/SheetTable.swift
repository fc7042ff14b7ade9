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

    public init(source: String, columns: [String], rows: [Row], total: Row?) {
        self.source = source
        self.columns = columns
        self.rows = rows
        self.total = total
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

/// An approved sheet as printed, with what each column holds and which definition should produce it.
public struct ApprovedSheet: Sendable {
    /// What a printed column holds, as its file declares (`# kolonne NAVN: ROLLE`).
    public enum Role: Sendable, Equatable {
        /// The key values the amounts were split by.
        case key
        /// Another number that is not money (e.g. the DUT key).
        case number
        /// The share in percent of another column.
        case share(of: String)
        /// Money; compared with the generated sheet's column of this role (its amount, previous amounts, difference, …).
        case amount(ColumnRole)
        /// The amount divided by the key (e.g. kr. per inhabitant).
        case perUnit
        /// A budget statement's expenses or income in one period.
        case budget(period: String, side: BudgetStatement.Side)
        /// Not checked.
        case ignored
    }

    public let table: SheetTable
    /// The seed and lines it was transcribed from.
    public let source: String
    /// The definition that should produce it.
    public let sheetID: String?
    /// The KKR whose members it should list, if any.
    public let kkr: String?
    /// One role per column of `table`.
    public let roles: [Role]
    /// What a declaration line of the file states, for messages about it.
    public enum Declaration: Sendable, Hashable {
        /// The definition that should produce the sheet.
        case sheetID
        /// The KKR whose members the sheet lists.
        case kkr
    }

    /// The line of each declaration the file makes.
    public let lines: [Declaration: Int]
    /// Relations, minimums, a budget's result row and what the rows are.
    public var rules = ApprovedSheetRules()

    public init(table: SheetTable, source: String, sheetID: String?, kkr: String?, roles: [Role], lines: [Declaration: Int] = [:]) {
        self.table = table
        self.source = source
        self.sheetID = sheetID
        self.kkr = kkr
        self.roles = roles
        self.lines = lines
    }

    /// Where the file makes `declaration`, for messages about what it says.
    public func location(of declaration: Declaration) -> SourceLocation {
        table.location(line: lines[declaration])
    }

    /// The first column with `role`.
    public func column(_ role: Role) -> Int? {
        roles.firstIndex(of: role)
    }
}

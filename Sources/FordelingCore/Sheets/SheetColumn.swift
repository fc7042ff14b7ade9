/// A column of a sheet: what it holds and, where the inputs name it, its heading.
public struct SheetColumn: Sendable, Equatable {
    public let role: ColumnRole
    /// The heading the inputs give it (a key's column heading, a definition's label, an added sheet's title); nil
    /// where the presentation heads it by its role.
    public let heading: String?
    /// The measure of an amount column; nil for the other columns.
    public let measure: Measure?

    public init(role: ColumnRole, heading: String?, measure: Measure? = nil) {
        self.role = role
        self.heading = heading
        self.measure = measure
    }

    public var isAmount: Bool { measure != nil }
}

/// A column of another sheet: `erhvervshus-2019` (its amount) or its difference, previous amounts, …
public struct ColumnReference: Sendable, Hashable {
    public let sheet: String
    public let role: ColumnRole

    public init(sheet: String, role: ColumnRole = .amount) {
        self.sheet = sheet
        self.role = role
    }
}

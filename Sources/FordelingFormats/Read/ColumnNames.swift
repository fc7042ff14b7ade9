import FordelingCore

/// The names definitions (`add = ID.NAME`) and approved sheets (`# kolonne X: beløb NAME`) give a sheet's amount
/// columns, in one table.
public enum ColumnNames {
    public static let amounts: [(name: String, role: ColumnRole)] = [
        ("beløb", .amount), ("tidligere", .previous), ("forskel", .difference), ("fast", .fixedPledge),
        ("nøgleandel", .keyedShare), ("værdi", .value), ("naturalier", .inKind), ("årene", .periodYears), ("perioden", .wholePeriod),
    ]

    /// The amount column `name` denotes (case aside), if any.
    public static func role(_ name: String) -> ColumnRole? {
        amounts.first { $0.name == name.lowercased() }?.role
    }

    /// The name of an amount column's role.
    public static func name(_ role: ColumnRole) -> String? {
        amounts.first { $0.role == role }?.name
    }
}

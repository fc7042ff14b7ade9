/// Which values a definition takes from a key table: `befolkning-2019`, `ept4-niveauer:Forslag`, or `equal`.
public enum KeyReference: Sendable, Hashable, CustomStringConvertible {
    /// Every party weighs the same.
    case equal
    /// A key table, and the value column when it has several.
    case table(id: String, column: String?)

    /// The column named, if any.
    public var column: String? {
        if case .table(_, let column) = self { return column }
        return nil
    }

    public var description: String {
        switch self {
        case .equal: "equal"
        case .table(let id, let column): column.map { "\(id):\($0)" } ?? id
        }
    }
}

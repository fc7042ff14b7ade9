/// Which values a definition takes from a key table: `befolkning-2019`, `ept4-niveauer:Forslag`, or `equal`.
public enum KeyReference: Sendable, Hashable, CustomStringConvertible {
    /// Every party weighs the same.
    case equal
    /// A key table, and the value column when it has several.
    case table(id: String, column: String?)

    /// Reads `equal` (or `lige`), `ID` or `ID:COLUMN`.
    public init(_ text: String) {
        let trimmed = text.trimmingSpaces
        if ["equal", "lige"].contains(trimmed.lowercased()) {
            self = .equal
        } else if let colon = trimmed.firstIndex(of: ":") {
            self = .table(id: String(trimmed[..<colon]).trimmingSpaces, column: String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces)
        } else {
            self = .table(id: trimmed, column: nil)
        }
    }

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

import FordelingCore

extension KeyReference {
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
}

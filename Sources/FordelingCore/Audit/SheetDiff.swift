/// Compares two sheets cell by cell: rows aligned by kommunenummer or party name (any spelling the register
/// knows), columns by heading, numbers exactly (within a tolerance). A cell left blank (or `-`) in one sheet
/// is not printed there and is not compared; rows without any number (a party printed with dashes only)
/// take no part. A party listed twice in one sheet is a difference of its own; its first row is compared.
public struct SheetDiff: Sendable {
    public struct Change: Sendable {
        public let party: String
        public let column: String
        public let a: SheetTable.Value
        public let b: SheetTable.Value
        /// b − a, when both are numbers and it has at most 38 digits.
        public let difference: DecimalValue?
        /// Both are numbers and differ, but b − a has more than 38 digits, so it is not computed.
        public let isTooLarge: Bool
        public let locationA: SourceLocation
        public let locationB: SourceLocation
    }

    /// A party's second row in one sheet (under any spelling), with its first.
    public struct Repetition: Sendable {
        public let first: SheetTable.Row
        public let repeated: SheetTable.Row
    }

    public let changes: [Change]
    /// Changed cells of the total rows.
    public let totalChanges: [Change]
    public let onlyInA: [SheetTable.Row]
    public let onlyInB: [SheetTable.Row]
    public let repeatedInA: [Repetition]
    public let repeatedInB: [Repetition]
    public let columnsOnlyInA: [String]
    public let columnsOnlyInB: [String]
    public let comparedCells: Int

    /// Whether nothing differs beyond the tolerance (columns only in one sheet are not differences).
    public var isClean: Bool {
        changes.isEmpty && totalChanges.isEmpty && onlyInA.isEmpty && onlyInB.isEmpty && repeatedInA.isEmpty && repeatedInB.isEmpty
    }

    public init(_ a: SheetTable, _ b: SheetTable, tolerance: DecimalValue = .zero, register: Register?) {
        let columns = a.columns.indices.compactMap { i in b.column(a.columns[i]).map { (i, $0) } }
        var compared = 0
        func compare(_ rowA: SheetTable.Row, _ rowB: SheetTable.Row) -> [Change] {
            columns.compactMap { (i, j) in
                compared += 1
                let (x, y) = (rowA.values[i], rowB.values[j])
                let difference: DecimalValue?
                switch (x, y) {
                case (.number(let p), .number(let q)) where p == q: return nil
                case (.number(let p), .number(let q)):
                    difference = q.minus(p)
                    if let difference, difference.units == 0 || !exceeds(difference, tolerance) { return nil }
                case (.text(let p), .text(let q)) where normalisedName(p) == normalisedName(q): return nil
                case (.unreadable(let p), .unreadable(let q)) where p == q: return nil
                case (.empty, _), (_, .empty): return nil
                default: difference = nil
                }
                let bothNumbers = if case .number = x, case .number = y { true } else { false }
                return Change(party: rowA.label, column: a.columns[i], a: x, b: y, difference: difference, isTooLarge: bothNumbers && difference == nil,
                              locationA: a.location(of: rowA, column: i), locationB: b.location(of: rowB, column: j))
            }
        }
        let keysA = SheetDiff.keys(of: a, register: register)
        let keysB = SheetDiff.keys(of: b, register: register)
        // Sheets of the same parties usually list them in the same order: a row whose key is the key of b's row
        // at the same place is matched without a lookup.
        var changes: [Change] = []
        var onlyInA: [SheetTable.Row] = []
        var matched = [Bool](repeating: false, count: b.rows.count)
        for (index, key) in keysA.keys.enumerated() {
            guard let key else { continue }
            let same = index < keysB.keys.count && keysB.keys[index] == key
            guard let other = same ? index : keysB.rowOfKey[key] else { onlyInA.append(a.rows[index]); continue }
            matched[other] = true
            changes += compare(a.rows[index], b.rows[other])
        }
        self.changes = changes
        self.onlyInA = onlyInA
        self.onlyInB = keysB.keys.indices.filter { keysB.keys[$0] != nil && !matched[$0] }.map { b.rows[$0] }
        self.repeatedInA = keysA.repeated
        self.repeatedInB = keysB.repeated
        if let totalA = a.total, let totalB = b.total { totalChanges = compare(totalA, totalB) } else { totalChanges = [] }
        self.columnsOnlyInA = a.columns.filter { b.column($0) == nil }
        self.columnsOnlyInB = b.columns.filter { a.column($0) == nil }
        self.comparedCells = compared
    }

    /// The key each row is aligned by: its party's id in the register, else its normalised name; nil for a row
    /// without any number and for a party's second row. With the row of each key, and the second rows.
    private static func keys(of table: SheetTable, register: Register?) -> (keys: [String?], rowOfKey: [String: Int], repeated: [Repetition]) {
        var keys: [String?] = []
        keys.reserveCapacity(table.rows.count)
        var rowOfKey: [String: Int] = [:]
        rowOfKey.reserveCapacity(table.rows.count)
        var repeated: [Repetition] = []
        for (index, row) in table.rows.enumerated() {
            guard row.values.contains(where: { if case .number = $0 { true } else { false } }) else { keys.append(nil); continue }
            let partyKey = register.flatMap { register in row.code.flatMap(register.party(named:)) ?? register.party(named: row.label) }?.id ?? normalisedName(row.label)
            if let first = rowOfKey[partyKey] {
                repeated.append(Repetition(first: table.rows[first], repeated: row))
                keys.append(nil)
            } else {
                rowOfKey[partyKey] = index
                keys.append(partyKey)
            }
        }
        return (keys, rowOfKey, repeated)
    }
}

private func exceeds(_ difference: DecimalValue, _ tolerance: DecimalValue) -> Bool {
    let scale = max(difference.scale, tolerance.scale)
    guard let d = try? difference.units(atScale: scale), let t = try? tolerance.units(atScale: scale) else { return true }
    return d.magnitude > t.magnitude
}

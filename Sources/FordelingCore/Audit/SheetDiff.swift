/// Compares two sheets cell by cell: rows aligned by kommunenummer or party name (any spelling the register
/// knows), columns by heading, numbers exactly (within a tolerance). A cell left blank (or `-`) in one sheet
/// is not printed there and is not compared; rows without any number (a party printed with dashes only)
/// take no part.
public struct SheetDiff: Sendable {
    public struct Change: Sendable {
        public let party: String
        public let column: String
        public let a: SheetTable.Value
        public let b: SheetTable.Value
        /// b − a, when both are numbers.
        public let difference: DecimalValue?
        public let locationA: SourceLocation
        public let locationB: SourceLocation
    }

    public let changes: [Change]
    /// Changed cells of the total rows.
    public let totalChanges: [Change]
    public let onlyInA: [SheetTable.Row]
    public let onlyInB: [SheetTable.Row]
    public let columnsOnlyInA: [String]
    public let columnsOnlyInB: [String]
    public let comparedCells: Int

    /// Whether nothing differs beyond the tolerance (columns only in one sheet are not differences).
    public var isClean: Bool { changes.isEmpty && totalChanges.isEmpty && onlyInA.isEmpty && onlyInB.isEmpty }

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
                    guard let d = DecimalValue.sum([q, DecimalValue(units: -p.units, scale: p.scale)]) else { return nil }
                    if d.units == 0 || !exceeds(d, tolerance) { return nil }
                    difference = d
                case (.text(let p), .text(let q)) where normalisedName(p) == normalisedName(q): return nil
                case (.empty, _), (_, .empty): return nil
                default: difference = nil
                }
                return Change(party: rowA.label, column: a.columns[i], a: x, b: y, difference: difference,
                              locationA: rowA.location, locationB: rowB.location)
            }
        }
        let keysA = SheetDiff.keys(of: a, register: register)
        let keysB = SheetDiff.keys(of: b, register: register)
        // Each key's row in b (the last, if a key is repeated).
        var rowOfKey: [String: Int] = [:]
        rowOfKey.reserveCapacity(keysB.count)
        var repeated = false
        for (index, key) in keysB.enumerated() {
            if let key { repeated = rowOfKey.updateValue(index, forKey: key) != nil || repeated }
        }
        // Sheets of the same parties usually list them in the same order: a row whose key is the key of b's row
        // at the same place is matched without a lookup, when no key of b is repeated.
        var changes: [Change] = []
        var onlyInA: [SheetTable.Row] = []
        var matched = [Bool](repeating: false, count: b.rows.count)
        for (index, key) in keysA.enumerated() {
            guard let key else { continue }
            let same = !repeated && index < keysB.count && keysB[index] == key
            guard let other = same ? index : rowOfKey[key] else { onlyInA.append(a.rows[index]); continue }
            matched[other] = true
            changes += compare(a.rows[index], b.rows[other])
        }
        self.changes = changes
        self.onlyInA = onlyInA
        self.onlyInB = keysB.indices.filter { keysB[$0] != nil && !matched[$0] }.map { b.rows[$0] }
        if let totalA = a.total, let totalB = b.total { totalChanges = compare(totalA, totalB) } else { totalChanges = [] }
        self.columnsOnlyInA = a.columns.filter { b.column($0) == nil }
        self.columnsOnlyInB = b.columns.filter { a.column($0) == nil }
        self.comparedCells = compared
    }

    /// The key each row is aligned by: its party's id in the register, else its normalised name; nil for a row
    /// without any number.
    private static func keys(of table: SheetTable, register: Register?) -> [String?] {
        table.rows.map { row in
            guard row.values.contains(where: { if case .number = $0 { true } else { false } }) else { return nil }
            if let register, let party = row.code.flatMap(register.party(named:)) ?? register.party(named: row.label) { return party.id }
            return normalisedName(row.label)
        }
    }
}

private func exceeds(_ difference: DecimalValue, _ tolerance: DecimalValue) -> Bool {
    let scale = max(difference.scale, tolerance.scale)
    guard let d = try? difference.units(atScale: scale), let t = try? tolerance.units(atScale: scale) else { return true }
    return d.magnitude > t.magnitude
}

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

        /// The change from `a` to `b` in the cell of `column` of `party`'s rows, nil when there is none: the same number
        /// within `tolerance`, the same words or unreadable digits, or a blank on either side.
        public init?(party: String, column: String, a: SheetTable.Value, b: SheetTable.Value, tolerance: DecimalValue,
                     locationA: SourceLocation, locationB: SourceLocation) {
            let difference: DecimalValue?
            switch (a, b) {
            case (.number(let p), .number(let q)) where p == q: return nil
            case (.number(let p), .number(let q)):
                difference = q.minus(p)
                if let difference, difference.units == 0 || !exceeds(difference, tolerance) { return nil }
            case (.text(let p), .text(let q)) where normalisedName(p) == normalisedName(q): return nil
            case (.unreadable(let p), .unreadable(let q)) where p == q: return nil
            case (.empty, _), (_, .empty): return nil
            default: difference = nil
            }
            let bothNumbers = if case .number = a, case .number = b { true } else { false }
            self.party = party
            self.column = column
            self.a = a
            self.b = b
            self.difference = difference
            self.isTooLarge = bothNumbers && difference == nil
            self.locationA = locationA
            self.locationB = locationB
        }
    }

    /// A party's second row in one sheet (under any spelling), with its first.
    public struct Repetition: Sendable {
        public let first: SheetTable.Row
        public let repeated: SheetTable.Row

        public init(first: SheetTable.Row, repeated: SheetTable.Row) {
            self.first = first
            self.repeated = repeated
        }
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
        let columns = SheetDiff.columns(a.columns, b.columns)
        var compared = 0
        func compare(_ rowA: SheetTable.Row, _ rowB: SheetTable.Row) -> [Change] {
            compared += columns.pairs.count
            return columns.pairs.compactMap { (i, j) in
                Change(party: rowA.label, column: a.columns[i], a: rowA.values[i], b: rowB.values[j], tolerance: tolerance,
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
        let totalChanges = if let totalA = a.total, let totalB = b.total { compare(totalA, totalB) } else { [Change]() }
        self.init(changes: changes, totalChanges: totalChanges, onlyInA: onlyInA,
                  onlyInB: keysB.keys.indices.filter { keysB.keys[$0] != nil && !matched[$0] }.map { b.rows[$0] },
                  repeatedInA: keysA.repeated, repeatedInB: keysB.repeated, columnsOnlyInA: columns.onlyInA, columnsOnlyInB: columns.onlyInB,
                  comparedCells: compared)
    }

    /// A diff whose sheets were aligned and compared elsewhere, by these same rules (`fordel diff` of large sheets).
    public init(changes: [Change], totalChanges: [Change], onlyInA: [SheetTable.Row], onlyInB: [SheetTable.Row], repeatedInA: [Repetition],
                repeatedInB: [Repetition], columnsOnlyInA: [String], columnsOnlyInB: [String], comparedCells: Int) {
        self.changes = changes
        self.totalChanges = totalChanges
        self.onlyInA = onlyInA
        self.onlyInB = onlyInB
        self.repeatedInA = repeatedInA
        self.repeatedInB = repeatedInB
        self.columnsOnlyInA = columnsOnlyInA
        self.columnsOnlyInB = columnsOnlyInB
        self.comparedCells = comparedCells
    }

    /// The columns compared: each of `a`'s with the first of `b`'s of the same heading (as `SheetTable.column` finds it);
    /// and the columns only one sheet has.
    public static func columns(_ a: [String], _ b: [String]) -> (pairs: [(Int, Int)], onlyInA: [String], onlyInB: [String]) {
        (a.indices.compactMap { i in SheetTable.column(a[i], in: b).map { (i, $0) } }, a.filter { SheetTable.column($0, in: b) == nil },
         b.filter { SheetTable.column($0, in: a) == nil })
    }

    /// The key a row is aligned by: its party's id in the register (found by its kommunenummer, else its label), else
    /// its normalised label.
    public static func key(label: String, code: String?, register: Register?) -> String {
        register.flatMap { register in code.flatMap(register.party(named:)) ?? register.party(named: label) }?.id ?? normalisedName(label)
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
            let partyKey = key(label: row.label, code: row.code, register: register)
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

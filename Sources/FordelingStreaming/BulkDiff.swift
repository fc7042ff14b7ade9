import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel diff` of sheets of any size: the same diff as `SheetDiff` of the tables `SheetTableReader` reads, found
/// from the files' bytes. Each sheet is read on a core of its own (`SheetColumns`), its rows keyed and its parties
/// listed twice found (`SheetColumns+Keys`); a row is aligned with the other sheet's row in the same place when their
/// keys are the same (sheets of the same parties usually list them in the same order), the rest by their keys' buckets
/// (`KeyBuckets`); cells are compared as integers, and only a cell that may have changed is read as a value and compared
/// by `SheetDiff.Change`. Only what is reported is made into rows and strings.
public struct BulkDiff {
    public let diff: SheetDiff
    /// What reading the sheets found (numbers written oddly), A's then B's.
    public let findings: [Finding]

    /// The diff of the sheets in the files `a` and `b`; nil when a sheet has a column that writes decimal points, which
    /// only `SheetTableReader` reads. A file that cannot be read is an error, `a`'s first.
    public init?(_ a: String, _ b: String, tolerance: DecimalValue, register: Register?) throws(InputError) {
        let names = RegisterNames(register)
        let read = Parallel.map(2) { index -> Result<(sheet: SheetColumns, repeats: [(first: Int, second: Int)])?, InputError> in
            let path = index == 0 ? a : b
            do throws(InputError) {
                guard var sheet = try SheetColumns(bytes: try FileReader.bytes(at: path), file: path) else { return .success(nil) }
                let repeats = sheet.resolveKeys(register: register, names: names)
                return .success((sheet, repeats))
            } catch {
                return .failure(error)
            }
        }
        guard let (sheetA, repeatsA) = try read[0].get(), let (sheetB, repeatsB) = try read[1].get() else { return nil }
        let match = BulkDiff.align(sheetA, sheetB)
        let columns = SheetDiff.columns(sheetA.columns, sheetB.columns)
        let pieces = Parallel.bounds(of: sheetA.count, pieces: 16)
        let compared = Parallel.map(pieces.count - 1) { piece in
            BulkDiff.compare(pieces[piece]..<pieces[piece + 1], sheetA, sheetB, match: match.ofA, columns: columns.pairs, tolerance: tolerance)
        }
        let totals: [SheetDiff.Change] = if let totalA = sheetA.total, let totalB = sheetB.total {
            columns.pairs.compactMap { i, j in
                SheetDiff.Change(party: totalA.label, column: sheetA.columns[i], a: totalA.values[i], b: totalB.values[j], tolerance: tolerance,
                                 locationA: totalA.location, locationB: totalB.location)
            }
        } else { [] }
        let matched = compared.reduce(0) { $0 + $1.matched } + (sheetA.total != nil && sheetB.total != nil ? 1 : 0)
        let repeated = { (sheet: SheetColumns, repeats: [(first: Int, second: Int)]) in
            repeats.map { SheetDiff.Repetition(first: sheet.row($0.first), repeated: sheet.row($0.second)) }
        }
        diff = SheetDiff(changes: compared.flatMap(\.changes), totalChanges: totals, onlyInA: compared.flatMap(\.onlyInA).map { sheetA.row($0) },
                         onlyInB: match.onlyInB.map { sheetB.row($0) }, repeatedInA: repeated(sheetA, repeatsA), repeatedInB: repeated(sheetB, repeatsB),
                         columnsOnlyInA: columns.onlyInA, columnsOnlyInB: columns.onlyInB, comparedCells: matched * columns.pairs.count)
        findings = sheetA.findings + sheetB.findings
    }

    /// Unaligned, in `match`.
    private static let unmatched: UInt32 = .max

    /// The row of `b` each row of `a` is aligned with (`unmatched` for none), and the rows of `b` aligned with none.
    private static func align(_ a: SheetColumns, _ b: SheetColumns) -> (ofA: [UInt32], onlyInB: [Int]) {
        var match = [UInt32](repeating: unmatched, count: a.count)
        var matchedB = [Bool](repeating: false, count: b.count)
        a.withKeys { a in
            b.withKeys { b in
                // The row in the same place first; the rest by their keys' buckets.
                let pieces = Parallel.bounds(of: a.rows.count, pieces: 16)
                let rest = match.withUnsafeMutableBufferPointer { match in
                    matchedB.withUnsafeMutableBufferPointer { matchedB in
                        Parallel.map(pieces.count - 1) { piece in
                            (pieces[piece]..<pieces[piece + 1]).filter { row in
                                guard a.isAligned(row) else { return false }
                                guard row < b.rows.count, b.isAligned(row), a.same(row, b, row) else { return true }
                                match[row] = UInt32(row)
                                matchedB[row] = true
                                return false
                            }
                        }.flatMap { $0 }
                    }
                }
                guard !rest.isEmpty else { return }
                let bits = KeyBuckets.bits(for: max(a.rows.count, b.rows.count))
                var unaligned = [Bool](repeating: false, count: a.rows.count)
                for row in rest { unaligned[row] = true }
                let probes = KeyBuckets(count: a.rows.count, bits: bits) { unaligned[$0] ? a.rows[$0].hash : nil }
                let rows = KeyBuckets(count: b.rows.count, bits: bits) { b.isAligned($0) ? b.rows[$0].hash : nil }
                for (row, other) in rows.matches(of: probes, same: { a.same($0, b, $1) }) {
                    match[row] = UInt32(other)
                    matchedB[other] = true
                }
            }
        }
        return (match, b.rows.indices.filter { b.rows[$0].key != SheetColumns.unaligned && !matchedB[$0] })
    }

    /// The changes of the rows `range` of `a` against their rows of `b` (in `match`), in the order of the rows and of
    /// `columns`; the aligned rows in `range` without a row in `b`; and how many rows were compared.
    private static func compare(_ range: Range<Int>, _ a: SheetColumns, _ b: SheetColumns, match: [UInt32], columns: [(Int, Int)],
                                tolerance: DecimalValue) -> (changes: [SheetDiff.Change], onlyInA: [Int], matched: Int) {
        var changes: [SheetDiff.Change] = []
        var onlyInA: [Int] = []
        var matched = 0
        for row in range where a.rows[row].key != SheetColumns.unaligned {
            guard match[row] != unmatched else {
                onlyInA.append(row)
                continue
            }
            let other = Int(match[row])
            matched += 1
            var rows: (a: SheetTable.Row, b: SheetTable.Row)?
            for (i, j) in columns where !SheetColumns.same(a.cell(row, i), b.cell(other, j)) {
                let pair = rows ?? (a.row(row, values: false), b.row(other, values: false))
                rows = pair
                if let change = SheetDiff.Change(party: pair.a.label, column: a.columns[i], a: a.value(row, i), b: b.value(other, j), tolerance: tolerance,
                                                 locationA: pair.a.location, locationB: pair.b.location) {
                    changes.append(change)
                }
            }
        }
        return (changes, onlyInA, matched)
    }
}

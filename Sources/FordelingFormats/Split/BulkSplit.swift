import Foundation
import FordelingCore

/// `fordel split --output`: a split of a total over any number of parties, streamed from the key's bytes to
/// CSV. The same arithmetic and the same CSV as a sheet (largest remainder with its tie-break, or each row
/// half-up), without building a cell per row: names stay bytes, amounts are integers, output is buffered.
public struct BulkSplit: Sendable {
    public let summary: Sheet
    public var count: Int { key.count }
    let key: KeyColumns
    let weights: [Int128]
    let weightSum: Int128
    let amounts: [Int128]

    /// Reads the key, checks it (no duplicate, negative or non-numeric rows; a positive total) and splits `total` øre.
    public init(keyBytes: [UInt8], file: String, column: String?, total: Int128, unit: RoundingUnit, mode: RoundingMode,
                title: (String) -> String) throws(InputError) {
        let key = try KeyColumns(bytes: keyBytes, file: file, column: column)
        // Duplicate names are looked for on the other core while the split is computed.
        let duplicates = Background { () -> InputError? in
            do throws(InputError) { try BulkSplit.checkDistinctNames(key, file: file) } catch { return error }
            return nil
        }
        let location = SourceLocation(file: file)
        let scale = Int(key.scales.max() ?? 0)
        var weights: [Int128]
        var weightSum: Int128 = 0
        do {
            if key.scales.allSatisfy({ Int($0) == scale }) {
                weights = key.units  // every value has the same decimals: the units are the weights
            } else {
                weights = []
                weights.reserveCapacity(key.count)
                for (units, own) in zip(key.units, key.scales) {
                    weights.append(try units.multiplied(by: try Int128.powerOfTen(scale - Int(own)), "key value"))
                }
            }
            for weight in weights { weightSum = try weightSum.adding(weight, "sum of the key") }
        } catch { throw InputError.overflow(error, at: location) }
        guard weightSum > 0 else {
            throw InputError(location, "the key sums to zero", fix: "A key must have a positive total; check \(file).")
        }
        guard total % unit.minorUnits == 0 else {
            throw InputError(SourceLocation(file: "--total"), "the total is not a whole number of the rounding unit \(unit.label)",
                             fix: "Use a smaller unit (e.g. --unit øre) or round the total.")
        }
        let amounts: [Int128]
        do {
            amounts = try BulkSplit.apportion(total / unit.minorUnits, weights: weights, weightSum: weightSum, mode: mode, key: key)
                .map { (units) throws(OverflowError) in try units.multiplied(by: unit.minorUnits, "amount in øre") }
        } catch { throw InputError.overflow(error, at: location) }
        if let duplicate = duplicates.value { throw duplicate }
        self.key = key
        self.weights = weights
        self.weightSum = weightSum
        self.amounts = amounts
        var sumOfRows: Int128 = 0
        for amount in amounts { sumOfRows += amount }  // |each| ≤ |total| + 1 unit, n of them: no overflow for any file that fits in memory
        let reference = KeyReference.table(id: "nøgle", column: key.label)
        summary = Sheet(id: "split", title: title(key.label), year: nil, rule: .split(total: total), measure: .money(unit), mode: mode,
                        partyHeading: "Part",
                        columns: [SheetColumn(id: reference.description, label: key.label, kind: .number),
                                  SheetColumn(id: "andel-\(reference)", label: "Pct.", kind: .number),
                                  SheetColumn(id: SheetColumn.amountID, label: "Beløb", kind: .amount(.money(unit)))],
                        rows: [], totals: [.number(DecimalValue(units: weightSum, scale: scale)), .number(DecimalValue(units: 10_000, scale: 2)), .amount(total)],
                        reconciliation: Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: sumOfRows),
                        otherReconciliations: [], notes: [.total(total), .key(label: key.valueLabels.joined(separator: ", "), source: "", vintage: "")],
                        inputFiles: [file], derivations: [])
    }

    /// Units per row: largest remainder (leftover units chosen by selection), or each row half-up.
    static func apportion(_ total: Int128, weights: [Int128], weightSum: Int128, mode: RoundingMode, key: KeyColumns) throws(OverflowError) -> [Int128] {
        let magnitude = total < 0 ? -total : total
        let sign: Int128 = total < 0 ? -1 : 1
        let precedes = { (a: Int, b: Int) -> Bool in
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            return key.name(a).lexicographicallyPrecedes(key.name(b))
        }
        // In 64 bits when every product fits, which is the common case and several times faster.
        if let m = Int64(exactly: magnitude), let w = Int64(exactly: weightSum), let largest = weights.max(), let l = Int64(exactly: largest),
           !m.multipliedReportingOverflow(by: l).overflow {
            var floors = [Int64](repeating: 0, count: weights.count)
            var remainders = [Int64](repeating: 0, count: weights.count)
            var floorSum: Int64 = 0
            weights.withUnsafeBufferPointer { weights in
                for index in weights.indices {
                    let (floor, remainder) = (m * Int64(truncatingIfNeeded: weights[index])).quotientAndRemainder(dividingBy: w)
                    floors[index] = floor
                    remainders[index] = remainder
                    floorSum += floor
                }
            }
            if mode == .published {
                return weights.indices.map { sign * Int128(floors[$0] + (remainders[$0] >= w - remainders[$0] ? 1 : 0)) }
            }
            for index in LeftoverSelection.recipients(leftover: Int(m - floorSum), remainders: remainders, precedes: precedes) { floors[index] += 1 }
            return floors.map { sign * Int128($0) }
        }
        var floors = [Int128](repeating: 0, count: weights.count)
        var remainders = [Int128](repeating: 0, count: weights.count)
        var floorSum: Int128 = 0
        for index in weights.indices {
            let product = try magnitude.multiplied(by: weights[index], "total × key value")
            let (floor, remainder) = product.quotientAndRemainder(dividingBy: weightSum)
            floors[index] = floor
            remainders[index] = remainder
            floorSum += floor
        }
        if mode == .published {
            // Half-up: the floor, plus one where the remainder is at least half the divisor.
            return weights.indices.map { sign * (floors[$0] + (remainders[$0] >= weightSum - remainders[$0] ? 1 : 0)) }
        }
        for index in LeftoverSelection.recipients(leftover: Int(magnitude - floorSum), remainders: remainders, precedes: precedes) {
            floors[index] += 1
        }
        return sign == 1 ? floors : floors.map { -$0 }
    }

    /// Every name once: an open-addressing table of row indices keyed by an FNV-1a hash of the name's bytes.
    static func checkDistinctNames(_ key: KeyColumns, file: String) throws(InputError) {
        var capacity = 16
        while capacity < key.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let duplicate: (Int, Int)? = key.nameBytes.withUnsafeBufferPointer { names in
            key.nameStarts.withUnsafeBufferPointer { starts in
                slots.withUnsafeMutableBufferPointer { slots in
                    for index in 0..<key.count {
                        let name = UnsafeBufferPointer(rebasing: names[starts[index]..<starts[index + 1]])
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                        var slot = Int(hash & UInt64(capacity - 1))
                        while slots[slot] >= 0 {
                            let other = Int(slots[slot])
                            if UnsafeBufferPointer(rebasing: names[starts[other]..<starts[other + 1]]).elementsEqual(name) { return (other, index) }
                            slot = (slot + 1) & (capacity - 1)
                        }
                        slots[slot] = Int32(index)
                    }
                    return nil
                }
            }
        }
        if let (first, second) = duplicate {
            throw InputError(SourceLocation(file: file, line: Int(key.lines[second])), "\(key.nameString(second).abbreviated()) is listed twice (first at line \(key.lines[first]))",
                             fix: "Keep one row per party in \(file).")
        }
    }

    /// Writes the CSV: the sheet's head, one row per party, and the sheet's total row and tail. Rows are
    /// formatted in blocks, two at a time, one on each core.
    public func write(to path: String, provenance: Provenance) throws(OutputFolder.WriteError) {
        let text = SheetText(sheet: summary, grouped: false)
        let file = CSVFile(path: path)
        let head = CSVBytes()
        head.bytes([0xEF, 0xBB, 0xBF])
        for row in CSVSheetWriter.head(text) { head.row(row) }
        try file.write(head)
        let block = 1 << 18
        var start = 0
        while start < key.count {
            let ranges = [start..<min(start + block, key.count), min(start + block, key.count)..<min(start + 2 * block, key.count)]
            let blocks = ranges.map { CSVBytes(capacity: $0.count * 48) }
            DispatchQueue.concurrentPerform(iterations: 2) { formatRows(ranges[$0], into: blocks[$0]) }
            for bytes in blocks { try file.write(bytes) }
            start = ranges[1].upperBound
        }
        let tail = CSVBytes()
        for row in text.rows.map(CSVSheetWriter.fields) + CSVSheetWriter.tail(text, provenance: provenance) { tail.row(row) }
        try file.write(tail)
        try file.finish()
    }

    /// Party, key value, share in percent and amount for the rows in `range`.
    private func formatRows(_ range: Range<Int>, into out: CSVBytes) {
        let decimals = summary.measure.displayDecimals
        // The share in percent at two decimals, half-up: (20.000·w + W) / (2W) hundredths; in 64 bits when it fits.
        let fast = Int64(exactly: weightSum).flatMap { w in weights.max().flatMap { Int64(exactly: $0) }.map { (w, $0) } }
            .flatMap { (w, largest) in largest.multipliedReportingOverflow(by: 20_000).overflow || w > Int64.max / 4 ? nil : w }
        key.nameBytes.withUnsafeBufferPointer { names in
            for index in range {
                out.textCell(UnsafeBufferPointer(rebasing: names[key.nameStarts[index]..<key.nameStarts[index + 1]]))
                out.separator()
                out.decimal(key.units[index], scale: Int(key.scales[index]))
                out.separator()
                if let w = fast {
                    out.digits(UInt64((Int64(truncatingIfNeeded: weights[index]) * 20_000 + w) / (2 * w)), scale: 2)
                } else {
                    let share = try? Fraction(numerator: weights[index].multiplied(by: 100, "share"), denominator: weightSum).roundedToDecimals(decimals: 2)
                    out.decimal(share?.units ?? 0, scale: 2)
                }
                out.separator()
                out.decimal(decimals == 2 ? amounts[index] : amounts[index] / 100, scale: decimals)
                out.endRow()
            }
        }
    }
}

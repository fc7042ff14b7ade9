import Foundation
import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel split --output`: a split of a total over any number of parties, streamed from the key's bytes to
/// CSV. The same arithmetic and the same CSV as a sheet (largest remainder with its tie-break, or each row
/// half-up), without building a cell per row: names stay bytes, amounts are integers, output is buffered.
public struct BulkSplit: Sendable {
    public let summary: Sheet
    public var count: Int { key.count }
    let key: KeyColumns
    let weightSum: Int64
    /// Øre per row.
    let amounts: [Int64]

    /// Reads the key (a CSV, or a worksheet's text naming `worksheet` in messages), checks it (no duplicate, negative or
    /// non-numeric rows; a positive total) and splits `total`, in stored units of `measure` (øre, or a quantity's
    /// smallest unit), in whole units of `measure`.
    public init(keyBytes: [UInt8], file: String, worksheet: String? = nil, column: String?, total: Int128, measure: Measure, mode: RoundingMode,
                title: (String) -> String) throws(InputError) {
        let key = try KeyColumns(bytes: keyBytes, file: file, worksheet: worksheet, column: column)
        let weightSum = key.weightSum
        guard weightSum > 0 else {
            throw InputError(SourceLocation(file: file), "the key sums to zero", fix: "A key must have a positive total; check \(file).")
        }
        guard total % measure.step == 0 else {
            throw InputError(SourceLocation(file: "--total"), "the total is not a whole number of the rounding unit \(measure.label)",
                             fix: "Use a smaller unit (e.g. --unit øre) or round the total.")
        }
        guard let total64 = Int64(exactly: total) else {
            throw InputError(SourceLocation(file: "--total"), "the total has more digits than a split with --output reads (at most 18 in its smallest unit)",
                             fix: "Check the total for misplaced digits, or leave out --output.")
        }
        if let (first, second) = DuplicateNames.first(in: key) {
            throw InputError(SourceLocation(file: file, line: key.line(of: second), worksheet: worksheet),
                             .partyInKeyTwice(party: key.nameString(second), firstLine: key.line(of: first), file: file))
        }
        self.key = key
        self.weightSum = weightSum
        amounts = BulkSplit.amounts(total: total64, unit: Int64(measure.step), key: key, weightSum: weightSum, mode: mode)
        var sumOfRows: Int128 = 0
        for amount in amounts { sumOfRows += Int128(amount) }
        let reference = KeyReference.table(id: "nøgle", column: key.label)
        summary = Sheet(id: "split", title: title(key.label), year: nil, rule: .split(total: total), measure: measure, mode: mode,
                        columns: [SheetColumn(role: .keyValues(reference), heading: key.label),
                                  SheetColumn(role: .keyShare(reference), heading: nil),
                                  SheetColumn(role: .amount, heading: nil, measure: measure)],
                        rows: [], totals: [.keyValue(DecimalValue(units: Int128(weightSum), scale: key.weightScale)), .percent(Fraction(1), decimals: 2),
                                           .amount(total, measure)],
                        reconciliation: Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: sumOfRows),
                        otherReconciliations: [], notes: [.total(total), .key(label: key.valueLabels.joined(separator: ", "), source: key.source, vintage: key.vintage, changedByScenario: nil)],
                        inputFiles: [file], derivations: [])
    }

    /// `total` (stored units) split over `key`'s rows by weight in whole `unit`s (`total` a multiple of `unit`): the
    /// kernel's pass over the rows on every core, then its selection of the rows that get the leftover units.
    private static func amounts(total: Int64, unit: Int64, key: KeyColumns, weightSum: Int64, mode: RoundingMode) -> [Int64] {
        let units = total.magnitude / unit.magnitude
        let divisor = UInt64(weightSum)
        let step = total < 0 ? -unit : unit
        let pieces = Parallel.bounds(of: key.count, pieces: 16)
        var remainders: [UInt64] = []
        var floorSums: [UInt64] = []
        var amounts = [Int64](hugeUninitializedCapacity: key.count) { amounts, initialized in
            let amounts = amounts.baseAddress!
            (remainders, floorSums) = key.rows.withUnsafeBufferPointer { rows in
                Parallel.array(pieces) { (piece, remainders: UnsafeMutablePointer<UInt64>) in
                    LargestRemainderKernel.rows(pieces[piece]..<pieces[piece + 1], units: units, divisor: divisor, published: mode == .published,
                                                weight: { UInt64(rows[$0].weight) }) { row, amount, remainder in
                        amounts[row] = Int64(amount) * step
                        remainders[row] = remainder
                    }
                }
            }
            initialized = key.count
        }
        let leftover = LargestRemainderKernel.leftover(units: units, floorSum: floorSums.reduce(0, +))
        guard mode == .reconciled, leftover > 0 else { return amounts }
        let threshold = LargestRemainderKernel.threshold(leftover: leftover, remainders: remainders)
        let parts = amounts.withUnsafeMutableBufferPointer { amounts in
            Parallel.map(pieces.count - 1) { piece in
                LargestRemainderKernel.aboveThreshold(pieces[piece]..<pieces[piece + 1], threshold: threshold, remainder: { remainders[$0] }) { row, above in
                    amounts[row] += above ? step : 0
                }
            }
        }
        let weight = { (row: Int) in key.rows[row].weight }
        let tied = LargestRemainderKernel.tiedRecipients(parts.flatMap(\.tied), count: leftover - parts.reduce(0) { $0 + $1.given }, weight: weight) {
            key.name($0).lexicographicallyPrecedes(key.name($1))
        }
        for row in tied { amounts[row] += step }
        return amounts
    }

    /// Writes the CSV: the sheet's head, one row per party, and the sheet's total row and tail. Blocks of rows
    /// are formatted on every core and written in order. `provenance` is asked for only when the tail is written,
    /// so a digest of the key still being computed does not hold up the rows.
    public func write(to path: String, provenance: @autoclosure () -> Provenance) throws(OutputFolder.WriteError) {
        let text = SheetPresentation(summary)
        let file = AtomicFile(path: path)
        let head = CSVBytes()
        head.bytes(CSVCell.byteOrderMark)
        for row in CSVWriter.head(text) { head.row(row) }
        try file.write(head.written)
        let blocks = Parallel.bounds(of: key.count, pieces: (key.count + (1 << 16) - 1) >> 16)
        let buffers = CSVBuffers()
        _ = Parallel.map(blocks.count - 1) { block in
            let bytes = buffers.take(capacity: (blocks[block + 1] - blocks[block]) * 48)
            formatRows(blocks[block]..<blocks[block + 1], into: bytes)
            file.write(bytes.written, turn: block)
            buffers.give(bytes)
        }
        let tail = CSVBytes()
        for row in [CSVWriter.fields(text.totalRow)] + CSVWriter.tail(text, provenance: provenance()) { tail.row(row) }
        try file.write(tail.written)
        try file.finish()
    }

    /// Writes the sheet as a workbook (`--output FILE.xlsx`): the same rows as the CSV, as typed cells, on one
    /// worksheet, which holds at most `XLSXWriter.maxRows` rows; a larger split is refused before anything is written.
    public func writeWorkbook(to path: String, provenance: @autoclosure () -> Provenance) throws(OutputFolder.WriteError) {
        let text = SheetPresentation(summary)
        let provenance = provenance()
        let needed = count + XLSXWriter.rowsBesideParties(text, provenance: provenance)
        guard needed <= XLSXWriter.maxRows else {
            throw OutputFolder.WriteError(description: "\(path): the split has \(DanishNumberFormat.string(DecimalValue(units: Int128(count)))) parties, and a workbook "
                                          + "holds at most \(DanishNumberFormat.string(DecimalValue(units: Int128(XLSXWriter.maxRows)))) rows (this sheet would need "
                                          + "\(DanishNumberFormat.string(DecimalValue(units: Int128(needed))))). Write CSV instead: --output with a name ending in .csv.")
        }
        let decimals = summary.measure.displayDecimals
        let divisor = UInt64(weightSum)
        var rows: [[PresentedCell]] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let value = key.value(index)
            let share = SharePercent.units(UInt64(key.rows[index].weight), of: divisor, hundred: 10_000)
            let amount = decimals == 2 ? amounts[index] : amounts[index] / 100
            rows.append([.text(key.nameString(index)), .number(DecimalValue(units: Int128(value.units), scale: value.scale), .figure),
                         .number(DecimalValue(units: Int128(share), scale: 2), .percent),
                         .number(DecimalValue(units: Int128(amount), scale: decimals), .amount(summary.measure))])
        }
        let bytes = XLSXWriter.sheet(text, rows: rows, provenance: provenance)
        let file = AtomicFile(path: path)
        bytes.withUnsafeBytes { file.write($0, turn: 0) }
        try file.finish()
    }

    /// Party, key value as written, share in percent and amount for the rows in `range`.
    private func formatRows(_ range: Range<Int>, into out: CSVBytes) {
        // Øre per unit of the table (kroner, or thousands on a 1.000 kr. sheet), as `Measure.presented` shows them.
        let (perUnit, decimals) = (Int64(summary.measure.tableUnit.stored), summary.measure.tableUnit.decimals)
        let divisor = UInt64(weightSum)
        key.text.withUnsafeBufferPointer { text in
            key.rows.withUnsafeBufferPointer { rows in
                for index in range {
                    let row = rows[index]
                    // At most: the name as a text cell, three numbers of 22 bytes, the separators and the row's end.
                    out.append(atMost: CSVCell.textCapacity(row.nameCount) + 3 * 22 + 5) { cell in
                        cell.textCell(UnsafeBufferPointer(rebasing: text[row.nameRange]))
                        cell.separator()
                        let shift = key.weightScale - Int(row.scale)
                        cell.number(shift == 0 ? row.weight : row.weight / KeyText.powersOfTen[shift], scale: Int(row.scale))
                        cell.separator()
                        cell.number(Int64(SharePercent.units(UInt64(row.weight), of: divisor, hundred: 10_000)), scale: 2)
                        cell.separator()
                        cell.number(amounts[index] / perUnit, scale: decimals)
                        cell.endRow()
                    }
                }
            }
        }
    }
}

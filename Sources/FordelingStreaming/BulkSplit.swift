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
    /// Øre per row, found again for each block of rows as it is written.
    let amounts: SplitAmounts

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
        var spare: [UInt64] = []
        if let (first, second) = DuplicateNames.first(in: key, spare: &spare) {
            throw InputError(SourceLocation(file: file, line: key.line(of: second), worksheet: worksheet),
                             .partyInKeyTwice(party: key.nameString(second), firstLine: key.line(of: first), file: file))
        }
        self.key = key
        self.weightSum = weightSum
        amounts = SplitAmounts(total: total64, unit: Int64(measure.step), key: key, weightSum: weightSum, mode: mode, spare: &spare)
        let reference = KeyReference.table(id: "nøgle", column: key.label)
        summary = Sheet(id: "split", title: title(key.label), year: nil, rule: .split(total: total), measure: measure, mode: mode,
                        columns: [SheetColumn(role: .keyValues(reference), heading: key.label),
                                  SheetColumn(role: .keyShare(reference), heading: nil),
                                  SheetColumn(role: .amount, heading: nil, measure: measure)],
                        rows: [], totals: [.keyValue(DecimalValue(units: Int128(weightSum), scale: key.weightScale)), .percent(Fraction(1), decimals: 2),
                                           .amount(total, measure)],
                        reconciliation: Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: amounts.sum),
                        otherReconciliations: [], notes: [.total(total), .key(label: key.valueLabels.joined(separator: ", "), source: key.source, vintage: key.vintage, changedByScenario: nil)],
                        inputFiles: [file], derivations: [])
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
        let divisor = UInt64(weightSum)
        var rows: [[PresentedCell]] = []
        rows.reserveCapacity(count)
        amounts.rows(0..<count, weight: { UInt64(key.rows[$0].weight) }) { index, amount in
            let value = key.value(index)
            let share = SharePercent.units(UInt64(key.rows[index].weight), of: divisor, hundred: 10_000)
            rows.append([.text(key.nameString(index)), .number(DecimalValue(units: Int128(value.units), scale: value.scale), .figure),
                         .number(DecimalValue(units: Int128(share), scale: 2), .percent),
                         PresentedCell(.amount(Int128(amount), summary.measure))])
        }
        let bytes: [UInt8]
        do throws(UnwritableOutput) {
            bytes = try XLSXWriter.sheet(text, rows: rows, provenance: provenance, file: path)
        } catch {
            throw OutputFolder.WriteError(description: error.description)
        }
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
                amounts.rows(range, weight: { UInt64(rows[$0].weight) }) { index, amount in
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
                        cell.number(amount / perUnit, scale: decimals)
                        cell.endRow()
                    }
                }
            }
        }
    }
}

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

    /// Reads the key, checks it (no duplicate, negative or non-numeric rows; a positive total) and splits `total` øre.
    public init(keyBytes: [UInt8], file: String, column: String?, total: Int128, unit: RoundingUnit, mode: RoundingMode,
                title: (String) -> String) throws(InputError) {
        let key = try KeyColumns(bytes: keyBytes, file: file, column: column)
        let weightSum = key.weightSum
        guard weightSum > 0 else {
            throw InputError(SourceLocation(file: file), "the key sums to zero", fix: "A key must have a positive total; check \(file).")
        }
        guard total % unit.minorUnits == 0 else {
            throw InputError(SourceLocation(file: "--total"), "the total is not a whole number of the rounding unit \(unit.label)",
                             fix: "Use a smaller unit (e.g. --unit øre) or round the total.")
        }
        guard let total64 = Int64(exactly: total) else {
            throw InputError(SourceLocation(file: "--total"), "the total has more digits than a split with --output reads (at most 18 in øre)",
                             fix: "Check the total for misplaced digits, or leave out --output.")
        }
        if let (first, second) = DuplicateNames.first(in: key) {
            throw InputError(SourceLocation(file: file, line: key.line(of: second)), "\(key.nameString(second).abbreviated()) is listed twice (first at line \(key.line(of: first)))",
                             fix: "Keep one row per party in \(file).")
        }
        self.key = key
        self.weightSum = weightSum
        amounts = BulkApportionment.amounts(total: total64, unit: Int64(unit.minorUnits), key: key, weightSum: weightSum, mode: mode)
        var sumOfRows: Int128 = 0
        for amount in amounts { sumOfRows += Int128(amount) }
        let reference = KeyReference.table(id: "nøgle", column: key.label)
        summary = Sheet(id: "split", title: title(key.label), year: nil, rule: .split(total: total), measure: .money(unit), mode: mode,
                        columns: [SheetColumn(role: .keyValues(reference), heading: key.label),
                                  SheetColumn(role: .keyShare(reference), heading: nil),
                                  SheetColumn(role: .amount, heading: nil, measure: .money(unit))],
                        rows: [], totals: [.keyValue(DecimalValue(units: Int128(weightSum), scale: key.weightScale)), .percent(Fraction(100), decimals: 2),
                                           .amount(total, .money(unit))],
                        reconciliation: Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: sumOfRows),
                        otherReconciliations: [], notes: [.total(total), .key(label: key.valueLabels.joined(separator: ", "), source: key.source, vintage: key.vintage, changedByScenario: nil)],
                        inputFiles: [file], derivations: [])
    }

    /// Writes the CSV: the sheet's head, one row per party, and the sheet's total row and tail. Blocks of rows
    /// are formatted on every core and written in order. `provenance` is asked for only when the tail is written,
    /// so a digest of the key still being computed does not hold up the rows.
    public func write(to path: String, provenance: @autoclosure () -> Provenance) throws(OutputFolder.WriteError) {
        let text = SheetPresentation(summary)
        let file = CSVFile(path: path)
        let head = CSVBytes()
        head.bytes([0xEF, 0xBB, 0xBF])
        for row in CSVWriter.head(text) { head.row(row) }
        try file.write(head)
        let blocks = Parallel.bounds(of: key.count, pieces: (key.count + (1 << 16) - 1) >> 16)
        _ = Parallel.map(blocks.count - 1) { block in
            let bytes = file.buffer(capacity: (blocks[block + 1] - blocks[block]) * 48)
            formatRows(blocks[block]..<blocks[block + 1], into: bytes)
            file.write(bytes, turn: block)
        }
        let tail = CSVBytes()
        for row in [CSVWriter.fields(text.totalRow)] + CSVWriter.tail(text, provenance: provenance()) { tail.row(row) }
        try file.write(tail)
        try file.finish()
    }

    /// Party, key value as written, share in percent and amount for the rows in `range`.
    private func formatRows(_ range: Range<Int>, into out: CSVBytes) {
        let decimals = summary.measure.displayDecimals
        let divisor = UInt64(weightSum)
        key.text.withUnsafeBufferPointer { text in
            key.rows.withUnsafeBufferPointer { rows in
                for index in range {
                    let row = rows[index]
                    // At most: the name quoted with every byte doubled, three numbers of 22 bytes, the amount's sign.
                    out.append(atMost: 2 * row.nameCount + 80) { cell in
                        cell.textCell(UnsafeBufferPointer(rebasing: text[row.nameRange]))
                        cell.separator()
                        let shift = key.weightScale - Int(row.scale)
                        cell.number(shift == 0 ? row.weight : row.weight / KeyText.powersOfTen[shift], scale: Int(row.scale))
                        cell.separator()
                        // The share in percent at two decimals, half-up: (20.000·w + W) / 2W hundredths.
                        let (high, low) = UInt64(row.weight).multipliedFullWidth(by: 20_000)
                        let (sum, carry) = low.addingReportingOverflow(divisor)
                        cell.number(Int64((2 * divisor).dividingWide(high + (carry ? 1 : 0), sum).quotient), scale: 2)
                        cell.separator()
                        cell.number(decimals == 2 ? amounts[index] : amounts[index] / 100, scale: decimals)
                        cell.endRow()
                    }
                }
            }
        }
    }
}

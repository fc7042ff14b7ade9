import FordelingCore
import FordelingSystem

/// The amounts of a streamed split, kept as the kernel's selection rather than as an array of a million amounts.
/// The kernel's pass over the rows on every core gives the sum of the floors and each row's remainder (written over
/// memory already touched); its selection gives the remainder of the last leftover unit and the tied rows that get
/// one. A row's amount is then the same pass again, over each block of rows as it is written (`rows`): a division a
/// row costs less than an array of amounts in fresh memory, which the system must zero first.
struct SplitAmounts: Sendable {
    private let units: UInt64
    private let divisor: UInt64
    /// Stored units (øre, or a quantity's smallest unit) per whole unit split, with the total's sign.
    private let step: Int64
    private let published: Bool
    /// Rows whose remainder is above it get a leftover unit; nil when no unit is left over, and in published mode.
    private let threshold: UInt64?
    /// The rows at the threshold that get a unit.
    private let tiedRecipients: Set<Int>
    /// The rows' amounts added up, in stored units.
    let sum: Int128

    /// `total` (stored units) split over `key`'s rows by weight in whole `unit`s (`total` a multiple of `unit`). The
    /// remainders are written over `spare` when it has a word a row: taken from the caller, so that the array is
    /// not copied on the first write.
    init(total: Int64, unit: Int64, key: KeyColumns, weightSum: Int64, mode: RoundingMode, spare: inout [UInt64]) {
        let (units, divisor, published) = (total.magnitude / unit.magnitude, UInt64(weightSum), mode == .published)
        (self.units, self.divisor, self.published) = (units, divisor, published)
        step = total < 0 ? -unit : unit
        let pieces = Parallel.bounds(of: key.count, pieces: 16)
        var remainders: [UInt64] = []
        // The duplicate check's memory, a word a row, taken over; a new array only if it was not handed on.
        if spare.count == key.count { swap(&remainders, &spare) } else { remainders = [UInt64](repeating: 0, count: key.count) }
        let passes = remainders.withUnsafeMutableBufferPointer { remainders in
            key.rows.withUnsafeBufferPointer { rows in
                Parallel.map(pieces.count - 1) { piece in
                    var amounts: UInt64 = 0
                    let floors = LargestRemainderKernel.rows(pieces[piece]..<pieces[piece + 1], units: units, divisor: divisor, published: published,
                                                             weight: { UInt64(rows[$0].weight) }) { row, amount, remainder in
                        amounts &+= amount
                        remainders[row] = remainder
                    }
                    return (floors: floors, amounts: amounts)
                }
            }
        }
        let given = passes.reduce(0 as UInt64) { $0 &+ $1.amounts }
        let leftover = LargestRemainderKernel.leftover(units: units, floorSum: passes.reduce(0) { $0 + $1.floors })
        guard mode == .reconciled, leftover > 0 else {
            (threshold, tiedRecipients, sum) = (nil, [], Int128(given) * Int128(step))
            return
        }
        let threshold = LargestRemainderKernel.threshold(leftover: leftover, remainders: remainders)
        let parts = remainders.withUnsafeBufferPointer { remainders in
            Parallel.map(pieces.count - 1) { piece in
                LargestRemainderKernel.aboveThreshold(pieces[piece]..<pieces[piece + 1], threshold: threshold, remainder: { remainders[$0] }) { _, _ in }
            }
        }
        let weight = { (row: Int) in key.rows[row].weight }
        let tied = LargestRemainderKernel.tiedRecipients(parts.flatMap(\.tied), count: leftover - parts.reduce(0) { $0 + $1.given }, weight: weight) {
            key.name($0).lexicographicallyPrecedes(key.name($1))
        }
        self.threshold = threshold
        tiedRecipients = Set(tied)
        sum = (Int128(given) + Int128(leftover)) * Int128(step)
    }

    /// `row(index, amount)` for each row in `range`, its amount in stored units; `weight` gives a row's weight.
    @inline(__always)
    func rows(_ range: Range<Int>, weight: (Int) -> UInt64, _ row: (_ index: Int, _ amount: Int64) -> Void) {
        _ = LargestRemainderKernel.rows(range, units: units, divisor: divisor, published: published, weight: weight) { index, amount, remainder in
            let leftoverUnit = threshold.map { remainder > $0 || (remainder == $0 && tiedRecipients.contains(index)) } ?? false
            row(index, Int64(leftoverUnit ? amount + 1 : amount) * step)
        }
    }
}

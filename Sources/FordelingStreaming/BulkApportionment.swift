import FordelingCore
import FordelingFormats
import FordelingSystem

/// The amounts of a split of any size, as the sheets compute them: largest remainder with the sheets'
/// tie-break, the leftover units chosen by a selection rather than a sort, or each row half-up. Quotas are
/// computed on every core in 64-bit words, each product in 128 bits.
enum BulkApportionment {
    /// `total` øre split over `key`'s rows by weight in whole `unit`s (`total` a multiple of `unit`), as øre.
    static func amounts(total: Int64, unit: Int64, key: KeyColumns, weightSum: Int64, mode: RoundingMode) -> [Int64] {
        let units = total.magnitude / unit.magnitude
        let divisor = UInt64(weightSum)
        let step = total < 0 ? -unit : unit
        let pieces = Parallel.bounds(of: key.count, pieces: 16)
        // Each row's floor (half-up: rounded) as øre, and its remainder, in one pass on every core.
        var remainders: [UInt64] = []
        var floorSums: [UInt64] = []
        var amounts = [Int64](hugeUninitializedCapacity: key.count) { amounts, initialized in
            let amounts = amounts.baseAddress!
            (remainders, floorSums) = key.rows.withUnsafeBufferPointer { rows in
                Parallel.array(pieces) { (piece, remainders: UnsafeMutablePointer<UInt64>) in
                    var floorSum: UInt64 = 0
                    for row in pieces[piece]..<pieces[piece + 1] {
                        let product = units.multipliedFullWidth(by: UInt64(rows[row].weight))
                        let (floor, remainder) = divisor.dividingWide(product.high, product.low)
                        let roundsUp = mode == .published && remainder >= divisor - remainder
                        amounts[row] = Int64(floor + (roundsUp ? 1 : 0)) * step
                        remainders[row] = remainder
                        floorSum += floor
                    }
                    return floorSum
                }
            }
            initialized = key.count
        }
        let leftover = Int(units - floorSums.reduce(0, +))
        guard mode == .reconciled, leftover > 0 else { return amounts }
        // Largest remainder: a unit to every row above the threshold, the rest to the rows at it in tie-break order.
        let threshold = LeftoverSelection.threshold(leftover: leftover, remainders: remainders)
        let parts = amounts.withUnsafeMutableBufferPointer { amounts in
            Parallel.map(pieces.count - 1) { piece in
                var above = 0
                var tied: [Int] = []
                for row in pieces[piece]..<pieces[piece + 1] {
                    let remainder = remainders[row]
                    above += remainder > threshold ? 1 : 0
                    amounts[row] += remainder > threshold ? step : 0
                    if remainder == threshold { tied.append(row) }
                }
                return (above: above, tied: tied)
            }
        }
        let precedes = { (a: Int, b: Int) -> Bool in
            let (first, second) = (key.rows[a].weight, key.rows[b].weight)
            return first != second ? first > second : key.name(a).lexicographicallyPrecedes(key.name(b))
        }
        let tied = parts.flatMap(\.tied).sorted(by: precedes)
        for row in tied.prefix(leftover - parts.reduce(0) { $0 + $1.above }) { amounts[row] += step }
        return amounts
    }
}

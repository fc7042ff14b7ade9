/// Largest-remainder (Hamilton) apportionment, in one place for every path: the sheets (`LargestRemainder`,
/// with the steps an auditor follows, and published mode in `KeyedRule`) and the streamed split of any size
/// (`split --output`), which runs the pass over the rows on every core and then the selection.
///
/// `units` whole units are split over rows by `weight` out of `divisor` (the sum of the weights). A row's exact
/// quota is `units × weight / divisor`; it first gets the floor of its quota, and the units the floors leave go
/// one each to the rows with the largest remainders. **Tie-break** (documented in README.md): among equal
/// remainders the row with the larger weight first, then the row whose party id is lower in Unicode scalar
/// order (the caller's tie key). In **published mode** each row is instead its quota rounded half-up on its own.
///
/// Generic over unsigned words (`UInt64` for the streamed split, `UInt128` for sheets) and inlinable, so that
/// the streamed split's specialisation is a plain loop over 64-bit words with 128-bit products.
public enum LargestRemainderKernel {
    // MARK: One row

    /// `units × weight / divisor` as its floor and remainder, exactly: the product is taken in two words. Needs
    /// `weight ≤ divisor` (so the floor fits in a word) and `divisor > 0`.
    @inlinable @inline(__always)
    public static func quota<Word: FixedWidthInteger & UnsignedInteger>(units: Word, weight: Word, divisor: Word) -> (floor: Word, remainder: Word)
    where Word.Magnitude == Word {
        let product = units.multipliedFullWidth(by: weight)
        // One machine division when the product fits in a word, as it nearly always does.
        let (floor, remainder) = product.high == 0 ? product.low.quotientAndRemainder(dividingBy: divisor) : divisor.dividingFullWidth(product)
        return (floor, remainder)
    }

    /// Published mode's rounding of a quota that leaves `remainder` out of `divisor`: half-up, so a half rounds up.
    @inlinable @inline(__always)
    public static func roundsUp<Word: FixedWidthInteger & UnsignedInteger>(remainder: Word, divisor: Word) -> Bool {
        remainder >= divisor - remainder
    }

    /// A row in published mode: `units × weight / divisor` rounded half-up (`weight ≤ divisor`).
    @inlinable @inline(__always)
    public static func rounded<Word: FixedWidthInteger & UnsignedInteger>(units: Word, weight: Word, divisor: Word) -> Word
    where Word.Magnitude == Word {
        let (floor, remainder) = quota(units: units, weight: weight, divisor: divisor)
        return roundsUp(remainder: remainder, divisor: divisor) ? floor + 1 : floor
    }

    /// A quota given as `numerator / denominator` (`denominator > 0`) rounded half-up, as published mode rounds a row.
    @inlinable
    public static func rounded<Word: FixedWidthInteger & UnsignedInteger>(_ numerator: Word, over denominator: Word) -> Word {
        let (floor, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return roundsUp(remainder: remainder, divisor: denominator) ? floor + 1 : floor
    }

    // MARK: The pass over the rows

    /// The pass over the rows in `range` (all of them, or one piece of them while other pieces run at once):
    /// `row(index, amount, remainder)` gets each row's amount in units — the floor of its quota, or in published
    /// mode the quota rounded half-up — and the remainder of its quota. Returns the sum of the floors, for `leftover`.
    @inlinable @inline(__always)
    public static func rows<Word: FixedWidthInteger & UnsignedInteger>(
        _ range: Range<Int>, units: Word, divisor: Word, published: Bool,
        weight: (Int) -> Word, _ row: (_ index: Int, _ amount: Word, _ remainder: Word) -> Void
    ) -> Word where Word.Magnitude == Word {
        var floorSum: Word = 0
        for index in range {
            let (floor, remainder) = quota(units: units, weight: weight(index), divisor: divisor)
            row(index, published && roundsUp(remainder: remainder, divisor: divisor) ? floor + 1 : floor, remainder)
            floorSum &+= floor  // at most `units`
        }
        return floorSum
    }

    /// The units the floors leave, given the sum of the floors over every row: fewer than the rows.
    @inlinable
    public static func leftover<Word: FixedWidthInteger & UnsignedInteger>(units: Word, floorSum: Word) -> Int {
        Int(units - floorSum)
    }

    // MARK: The leftover selection

    /// The documented order of rows whose remainders are equal: the larger weight first, then the row whose tie
    /// key comes first (`keyPrecedes`: the lower party id in Unicode scalar order).
    @inlinable
    public static func precedes<Word: Comparable>(_ a: Int, _ b: Int, weight: (Int) -> Word, keyPrecedes: (Int, Int) -> Bool) -> Bool {
        let (first, second) = (weight(a), weight(b))
        return first != second ? first > second : keyPrecedes(a, b)
    }

    /// The remainder of the last of `leftover` (at least 1) units given out: every row above it gets a unit,
    /// and the rows at it share the rest in tie-break order.
    @inlinable
    public static func threshold<Word: BinaryInteger>(leftover: Int, remainders: [Word]) -> Word {
        largest(rank: leftover - 1, in: remainders)
    }

    /// The selection's pass over the rows in `range` (all, or one piece while others run at once): `mark(index,
    /// above)` for every row, `above` when its remainder is above `threshold` (it gets a unit; no branch on the
    /// remainders, which are random); returns how many are, and the rows at the threshold in row order.
    @inlinable @inline(__always)
    public static func aboveThreshold<Word: BinaryInteger>(_ range: Range<Int>, threshold: Word, remainder: (Int) -> Word,
                                                            mark: (_ index: Int, _ above: Bool) -> Void) -> (given: Int, tied: [Int]) {
        var given = 0
        var tied: [Int] = []
        for index in range {
            let value = remainder(index)
            let above = value > threshold
            mark(index, above)
            given += above ? 1 : 0
            if value == threshold { tied.append(index) }
        }
        return (given, tied)
    }

    /// Of the rows tied at the threshold, the `count` that get the remaining units: the first in tie-break order.
    @inlinable
    public static func tiedRecipients<Word: Comparable>(_ tied: [Int], count: Int, weight: (Int) -> Word,
                                                        keyPrecedes: (Int, Int) -> Bool) -> ArraySlice<Int> {
        tied.sorted { precedes($0, $1, weight: weight, keyPrecedes: keyPrecedes) }.prefix(count)
    }

    /// The rows that get the `leftover` units, for rows held in one array: those above the threshold in row
    /// order, then the tied rows chosen.
    @inlinable
    public static func recipients<Word: BinaryInteger>(leftover: Int, remainders: [Word], weight: (Int) -> Word,
                                                       keyPrecedes: (Int, Int) -> Bool) -> [Int] {
        guard leftover > 0 else { return [] }
        // Not input: the leftover is the sum of the remainders over the divisor, each remainder below it.
        precondition(leftover <= remainders.count, "fewer leftover units than rows")
        var chosen: [Int] = []
        let above = aboveThreshold(remainders.indices, threshold: threshold(leftover: leftover, remainders: remainders),
                                   remainder: { remainders[$0] }, mark: { if $1 { chosen.append($0) } })
        return chosen + tiedRecipients(above.tied, count: leftover - above.given, weight: weight, keyPrecedes: keyPrecedes)
    }

    /// The `rank`-th largest of `values` (0 = largest), without sorting them all. For many values, an evenly
    /// spaced sample brackets the answer; one pass counts the values above the bracket and gathers those in it,
    /// and the selection runs on those few. Should the bracket miss (it is wide enough that it practically never
    /// does), every value is selected among.
    @inlinable
    static func largest<Word: BinaryInteger>(rank: Int, in values: [Word]) -> Word {
        let sampleSize = 16_384
        let margin = 256
        guard values.count >= 4 * sampleSize else {
            var scratch = values
            return select(&scratch, rank: rank)
        }
        // `values` is not empty here, so its max and min exist.
        let sample = (0..<sampleSize).map { values[$0 * values.count / sampleSize] }.sorted(by: >)
        let position = rank * sampleSize / values.count
        let upper = position >= margin ? sample[position - margin] : values.max()!
        let lower = position + margin < sampleSize ? sample[position + margin] : values.min()!
        var above = 0
        var gathered = [Word](unsafeUninitializedCapacity: values.count) { gathered, count in
            count = 0
            for value in values {
                above += value > upper ? 1 : 0
                gathered[count] = value
                count += (value <= upper ? 1 : 0) & (value >= lower ? 1 : 0)
            }
        }
        if above <= rank && rank < above + gathered.count { return select(&gathered, rank: rank - above) }
        var scratch = values
        return select(&scratch, rank: rank)
    }

    /// The `rank`-th largest value (0 = largest), by quickselect with a median-of-three pivot; reorders `values`.
    @inlinable
    static func select<Word: BinaryInteger>(_ values: inout [Word], rank: Int) -> Word {
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            // Three-way partition, descending: [> pivot | == pivot | < pivot].
            var lt = low, i = low, gt = high
            while i <= gt {
                if values[i] > pivot { values.swapAt(lt, i); lt += 1; i += 1 } else if values[i] < pivot { values.swapAt(i, gt); gt -= 1 } else { i += 1 }
            }
            if rank < lt { high = lt - 1 } else if rank > gt { low = gt + 1 } else { return pivot }
        }
        return values[low]
    }
}

/// Chooses which rows get the leftover units of a largest-remainder apportionment without sorting every
/// row: a selection finds the remainder of the last unit given out; rows above it get a unit, and only the
/// rows tied at it are ordered (larger weight first, then the tie key), so the choice is the documented one.
public enum LeftoverSelection {
    /// The indices of the `leftover` rows with the largest remainders, in row order, then the tied rows chosen.
    /// `precedes(a, b)` orders rows tied on remainder (larger weight first, then lower tie key).
    @inlinable
    public static func recipients<R: BinaryInteger>(leftover: Int, remainders: [R], precedes: (Int, Int) -> Bool) -> [Int] {
        guard leftover > 0 else { return [] }
        // Not input: the leftover is the sum of the remainders over the weight sum, each remainder below it.
        precondition(leftover <= remainders.count, "fewer leftover units than rows")
        let threshold = threshold(leftover: leftover, remainders: remainders)
        var tied: [Int] = []
        // Fewer than `leftover` remainders lie above the threshold, so each index can be written before it is
        // known to belong: no branch on the (random) remainders.
        var chosen = [Int](unsafeUninitializedCapacity: leftover) { chosen, count in
            count = 0
            for (index, remainder) in remainders.enumerated() {
                chosen[count] = index
                count += remainder > threshold ? 1 : 0
                if remainder == threshold { tied.append(index) }
            }
        }
        tied.sort(by: precedes)
        chosen += tied.prefix(leftover - chosen.count)
        return chosen
    }

    /// The remainder of the last of `leftover` (at least 1) units given out: every row above it gets a unit,
    /// and the rows at it share the rest in tie-break order.
    @inlinable
    public static func threshold<R: BinaryInteger>(leftover: Int, remainders: [R]) -> R {
        largest(rank: leftover - 1, in: remainders)
    }

    /// The `rank`-th largest of `values` (0 = largest). For many values, an evenly spaced sample brackets the
    /// answer; one pass counts the values above the bracket and gathers those in it, and the selection runs
    /// on those few. Should the bracket miss (it is wide enough that it practically never does), every value
    /// is selected among.
    @inlinable
    static func largest<R: BinaryInteger>(rank: Int, in values: [R]) -> R {
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
        var gathered = [R](unsafeUninitializedCapacity: values.count) { gathered, count in
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
    static func select<R: BinaryInteger>(_ values: inout [R], rank: Int) -> R {
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = median(values[low], values[middle], values[high])
            // Three-way partition, descending: [> pivot | == pivot | < pivot].
            var lt = low, i = low, gt = high
            while i <= gt {
                if values[i] > pivot { values.swapAt(lt, i); lt += 1; i += 1 } else if values[i] < pivot { values.swapAt(i, gt); gt -= 1 } else { i += 1 }
            }
            if rank < lt { high = lt - 1 } else if rank > gt { low = gt + 1 } else { return pivot }
        }
        return values[low]
    }

    @inlinable
    static func median<R: BinaryInteger>(_ a: R, _ b: R, _ c: R) -> R {
        max(min(a, b), min(max(a, b), c))
    }
}

/// Chooses which rows get the leftover units of a largest-remainder apportionment without sorting every
/// row: a selection finds the remainder of the last unit given out; rows above it get a unit, and only the
/// rows tied at it are ordered (larger weight first, then the tie key), so the choice is the documented one.
public enum LeftoverSelection {
    /// The indices of the `leftover` rows with the largest remainders. `precedes(a, b)` orders rows tied on
    /// remainder (larger weight first, then lower tie key).
    @inlinable
    public static func recipients<R: BinaryInteger>(leftover: Int, remainders: [R], precedes: (Int, Int) -> Bool) -> [Int] {
        guard leftover > 0 else { return [] }
        precondition(leftover <= remainders.count, "fewer leftover units than rows")
        var scratch = remainders
        let threshold = select(&scratch, rank: leftover - 1)
        var chosen: [Int] = []
        var tied: [Int] = []
        chosen.reserveCapacity(leftover)
        for (index, remainder) in remainders.enumerated() {
            if remainder > threshold { chosen.append(index) } else if remainder == threshold { tied.append(index) }
        }
        tied.sort(by: precedes)
        chosen += tied.prefix(leftover - chosen.count)
        return chosen
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

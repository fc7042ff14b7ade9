/// Largest-remainder (Hamilton) apportionment of a whole number of units.
///
/// Each row first gets the floor of its exact quota; the units left over go one each to the rows with
/// the largest remainders. **Tie-break** (documented in README.md): among equal remainders the row with
/// the larger weight comes first, then the row whose `tieKey` is lower in Unicode scalar order. The
/// tie key is the party id (kommunenummer for municipalities, the name otherwise), so the result does
/// not depend on the order of the input rows.
public enum LargestRemainder {
    /// One row's share of the apportionment, with every step an auditor needs to follow it by hand.
    public struct Share: Equatable, Sendable {
        /// The exact quota in units: total × weight / sum of weights.
        public let quota: Fraction
        /// The quota truncated toward zero (⌊quota⌋ for a non-negative total).
        public let floor: Int128
        /// quota − floor, as a numerator over `quota.denominator`.
        public let remainder: Int128
        /// 1-based place in the remainder order (1 = largest remainder).
        public let rank: Int
        /// Whether this row received one of the leftover units.
        public let receivedExtraUnit: Bool
        /// The apportioned amount in units, with the sign of the total.
        public let units: Int128
    }

    /// Apportions `total` units (may be negative: the magnitude is apportioned and the signs restored)
    /// over non-negative integer `weights` whose sum is positive. `tieKeys` must be distinct.
    public static func apportion(total: Int128, weights: [Int128], tieKeys: [String]) throws(OverflowError) -> [Share] {
        precondition(weights.count == tieKeys.count, "one tie key per weight")
        precondition(weights.allSatisfy { $0 >= 0 }, "weights are validated as non-negative before apportioning")
        let weightSum = try weights.checkedSum("sum of the key")
        precondition(weightSum > 0, "the key total is validated as positive before apportioning")
        let magnitude = total < 0 ? -total : total
        let sign: Int128 = total < 0 ? -1 : 1

        var floors: [Int128] = []
        var remainders: [Int128] = []
        floors.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        for weight in weights {
            let product = try magnitude.multiplied(by: weight, "total × key value")
            let (floor, remainder) = product.quotientAndRemainder(dividingBy: weightSum)
            floors.append(floor)
            remainders.append(remainder)
        }
        let leftover = Int(magnitude - (try floors.checkedSum("sum of floors")))

        let precedes = { (a: Int, b: Int) -> Bool in
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            return tieKeys[a].unicodeScalars.lexicographicallyPrecedes(tieKeys[b].unicodeScalars)
        }
        var receives = [Bool](repeating: false, count: weights.count)
        for index in LeftoverSelection.recipients(leftover: leftover, remainders: remainders, precedes: precedes) { receives[index] = true }
        // Ranks, for explaining the rows: the full remainder order (sheets are small).
        let order = weights.indices.sorted { a, b in remainders[a] != remainders[b] ? remainders[a] > remainders[b] : precedes(a, b) }
        var rank = [Int](repeating: 0, count: weights.count)
        for (place, index) in order.enumerated() { rank[index] = place + 1 }

        return weights.indices.map { index in
            let product = magnitude * weights[index]  // checked above
            return Share(
                quota: Fraction(numerator: sign * product, denominator: weightSum),
                floor: sign * floors[index],
                remainder: remainders[index],
                rank: rank[index],
                receivedExtraUnit: receives[index],
                units: sign * (floors[index] + (receives[index] ? 1 : 0)))
        }
    }
}

/// Largest-remainder (Hamilton) apportionment of a whole number of units for a sheet, with every step of each
/// row's derivation; the arithmetic and the choice of the leftover units are `LargestRemainderKernel`'s.
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

    /// Why weights cannot be apportioned by.
    public enum Failure: Error, Equatable, Sendable {
        /// The weight at this index is below zero.
        case negativeWeight(index: Int)
        /// The weights sum to zero (or there are none), so no quota is defined.
        case zeroWeightSum
        case overflow(OverflowError)
    }

    /// Apportions `total` units (may be negative: the magnitude is apportioned and the signs restored, so
    /// −T gives exactly the negated rows of T) over non-negative integer `weights` whose sum is positive.
    /// `tieKeys` must be distinct, one per weight.
    public static func apportion(total: Int128, weights: [Int128], tieKeys: [String]) throws(Failure) -> [Share] {
        // Not input: every caller builds the weights and the tie keys from one list of parties.
        precondition(weights.count == tieKeys.count, "one tie key per weight")
        if let index = weights.firstIndex(where: { $0 < 0 }) { throw .negativeWeight(index: index) }
        let weightSum: Int128
        let magnitude: Int128
        do {
            weightSum = try weights.checkedSum("sum of the key")
            magnitude = total < 0 ? try Int128(0).subtracting(total, "−total") : total
        } catch { throw .overflow(error) }
        guard weightSum > 0 else { throw .zeroWeightSum }
        do {
            return try shares(magnitude, sign: total < 0 ? -1 : 1, weights: weights, weightSum: weightSum, tieKeys: tieKeys)
        } catch { throw .overflow(error) }
    }

    private static func shares(_ magnitude: Int128, sign: Int128, weights: [Int128], weightSum: Int128,
                                  tieKeys: [String]) throws(OverflowError) -> [Share] {
        // The exact quotas' numerators, for the derivation; the kernel's floors and remainders need no more room.
        var products: [Int128] = []
        products.reserveCapacity(weights.count)
        for weight in weights { products.append(try magnitude.multiplied(by: weight, "total × key value")) }
        let units = UInt128(magnitude)
        let divisor = UInt128(weightSum)
        let weight = { (index: Int) in UInt128(weights[index]) }
        var floors = [Int128](repeating: 0, count: weights.count)
        var remainders = [UInt128](repeating: 0, count: weights.count)
        let floorSum = LargestRemainderKernel.rows(weights.indices, units: units, divisor: divisor, published: false, weight: weight) { index, floor, remainder in
            floors[index] = Int128(floor)
            remainders[index] = remainder
        }
        let keyPrecedes = { (a: Int, b: Int) in tieKeys[a].unicodeScalars.lexicographicallyPrecedes(tieKeys[b].unicodeScalars) }
        var receives = [Bool](repeating: false, count: weights.count)
        for index in LargestRemainderKernel.recipients(leftover: LargestRemainderKernel.leftover(units: units, floorSum: floorSum),
                                                       remainders: remainders, weight: weight, keyPrecedes: keyPrecedes) {
            receives[index] = true
        }
        // Ranks, for explaining the rows: the full remainder order (sheets are small).
        let order = weights.indices.sorted { a, b in
            remainders[a] != remainders[b] ? remainders[a] > remainders[b] : LargestRemainderKernel.precedes(a, b, weight: weight, keyPrecedes: keyPrecedes)
        }
        var rank = [Int](repeating: 0, count: weights.count)
        for (place, index) in order.enumerated() { rank[index] = place + 1 }

        return weights.indices.map { index in
            Share(
                quota: Fraction(numerator: sign * products[index], denominator: weightSum),
                floor: sign * floors[index],
                remainder: Int128(remainders[index]),
                rank: rank[index],
                receivedExtraUnit: receives[index],
                units: sign * (floors[index] + (receives[index] ? 1 : 0)))
        }
    }
}

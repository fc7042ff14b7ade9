import Testing
@testable import FordelingCore

@Suite struct LargestRemainderTests {
    private func units(_ total: Int128, _ weights: [Int128], _ keys: [String]? = nil) throws -> [Int128] {
        try LargestRemainder.apportion(total: total, weights: weights, tieKeys: keys ?? weights.indices.map { "p\($0)" }).map(\.units)
    }

    @Test func givesLeftoverUnitsToTheLargestRemainders() throws {
        // Quotas 10·5/10 = 5, 10·3/10 = 3, 10·2/10 = 2: exact. 7 over 5/3/2: 3,5 / 2,1 / 1,4 → 4, 2, 1.
        #expect(try units(10, [5, 3, 2]) == [5, 3, 2])
        #expect(try units(7, [5, 3, 2]) == [4, 2, 1])
    }

    @Test func breaksTiesByLargerWeightThenLowerID() throws {
        // 10 over three equal weights: one leftover unit, equal remainders and weights: lowest id wins.
        #expect(try units(10, [1, 1, 1], ["c", "a", "b"]) == [3, 4, 3])
        // 2 over weights 1, 1, 2 (quotas 0,5 / 0,5 / 1): one leftover unit, tied remainders and weights.
        #expect(try units(2, [1, 1, 2], ["p0", "p1", "p2"]) == [1, 0, 1])
        #expect(try units(2, [1, 1, 2], ["p1", "p0", "p2"]) == [0, 1, 1])
    }

    @Test func tieBreakPrefersTheLargerWeight() throws {
        // 2 over weights 1 and 3: quotas 0,5 and 1,5, equal remainders; the larger weight gets the unit.
        let shares = try LargestRemainder.apportion(total: 2, weights: [1, 3], tieKeys: ["a", "b"])
        #expect(shares.map(\.units) == [0, 2])
        #expect(shares.map(\.rank) == [2, 1])
    }

    @Test func resultDoesNotDependOnRowOrder() throws {
        let weights: [Int128] = [4, 4, 4, 1, 7]
        let keys = ["e", "d", "c", "b", "a"]
        let forward = try units(100, weights, keys)
        let backward = try units(100, weights.reversed(), keys.reversed())
        #expect(forward == backward.reversed())
    }

    @Test func negativeTotalsAreTheMirrorOfPositiveOnes() throws {
        #expect(try units(-7, [5, 3, 2]) == [-4, -2, -1])
    }

    @Test func zeroWeightsGetNothing() throws {
        #expect(try units(10, [0, 1, 0, 2]) == [0, 3, 0, 7])
    }

    @Test func recordsEveryStepOfTheDerivation() throws {
        let share = try #require(try LargestRemainder.apportion(total: 7, weights: [5, 3, 2], tieKeys: ["a", "b", "c"]).first)
        #expect(share.quota == Fraction(numerator: 35, denominator: 10))
        #expect(share.floor == 3)
        #expect(share.remainder == 5)
        #expect(share.rank == 1)
        #expect(share.receivedExtraUnit)
    }

    @Test func overflowIsReported() {
        #expect(throws: LargestRemainder.Failure.overflow(OverflowError("total × key value"))) {
            try LargestRemainder.apportion(total: Int128.max / 2, weights: [3, 5], tieKeys: ["a", "b"])
        }
        #expect(throws: LargestRemainder.Failure.overflow(OverflowError("−total"))) {
            try LargestRemainder.apportion(total: Int128.min, weights: [1], tieKeys: ["a"])
        }
    }

    /// Weights that define no quotas are an error the caller locates, never a trap.
    @Test func negativeOrZeroWeightsAreRejected() {
        #expect(throws: LargestRemainder.Failure.negativeWeight(index: 1)) { try units(10, [3, -1, 2]) }
        #expect(throws: LargestRemainder.Failure.zeroWeightSum) { try units(10, [0, 0]) }
        #expect(throws: LargestRemainder.Failure.zeroWeightSum) { try units(10, []) }
    }
}

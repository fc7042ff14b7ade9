import Testing
import FordelingTestSupport
@testable import FordelingCore

/// Largest remainder within bounds: examples by hand, and properties on 10.000 seeded random cases each.
@Suite struct BoundedLargestRemainderTests {
    static let cases = 10_000
    typealias Bounds = BoundedLargestRemainder.Bounds

    private func units(_ total: Int128, _ weights: [Int128], _ bounds: [Bounds]) throws -> [Int128] {
        try BoundedLargestRemainder.apportion(total: total, weights: weights, bounds: bounds, tieKeys: weights.indices.map { "p\($0)" }).map(\.units)
    }

    @Test func aRowAboveItsMaximumIsHeldThereAndTheOthersShareTheRest() throws {
        // 100 by 6:3:1 is 60/30/10; at most 50 for the first leaves 50 for 3:1, 37,5/12,5 → 38/12 (larger weight on a tie).
        #expect(try units(100, [6, 3, 1], [Bounds(maximum: 50), Bounds(), Bounds()]) == [50, 38, 12])
        let shares = try BoundedLargestRemainder.apportion(total: 100, weights: [6, 3, 1], bounds: [Bounds(maximum: 50), Bounds(), Bounds()],
                                                           tieKeys: ["a", "b", "c"])
        #expect(shares[0].outcome == .atMaximum)
        if case .apportioned(let share) = shares[1].outcome { #expect(share.quota == Fraction(numerator: 150, denominator: 4)) } else { Issue.record("free") }
    }

    @Test func aRowBelowItsMinimumIsRaisedToItAndTheOthersGiveWay() throws {
        // 10 by 8:1:1 is 8/1/1; at least 3 for the last leaves 7 for 8:1, 6,22…/0,77… → 6/1.
        #expect(try units(10, [8, 1, 1], [Bounds(), Bounds(), Bounds(minimum: 3)]) == [6, 1, 3])
    }

    @Test func fixingOneRowCanPushAnotherOverItsBound() throws {
        // 100 by 5:4:1 with the first at most 40 and the second at most 45: 40, then 60 by 4:1 is 48 > 45 → 45, 15 left.
        #expect(try units(100, [5, 4, 1], [Bounds(maximum: 40), Bounds(maximum: 45), Bounds()]) == [40, 45, 15])
    }

    @Test func rowsOfWeightZeroGetTheirMinimum() throws {
        #expect(try units(10, [0, 1, 1], [Bounds(minimum: 2), Bounds(), Bounds()]) == [2, 4, 4])
    }

    @Test func infeasibleBoundsAreFailuresNamingWhatDoesNotFit() {
        #expect(throws: BoundedLargestRemainder.Failure.crossedBounds(index: 1)) { try units(10, [1, 1], [Bounds(), Bounds(minimum: 5, maximum: 4)]) }
        #expect(throws: BoundedLargestRemainder.Failure.minimumsExceedTotal(sum: 12)) {
            try units(10, [1, 1], [Bounds(minimum: 6), Bounds(minimum: 6)])
        }
        #expect(throws: BoundedLargestRemainder.Failure.maximumsBelowTotal(capacity: 8)) {
            try units(10, [1, 1, 0], [Bounds(maximum: 4), Bounds(maximum: 4), Bounds()])
        }
        #expect(throws: BoundedLargestRemainder.Failure.negativeTotal) { try units(-1, [1], [Bounds()]) }
    }

    struct Case {
        let total: Int128
        let weights: [Int128]
        let bounds: [Bounds]
        let keys: [String]
    }

    /// Random weights (many ties, some zero) and random bounds, most of them feasible.
    static func randomCase(_ generator: inout SeededGenerator) -> Case {
        let count = Int.random(in: 1...30, using: &generator)
        var weights = (0..<count).map { _ in Int128(Int.random(in: 0...100_000, using: &generator)) }
        if Bool.random(using: &generator) { weights = weights.map { $0 % 5 } }
        if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
        let total = Int128(Int.random(in: 0...1_000_000, using: &generator))
        let bounds = (0..<count).map { _ -> Bounds in
            let minimum = Bool.random(using: &generator) ? Int128(Int.random(in: 0...Int(total) / count + 1, using: &generator)) : 0
            let maximum = Bool.random(using: &generator) ? minimum + Int128(Int.random(in: 0...Int(total) / max(1, count / 2) + 1, using: &generator)) : nil
            return Bounds(minimum: minimum, maximum: maximum)
        }
        return Case(total: total, weights: weights, bounds: bounds, keys: (0..<count).map { "party-\($0)" })
    }

    /// Whether some split meets the bounds: minimums within the total, and room for the rest in the rows with weight.
    static func feasible(_ c: Case) -> Bool {
        guard c.bounds.map(\.minimum).reduce(0, +) <= c.total else { return false }
        var capacity: Int128 = 0
        for (weight, bound) in zip(c.weights, c.bounds) {
            guard let maximum = bound.maximum else { if weight > 0 { return true }; capacity += bound.minimum; continue }
            capacity += weight > 0 ? maximum : bound.minimum
        }
        return capacity >= c.total
    }

    @Test func boundsHoldAndTheRowsSumToTheTotalOrTheBoundsAreRefused() throws {
        var generator = SeededGenerator(seed: 1717)
        var feasibleCases = 0
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            guard Self.feasible(c) else {
                #expect(throws: BoundedLargestRemainder.Failure.self) {
                    try BoundedLargestRemainder.apportion(total: c.total, weights: c.weights, bounds: c.bounds, tieKeys: c.keys)
                }
                continue
            }
            feasibleCases += 1
            let shares = try BoundedLargestRemainder.apportion(total: c.total, weights: c.weights, bounds: c.bounds, tieKeys: c.keys)
            #expect(shares.map(\.units).reduce(0, +) == c.total)
            for (share, bound) in zip(shares, c.bounds) {
                #expect(share.units >= bound.minimum)
                if let maximum = bound.maximum { #expect(share.units <= maximum) }
            }
        }
        #expect(feasibleCases > Self.cases / 4)
    }

    /// The exact bounded split gives each row clamp(λ × weight, minimum, maximum) for one level λ: the free rows' level
    /// rest / (their weights). A row held at its minimum must have λ × weight at most there, one at its maximum at least.
    @Test func eachFreeRowIsWithinOneUnitOfItsShareOfWhatTheBoundRowsLeave() throws {
        var generator = SeededGenerator(seed: 1718)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            guard Self.feasible(c) else { continue }
            let shares = try BoundedLargestRemainder.apportion(total: c.total, weights: c.weights, bounds: c.bounds, tieKeys: c.keys)
            let free = shares.indices.filter { if case .apportioned = shares[$0].outcome { true } else { false } }
            let rest = c.total - shares.indices.filter { !free.contains($0) }.map { shares[$0].units }.reduce(0, +)
            let weightSum = free.map { c.weights[$0] }.reduce(0, +)
            for index in free {
                let distance = shares[index].units * weightSum - rest * c.weights[index]
                #expect(distance.magnitude < weightSum.magnitude)
            }
            guard weightSum > 0 else { continue }
            for (index, share) in shares.enumerated() where c.weights[index] > 0 {
                switch share.outcome {
                case .atMinimum: #expect(rest * c.weights[index] <= c.bounds[index].minimum * weightSum)
                case .atMaximum: #expect(rest * c.weights[index] >= (c.bounds[index].maximum ?? 0) * weightSum)
                case .apportioned: break
                }
            }
        }
    }

    @Test func withoutBindingBoundsTheResultIsPlainLargestRemainder() throws {
        var generator = SeededGenerator(seed: 1719)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let weightSum = c.weights.reduce(0, +)
            // Bounds around each exact quota that never bind: a minimum at most its floor, a maximum at least its ceiling.
            let bounds = c.weights.map { weight -> Bounds in
                let floor = c.total * weight / weightSum
                let ceiling = (c.total * weight + weightSum - 1) / weightSum
                return Bounds(minimum: floor - Int128(Int.random(in: 0...Int(floor), using: &generator)),
                              maximum: Bool.random(using: &generator) ? ceiling + Int128(Int.random(in: 0...10, using: &generator)) : nil)
            }
            let bounded = try BoundedLargestRemainder.apportion(total: c.total, weights: c.weights, bounds: bounds, tieKeys: c.keys)
            let plain = try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys)
            #expect(bounded.map(\.units) == plain.map(\.units))
        }
    }
}

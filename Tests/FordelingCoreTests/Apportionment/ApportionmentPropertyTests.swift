import Testing
import FordelingTestSupport
@testable import FordelingCore

/// Properties of largest-remainder apportionment on thousands of seeded random cases.
@Suite struct ApportionmentPropertyTests {
    static let cases = 10_000

    struct Case {
        let total: Int128
        let weights: [Int128]
        let keys: [String]
    }

    static func randomCase(_ generator: inout SeededGenerator) -> Case {
        let count = Int.random(in: 1...40, using: &generator)
        var weights = (0..<count).map { _ in Int128(Int.random(in: 0...1_000_000, using: &generator)) }
        if Bool.random(using: &generator) {  // many ties
            weights = weights.map { $0 % 4 }
        }
        if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
        let total = Int128(Int.random(in: -10_000_000_000...10_000_000_000, using: &generator))
        return Case(total: total, weights: weights, keys: (0..<count).map { "party-\($0)" })
    }

    @Test func rowsAlwaysSumToTheTotal() throws {
        var generator = SeededGenerator(seed: 2019)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let shares = try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys)
            #expect(shares.map(\.units).reduce(0, +) == c.total)
        }
    }

    @Test func eachShareIsWithinOneUnitOfItsExactQuota() throws {
        var generator = SeededGenerator(seed: 2020)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let sum = c.weights.reduce(0, +)
            for (share, weight) in zip(try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys), c.weights) {
                // |units − total·w/sum| < 1  ⇔  |units·sum − total·w| < sum
                let distance = share.units * sum - c.total * weight
                #expect(distance.magnitude < sum.magnitude)
            }
        }
    }

    @Test func permutingTheRowsChangesNoPartysAmount() throws {
        var generator = SeededGenerator(seed: 2021)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let original = try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys)
            let order = c.weights.indices.shuffled(using: &generator)
            let permuted = try LargestRemainder.apportion(total: c.total, weights: order.map { c.weights[$0] }, tieKeys: order.map { c.keys[$0] })
            for (position, index) in order.enumerated() {
                #expect(permuted[position].units == original[index].units)
            }
        }
    }

    @Test func scalingEveryWeightChangesNothing() throws {
        var generator = SeededGenerator(seed: 2022)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let factor = Int128(Int.random(in: 2...1000, using: &generator))
            let original = try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys)
            let scaled = try LargestRemainder.apportion(total: c.total, weights: c.weights.map { $0 * factor }, tieKeys: c.keys)
            #expect(original.map(\.units) == scaled.map(\.units))
        }
    }

    @Test func aLargerWeightNeverGetsLess() throws {
        var generator = SeededGenerator(seed: 2023)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let units = try LargestRemainder.apportion(total: c.total.magnitude > 0 ? Int128(c.total.magnitude) : 0, weights: c.weights, tieKeys: c.keys).map(\.units)
            for i in c.weights.indices {
                for j in c.weights.indices where c.weights[i] > c.weights[j] {
                    #expect(units[i] >= units[j])
                }
            }
        }
    }

    @Test func theFastCoreAgreesWithTheSlowReference() throws {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&generator)
            let fast = try LargestRemainder.apportion(total: c.total, weights: c.weights, tieKeys: c.keys).map(\.units)
            #expect(fast == ReferenceApportionment.apportion(total: c.total, weights: c.weights, names: c.keys))
        }
    }

    @Test func publishedModeIsWithinHalfAUnitOfEachQuota() throws {
        var generator = SeededGenerator(seed: 2025)
        let register = try TestModel.register()
        for _ in 0..<Self.cases {
            let weights = (0..<3).map { _ in Int128(Int.random(in: 1...100_000, using: &generator)) }
            let total = Int128(Int.random(in: 0...1_000_000_000, using: &generator)) * 100
            let key = try TestModel.key("pop", zip(["Greve", "Køge", "Lejre"], weights).map { ($0, DecimalValue(units: $1)) }, register: register)
            let definition = try TestModel.definition(rule: .split(total: total)) { allocation, _ in allocation.mode = .published }
            let sheet = try SheetCalculator.calculate(definition, in: AllocationContext(register: register, registerFiles: [], keys: ["pop": key]))
            let sum = weights.reduce(0, +)
            for (derivation, weight) in zip(sheet.derivations, weights) {
                // |amount − total·w/sum| ≤ ½ krone  ⇔  |2·(amount·sum − total·w)| ≤ 100·sum
                let distance = 2 * (derivation.amount * sum - total * weight)
                #expect(distance.magnitude <= (100 * sum).magnitude)
            }
        }
    }
}

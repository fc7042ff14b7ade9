import Testing
import FordelingTestSupport
@testable import FordelingCore

/// The one percentage a share column prints: in words as an exact fraction rounded half away from zero, and
/// on 64-bit words as the streamed split computes it.
@Suite struct SharePercentTests {
    /// `weight / sum × 100` at `decimals` decimals, through exact fractions.
    private func reference(_ weight: Fraction, of sum: Fraction, decimals: Int) throws -> DecimalValue {
        let percent = Fraction.reduced(weight.numerator * 100 * sum.denominator, weight.denominator * sum.numerator)
        return try percent.roundedToDecimals(decimals: decimals)
    }

    @Test func exactWeightsGiveTheRoundedFractionOfTheirSum() throws {
        var generator = SeededGenerator(seed: 100)
        for round in 0..<5_000 {
            let count = Int.random(in: 1...12, using: &generator)
            // Decimals, tiers such as 1/3, ties, zeros and now and then a negative value.
            var weights = (0..<count).map { _ -> Fraction in
                let denominator: Int128 = [1, 3, 10, 100, 1_000, 7][Int.random(in: 0...5, using: &generator)]
                return Fraction.reduced(Int128(Int.random(in: -2...(Bool.random(using: &generator) ? 4 : 2_000_000), using: &generator)), denominator)
            }
            var sum = Fraction(0)
            for weight in weights { sum = try sum.adding(weight) }
            if sum.numerator <= 0 {
                weights.append(Fraction(1 - sum.numerator / sum.denominator + 1))
                sum = try sum.adding(weights[weights.count - 1])
            }
            let decimals = Int.random(in: 0...4, using: &generator)
            let expected = try weights.map { try reference($0, of: sum, decimals: decimals) }
            #expect(try SharePercent.of(weights, decimals: decimals) == expected, "round \(round): \(weights)")
        }
    }

    @Test func halvesRoundAwayFromZero() throws {
        // 1 of 8 is 12,5 % → 13 at no decimals; −1 of 8 (with 9 beside it) is −12,5 % → −13.
        #expect(try SharePercent.of([Fraction(1), Fraction(7)], decimals: 0) == [DecimalValue(units: 13, scale: 0), DecimalValue(units: 88, scale: 0)])
        #expect(try SharePercent.of([Fraction(-1), Fraction(9)], decimals: 0) == [DecimalValue(units: -13, scale: 0), DecimalValue(units: 113, scale: 0)])
    }

    @Test func wordsGiveHundredthsHalfUp() {
        var generator = SeededGenerator(seed: 101)
        for _ in 0..<20_000 {
            let total = UInt64.random(in: 1...UInt64(Int64.max), using: &generator)
            let weight = UInt64.random(in: 0...total, using: &generator)
            // (20.000·w + W) / 2W hundredths, in 128 bits.
            let expected = (UInt128(weight) * 20_000 + UInt128(total)) / (2 * UInt128(total))
            #expect(UInt128(SharePercent.units(weight, of: total, hundred: 10_000)) == expected)
        }
    }
}

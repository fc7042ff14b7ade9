import Testing
@testable import FordelingCore

@Suite struct FractionTests {
    @Test func floorAndRemainderOfNegativeValuesRoundDown() {
        #expect(Fraction(numerator: 7, denominator: 2).floorAndRemainder == (3, 1))
        #expect(Fraction(numerator: -7, denominator: 2).floorAndRemainder == (-4, 1))
    }

    @Test(arguments: [(5, 2, 3), (-5, 2, -3), (3, 2, 2), (7, 3, 2), (-7, 3, -2), (8, 3, 3), (0, 5, 0)] as [(Int128, Int128, Int128)])
    func roundsHalfAwayFromZero(numerator: Int128, denominator: Int128, expected: Int128) {
        #expect(Fraction(numerator: numerator, denominator: denominator).roundedHalfAwayFromZero == expected)
    }

    /// The extremes of Int128: rounding never negates, and subtracting checks the negation it needs.
    @Test func theSmallestNumeratorRoundsAndSubtractsWithoutATrap() {
        #expect(Fraction(numerator: Int128.min, denominator: 1).roundedHalfAwayFromZero == Int128.min)
        #expect(Fraction(numerator: Int128.min, denominator: 2).roundedHalfAwayFromZero == Int128.min / 2)
        #expect(Fraction(numerator: Int128.max, denominator: 2).roundedHalfAwayFromZero == Int128.max / 2 + 1)
        #expect(throws: OverflowError.self) { try Fraction(0).subtracting(Fraction(Int128.min)) }
    }

    @Test func roundsToMultiplesOfAUnit() throws {
        // 1.576.412 / 50.569 kr. per inhabitant = 31,17… → 31,2 at one decimal.
        let perInhabitant = Fraction(numerator: 1_576_412, denominator: 50_569)
        #expect(try perInhabitant.roundedToDecimals(decimals: 1) == DecimalValue(units: 312, scale: 1))
        #expect(try Fraction(numerator: 15_050, denominator: 1).rounded(toMultiplesOf: 100) == 151)
    }

    @Test func addsAndSubtractsExactly() throws {
        let third = Fraction(numerator: 1, denominator: 3)
        let sum = try third.adding(Fraction(numerator: 1, denominator: 6))
        #expect(sum == Fraction(numerator: 1, denominator: 2))
        #expect(try sum.subtracting(third) == Fraction(numerator: 1, denominator: 6))
    }

    @Test func overflowIsReportedNotWrapped() {
        #expect(throws: OverflowError.self) { try Int128.max.adding(1, "test") }
        #expect(throws: OverflowError.self) { try Int128.max.multiplied(by: 2, "test") }
        #expect(throws: OverflowError.self) { try Int128.powerOfTen(39) }
        #expect(throws: Never.self) { try Int128.powerOfTen(38) }
    }

    @Test func exactDecimalsConvertToØre() throws {
        #expect(try DecimalValue(units: 12_345, scale: 2).øre() == 12_345)
        #expect(try DecimalValue(units: 900_000).øre() == 90_000_000)
        #expect(try DecimalValue(units: 825, scale: 3).øre() == nil)
        #expect(DecimalValue(units: -825, scale: 3).description == "-0.825")
    }
}

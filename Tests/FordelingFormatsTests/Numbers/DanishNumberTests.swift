import Testing
import FordelingTestSupport
import FordelingCore
@testable import FordelingFormats

@Suite struct DanishNumberTests {
    @Test(arguments: [
        ("1.445.162", 1_445_162, 0), ("0,825", 825, 3), ("kr. 1.445.162", 1_445_162, 0), ("1.445.162 kr.", 1_445_162, 0),
        ("12,5 mio.", 12_500_000, 0), ("23,91 mio. kr.", 23_910_000, 0), ("25 mio. kr.", 25_000_000, 0), ("1,5 mia.", 1_500_000_000, 0),
        ("-545.162", -545_162, 0), ("\u{2212}545.162", -545_162, 0), ("kr. -500", -500, 0), ("430,-", 430, 0), ("1 445 162", 1_445_162, 0),
        ("166.666,67", 16_666_667, 2), ("836657", 836_657, 0), ("  14,855 ", 14_855, 3), ("0,400", 400, 3), ("1,08", 108, 2),
    ] as [(String, Int128, Int)])
    func readsDanishNumbers(text: String, units: Int128, scale: Int) throws {
        #expect(try DanishNumber.parse(text) == DecimalValue(units: units, scale: scale))
    }

    @Test(arguments: ["", "abc", "12.5", "1.44.162", "1,2,3", "1,", ",5", "1.445,16.2", "kr.", "12 mio mio", "5%"])
    func rejectsWhatIsNotADanishNumber(text: String) {
        #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parse(text) }
    }

    @Test func explainsTheThousandsSeparator() throws {
        let problem = try #require(throws: DanishNumber.Problem.self) { try DanishNumber.parse("12.5") }
        #expect(problem.reason.contains("write 12,5, not 12.5"))
    }

    @Test func rejectsNumbersTooLongToComputeExactly() {
        let twoHundredDigits = String(repeating: "9", count: 200)
        #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parse(twoHundredDigits) }
        #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parse("99.999.999.999.999.999.999.999.999.999.999 mia.") }
    }

    @Test func amountsAreØreWithAtMostTwoDecimals() throws {
        #expect(try DanishNumber.parseAmount("23,91 mio. kr.") == 2_391_000_000)
        #expect(try DanishNumber.parseAmount("66.666,67") == 6_666_667)
        #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parseAmount("0,825") }
    }
}

@Suite struct DanishNumberFormatTests {
    @Test func writesDanishNumbers() {
        #expect(DanishNumberFormat.string(DecimalValue(units: 1_445_162)) == "1.445.162")
        #expect(DanishNumberFormat.string(DecimalValue(units: -545_162)) == "-545.162")
        #expect(DanishNumberFormat.string(DecimalValue(units: 825, scale: 3)) == "0,825")
        #expect(DanishNumberFormat.string(DecimalValue(units: 1_445_162), grouped: false) == "1445162")
        #expect(DanishNumberFormat.amount(16_666_667, measure: .money(.øre)) == "166.666,67")
        #expect(DanishNumberFormat.amount(144_516_200, measure: .money(.krone)) == "1.445.162")
        #expect(DanishNumberFormat.amount(-5, measure: .money(.øre)) == "-0,05")
    }

    @Test func writesExactAmountsWithAnEllipsisWhenInexact() {
        #expect(DanishNumberFormat.kroner(exactØre: Fraction(numerator: 550_000_000, denominator: 3)) == "1.833.333,3333…")
        #expect(DanishNumberFormat.kroner(exactØre: Fraction(13_500)) == "135")
        #expect(DanishNumberFormat.kroner(exactØre: Fraction(numerator: 825, denominator: 10)) == "0,825")
    }

    @Test func roundTripsThroughTheParser() throws {
        var generator = SeededGenerator(seed: 1445162)
        for _ in 0..<1000 {
            let value = DecimalValue(units: Int128(Int64.random(in: -999_999_999_999...999_999_999_999, using: &generator)),
                                     scale: Int.random(in: 0...4, using: &generator))
            #expect(try DanishNumber.parse(DanishNumberFormat.string(value)) == value)
        }
    }
}

@Suite struct DanishNumberHintTests {
    @Test(arguments: [
        ("5 øre", "'5 øre' is in øre, but amounts are written in kroner: 0,05 kr."),
        ("5 %", "'5 %' is a percentage, which is not accepted here"),
        ("5 kroner", "'5 kroner' ends in the unit 'kroner', which is not accepted here; write the number alone, or with kr., mio. or mia."),
        ("12.5", "'12.5' is not a Danish number: '.' groups thousands in threes and ',' starts the decimals (write 12,5, not 12.5)"),
    ])
    func aNumberWithAUnitGetsTheHintForItsUnit(text: String, reason: String) {
        let problem = #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parse(text) }
        #expect(problem?.reason == reason)
    }

    @Test func anAmountTooLargeForØreSaysSo() {
        let problem = #expect(throws: DanishNumber.Problem.self) { try DanishNumber.parseAmount(String(repeating: "9", count: 38)) }
        #expect(problem?.reason.contains("is too large to compute exactly in øre") == true)
    }
}

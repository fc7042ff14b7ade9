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
        // A quantity without decimals (whole courses): no comma left over.
        #expect(DanishNumberFormat.exact(Fraction(1_200), measure: .quantity(name: "forløb", decimals: 0)) == "1.200")
        #expect(DanishNumberFormat.exact(Fraction(1_500), measure: .quantity(name: "årsværk", decimals: 3)) == "1,500")
    }

    @Test func roundTripsThroughTheParser() throws {
        var generator = SeededGenerator(seed: 1445162)
        for _ in 0..<1000 {
            let value = DecimalValue(units: Int128(Int64.random(in: -999_999_999_999...999_999_999_999, using: &generator)),
                                     scale: Int.random(in: 0...4, using: &generator))
            #expect(try DanishNumber.parse(DanishNumberFormat.string(value)) == value)
        }
    }

    /// The digits padded to more than the decimals, the whole part grouped in threes from the right, the decimals after a comma.
    private func reference(_ value: DecimalValue, grouped: Bool) -> String {
        let digits = String(value.units.magnitude)
        let padded = String(repeating: "0", count: max(0, value.scale + 1 - digits.count)) + digits
        var whole = Array(padded.dropLast(value.scale))
        if grouped {
            for cut in stride(from: whole.count - 3, to: 0, by: -3) { whole.insert(".", at: cut) }
        }
        return (value.units < 0 ? "-" : "") + String(whole) + (value.scale > 0 ? "," + padded.suffix(value.scale) : "")
    }

    @Test func writesEveryWidthAndScaleAsTheRuleSays() {
        var generator = SeededGenerator(seed: 39)
        var values = [Int128.max, Int128.min, Int128(Int64.max), Int128(Int64.min), 0, 1, -1, 999, 1_000, -100_000]
        for _ in 0..<20_000 {
            let bits = Int.random(in: 1...126, using: &generator)
            values.append(Int128.random(in: -(Int128(1) << bits)...(Int128(1) << bits), using: &generator))
        }
        for units in values {
            let value = DecimalValue(units: units, scale: Int.random(in: 0...45, using: &generator))
            for grouped in [true, false] {
                #expect(DanishNumberFormat.string(value, grouped: grouped) == reference(value, grouped: grouped), "\(value.units) at \(value.scale)")
            }
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

/// The fast path of number reading reads what the general reader reads, or leaves the text to it.
@Suite struct PlainNumberTests {
    @Test(arguments: [("1234", 1234, 0), ("1.234.567", 1_234_567, 0), ("0,825", 825, 3), ("12.345,6", 123_456, 1)] as [(String, Int128, Int)])
    func readsPlainNumbersWithoutStrings(text: String, units: Int128, scale: Int) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { DanishNumber.plain($0) } == DecimalValue(units: units, scale: scale))
    }

    @Test(arguments: ["12.5", "1.23", ",5", "5,", "1.2345", "", "1,2,3", "1,234.5"])
    func leavesEverythingElseToTheDanishReader(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { DanishNumber.plain($0) } == nil)
    }

    @Test func readsWhatTheGeneralReaderReadsOrLeavesItToIt() {
        var generator = SeededGenerator(seed: 1_234)
        let alphabet = Array("0123456789.,-  k")
        for _ in 0..<50_000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Int.random(in: 0..<3, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : Character(String(Int.random(in: 0...9, using: &generator)))
            })
            guard let plain = Array(text.utf8).withUnsafeBufferPointer({ DanishNumber.plain($0) }) else { continue }
            #expect((try? DanishNumber.parseForms(text)) == plain, "\(text)")
        }
    }
}

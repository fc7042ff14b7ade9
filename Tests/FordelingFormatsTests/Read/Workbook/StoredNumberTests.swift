import Testing
@testable import FordelingFormats

/// Numbers as workbooks store them, read as the decimal the user typed: on the digits, never through a Double.
@Suite struct StoredNumberTests {
    @Test(arguments: [
        ("1445162", "1445162"), ("0.825", "0,825"), ("0.82499999999999996", "0,825"), ("1.0800000000000001", "1,08"),
        ("14.853000000000002", "14,853"), ("1.0000000000000001E-5", "0,00001"), ("-2.5E+3", "-2500"), ("9.9999999999999995E+21", "10000000000000000000000"),
        ("100.00", "100"), ("-0", "0"), ("0", "0"), ("5E-324", "0," + String(repeating: "0", count: 323) + "5"), (" 12 ", "12"), ("+7", "7"),
        ("123456789012345678", "123456789012346000"), ("0.1234567890123456", "0,123456789012346"), ("999999999999999.5", "1000000000000000"),
    ])
    func readsTheDecimalTyped(stored: String, danish: String) {
        #expect(StoredNumber.danish(stored) == danish)
    }

    @Test(arguments: ["", "-", ".", "1.2.3", "1e", "1E+", "12a", "0x10", "1,5", "NaN", "INF", "1E999", "1E-999", "1 2"])
    func refusesWhatIsNoNumber(stored: String) {
        #expect(StoredNumber.danish(stored) == nil)
    }

    @Test func aThousandDigitsAreRoundedNotRefused() {
        #expect(StoredNumber.danish("1." + String(repeating: "9", count: 1000)) == "2")
    }

    @Test(arguments: [
        ("6.4", 2, false, "6,40"), ("0.060400000000000002", 2, true, "6,04"), ("0.0604", 0, true, "6,04"), ("0", 2, false, "0,00"), ("-0", 2, false, "0,00"),
        ("0", 0, true, "0"), ("1E3", 2, false, "1000,00"), ("0.825", 2, false, "0,825"), ("-1.5", 3, false, "-1,500"),
    ])
    func readsTheNumberAsItsFormatShowsIt(stored: String, decimals: Int, percent: Bool, danish: String) {
        #expect(StoredNumber.danish(stored, shown: NumberFormats.Shown(decimals: decimals, percent: percent)) == danish)
    }

    @Test(arguments: [
        ("General", 0, false), ("#,##0.00", 2, false), ("0.00%", 2, true), ("0%", 0, true), ("dd/mm/yyyy", 0, false), ("0.0E+00", 0, false),
        (#"[$kr.-406] #,##0.000;[RED]-[$kr.-406] #,##0.000"#, 3, false), (#""kr." #,##0"#, 0, false), (#"#,##0 "stk.""#, 0, false),
        (#"_-* #,##0.00_-;\-* #,##0.00_-"#, 2, false), (#"0.0\%"#, 1, false), ("# ?/?", 0, false),
    ])
    func aFormatShowsItsDecimalsAndPercent(code: String, decimals: Int, percent: Bool) {
        #expect(NumberFormats.shown(code) == NumberFormats.Shown(decimals: decimals, percent: percent))
    }
}

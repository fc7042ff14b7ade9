import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct CSVFieldTests {
    @Test(arguments: [("=SUM(A1)", "'=SUM(A1)"), ("+45 1234", "'+45 1234"), ("-x", "'-x"), ("@cmd", "'@cmd"), ("Greve", "Greve"),
                      ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("=a;b", "\"'=a;b\"")])
    func textCellsCannotBecomeFormulas(text: String, expected: String) {
        #expect(CSVField.text(text) == expected)
    }

    @Test func numbersStayNumbers() {
        #expect(CSVField.number("-545162") == "-545162")
    }

    @Test func documentsHaveABOMSemicolonsAndCRLF() {
        #expect(CSVField.document([["a", "b"], ["1"]]) == [0xEF, 0xBB, 0xBF] + Array("a;b\r\n1\r\n".utf8))
    }
}

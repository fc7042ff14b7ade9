import Testing
import FordelingCore
import Foundation
import FordelingTestSupport
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

/// The byte-level cell encoder gives, for any text, the cell the rules describe.
@Suite struct CSVCellRuleTests {
    /// The rules in words: `'` before a leading = + - @ tab or CR; quotes around a cell with ; " LF or CR, each " doubled.
    private func reference(_ text: String) -> String {
        let neutralised = ["=", "+", "-", "@", "\t", "\r"].contains { text.unicodeScalars.first == $0 } ? "'" + text : text
        guard neutralised.unicodeScalars.contains(where: { ";\"\n\r".unicodeScalars.contains($0) }) else { return neutralised }
        return "\"" + neutralised.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func everyTextIsWrittenByTheRules() {
        var generator = SeededGenerator(seed: 3)
        let alphabet = Array("ab Æø;\"\n\r\t=+-@',é€")
        for _ in 0..<20_000 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(CSVField.text(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func rowsAreJoinedBySemicolonsAndEndedByCRLF() {
        #expect(CSVCell.row(["a", "", "1,5"]) == Array("a;;1,5\r\n".utf8))
        #expect(CSVCell.row([]) == [0x0D, 0x0A])
    }
}

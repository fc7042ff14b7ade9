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

@Suite struct MarkdownTests {
    @Test func escapesTableSyntaxInNames() {
        #expect(Markdown.escape("A|B *c* [d](e) <f>") == "A\\|B \\*c\\* \\[d\\](e) \\<f\\>")
    }
}

@Suite struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

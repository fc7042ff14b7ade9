import Testing
import XMLScanner

/// Malformed and hostile documents: each is its own error, at its line and column.
@Suite struct XMLScannerErrorTests {
    static func expectError(_ document: String, _ problem: XMLError.Problem, line: Int = 1, column: Int,
                            limits: XMLScanner.Limits = XMLScanner.Limits(), sourceLocation: SourceLocation = #_sourceLocation) {
        let error = scanError(document, limits: limits)
        #expect(error?.problem == problem, sourceLocation: sourceLocation)
        #expect(error?.line == line && error?.column == column, "at \(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test func refusesADocumentTypeAndSoEveryEntityDeclaration() {
        let billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """
        Self.expectError(billionLaughs, .doctype, line: 2, column: 1)
        Self.expectError("<a>&lol;</a>", .badReference("lol;"), column: 4)
    }

    @Test func refusesTagsThatDoNotCloseInOrder() {
        Self.expectError("<a><b></a>", .mismatchedEndTag(expected: "b", found: "a"), column: 7)
        Self.expectError("<a></a></b>", .unexpectedEndTag("b"), column: 8)
        Self.expectError("<a><b>text", .unclosedElement("b"), column: 11)
        Self.expectError("<a><b", .unexpectedEnd(construct: "the tag <b>"), column: 6)
        Self.expectError("<a></a", .unexpectedEnd(construct: "the end tag </a>"), column: 7)
        Self.expectError("<a></a x>", .expected("'>' to end the end tag </a>"), column: 8)
        Self.expectError("<a>< b/></a>", .expected("an element name after '<'"), column: 5)
        Self.expectError("<a/><b/>", .secondRootElement("b"), column: 5)
        Self.expectError("text<a/>", .textOutsideRoot, column: 1)
        Self.expectError("<a/>\n x", .textOutsideRoot, line: 2, column: 2)
        Self.expectError("<!-- only -->", .noRootElement, column: 14)
        Self.expectError("", .noRootElement, column: 1)
    }

    @Test func refusesBadAttributes() {
        Self.expectError("<a b=c/>", .expected("a quoted value for the attribute b"), column: 6)
        Self.expectError("<a b/>", .expected("'=' after the attribute b"), column: 5)
        Self.expectError("<a b=\"1\"c=\"2\"/>", .expected("whitespace, '>' or '/>' in the tag <a>"), column: 9)
        Self.expectError("<a b=\"1/>", .unexpectedEnd(construct: "the value of the attribute b"), column: 10)
        Self.expectError("<a b=\"<\"/>", .lessThanInAttribute, column: 7)
        Self.expectError("<a b=\"1\" b='2'/>", .duplicateAttribute("b"), column: 10)
        let many = (0..<40).map { " a\($0)=\"\($0)\"" }.joined()
        Self.expectError("<a\(many) a39=\"x\"/>", .duplicateAttribute("a39"), column: 2 + many.count + 2)
        Self.expectError("<a\(many)/>", .tooManyAttributes(limit: 39), column: 1, limits: .init(attributes: 39))
        #expect(scanError("<a\(many)/>", limits: .init(attributes: 40)) == nil)
    }

    @Test func refusesBadReferences() {
        Self.expectError("<a>AT&T</a>", .badReference("T"), column: 6)
        Self.expectError("<a>&nbsp;</a>", .badReference("nbsp;"), column: 4)
        Self.expectError("<a>&#;</a>", .badReference("#;"), column: 4)
        Self.expectError("<a>&#x;</a>", .badReference("#x;"), column: 4)
        Self.expectError("<a>&#12a;</a>", .badReference("#12a;"), column: 4)
        for invalid in ["#0", "#x0", "#8", "#xD800", "#xDFFF", "#xFFFE", "#xFFFF", "#x110000", "#1114112", "#99999999999999999999"] {
            Self.expectError("<a>&\(invalid);</a>", .invalidCharacterReference(invalid), column: 4)
        }
        Self.expectError("<a b=\"&bogus;\"/>", .badReference("bogus;"), column: 7)
    }

    @Test func refusesBytesThatAreNotUTF8OrNotXMLCharacters() {
        let cases: [([UInt8], XMLError.Problem)] = [
            ([0xC3, 0x28], .invalidUTF8), ([0xC0, 0xAF], .invalidUTF8), ([0xE0, 0x80, 0xAF], .invalidUTF8),
            ([0xED, 0xA0, 0x80], .invalidUTF8), ([0xF4, 0x90, 0x80, 0x80], .invalidUTF8), ([0xF8, 0x88, 0x80, 0x80, 0x80], .invalidUTF8),
            ([0x80], .invalidUTF8), ([0xE2, 0x82], .invalidUTF8), ([0x01], .forbiddenCharacter(1)), ([0x00], .forbiddenCharacter(0)),
            ([0xEF, 0xBF, 0xBE], .forbiddenCharacter(0xFFFE)), ([0xEF, 0xBF, 0xBF], .forbiddenCharacter(0xFFFF)),
        ]
        for (bytes, problem) in cases {
            let error = scanError(Array("<a>Køge ".utf8) + bytes + Array("</a>".utf8))
            #expect(error?.problem == problem && error?.offset == 9 && error?.column == 9, "\(bytes)")
        }
        #expect(scanError(Array("<a>Køge \u{10FFFF}\u{FFFD}\t\r\n</a>".utf8)) == nil)
    }

    @Test func refusesUnfinishedAndUnknownMarkup() {
        Self.expectError("<a><!-- open</a>", .unexpectedEnd(construct: "a comment"), column: 4)
        Self.expectError("<a><!--></a>", .unexpectedEnd(construct: "a comment"), column: 4)
        Self.expectError("<a><?pi</a>", .unexpectedEnd(construct: "a processing instruction"), column: 4)
        Self.expectError("<a><![CDATA[x</a>", .unexpectedEnd(construct: "a CDATA section"), column: 4)
        Self.expectError("<![CDATA[x]]><a/>", .textOutsideRoot, column: 1)
        Self.expectError("<a><!ELEMENT a ANY></a>", .expected("a comment or a CDATA section after '<!'"), column: 4)
    }

    @Test func boundsTheNesting() {
        let deep = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(scanError(deep) == nil)
        Self.expectError("<r>" + deep + "</r>", .tooDeep(limit: 256), column: 3 * 256 + 1)
        Self.expectError(String(repeating: "<a>", count: 1_000_000), .tooDeep(limit: 256), column: 3 * 256 + 1)
    }

    @Test func throwsTheSameErrorOnEveryLaterCall() throws {
        var scanner = XMLScanner(Array("<a></b><c/>".utf8))
        #expect(try scanner.next() == .start(XMLElement(name: XMLString(Array("a".utf8)[...]), attributes: [], isEmpty: false)))
        let first = #expect(throws: XMLError.self) { try scanner.next() }
        let again = #expect(throws: XMLError.self) { try scanner.next() }
        #expect(first == again)
    }
}

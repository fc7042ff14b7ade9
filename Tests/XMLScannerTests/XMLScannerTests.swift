import Testing
import XMLScanner

/// Well-formed documents: the tokens, the decoded text, and slices of the document where nothing is decoded.
@Suite struct XMLScannerTests {
    @Test func readsTagsAttributesAndTextAndSkipsTheRest() throws {
        let document = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- made by hand -->
            <x:worksheet xmlns:x="urn:x" xmlns:r="urn:r"><sheetData>
            <row r="1" spans='1:2'><c r="A1" t="s"><v>0</v></c><c r="B1"/><?pi data?></row></sheetData>
            </x:worksheet>
            <!-- after -->

            """
        #expect(try tokens(document) == [
            "<x:worksheet xmlns:x=\"urn:x\" xmlns:r=\"urn:r\">", "<sheetData>", "\n",
            "<row r=\"1\" spans=\"1:2\">", "<c r=\"A1\" t=\"s\">", "<v>", "0", "</v>", "</c>", "<c r=\"B1\"/>", "</c>", "</row>",
            "</sheetData>", "\n", "</x:worksheet>",
        ])
    }

    @Test func decodesReferencesLineEndsAndCDATA() throws {
        #expect(try tokens("<t>&lt;&gt;&amp;&apos;&quot; &#65;&#x41;&#xf8;&#248;&#128512;</t>")[1] == "<>&'\" AAøø😀")
        #expect(try tokens("<t>a\r\nb\rc\n</t>")[1] == "a\nb\nc\n")
        #expect(try tokens("<t>a<![CDATA[<b>&amp;\r\n]]>c</t>") == ["<t>", "a", "<b>&amp;\n", "c", "</t>"])
        #expect(try tokens("<t><![CDATA[]]></t>") == ["<t>", "</t>"])
        #expect(try tokens("<c v=\"a\tb\nc\r\nd&#10;&#9;e &lt;&amp;\"/>")[0] == "<c v=\"a b c d\n\te <&\"/>")
        #expect(try tokens("<c v='say \"hi\"' w=\"it's\"/>")[0] == "<c v=\"say \"hi\"\" w=\"it's\"/>")
    }

    @Test func givesSlicesOfTheDocumentWhereNothingIsDecoded() throws {
        let document = Array("<row r=\"7\">Greve &amp; Køge<c>Greve</c></row>".utf8)
        var scanner = XMLScanner(document)
        guard case .start(let row) = try scanner.next(), case .text(let decoded) = try scanner.next(),
              case .start = try scanner.next(), case .text(let plain) = try scanner.next() else {
            Issue.record("unexpected tokens")
            return
        }
        #expect(row.name.bytes.startIndex == 1 && row.attribute("r")?.bytes.startIndex == 8, "slices of the document")
        #expect(plain.bytes.startIndex == 31 && plain == "Greve")
        #expect(decoded.bytes.startIndex == 0 && decoded == "Greve & Køge", "a new array")
        #expect(scanner.tokenOffset == 31)
        #expect(scanner.lineAndColumn(at: 31) == (1, 31), "ø is one character of two bytes")
    }

    @Test func splitsNamesAtTheirPrefix() throws {
        var scanner = XMLScanner(Array("<x:sheet r:id=\"rId1\" name=\"Ark1\"/>".utf8))
        guard case .start(let sheet) = try scanner.next() else {
            Issue.record("no start tag")
            return
        }
        #expect(sheet.name.prefix == XMLString(Array("x".utf8)[...]) && sheet.name.localName == "sheet")
        #expect(sheet.attributes[0].name.prefix?.string == "r" && sheet.attributes[0].name.localName == "id")
        #expect(sheet.attributes[1].name.prefix == nil && sheet.attribute("name")?.string == "Ark1" && sheet.attribute("id") == nil)
        #expect(try scanner.next() == .end(sheet.name))
        #expect(try scanner.next() == nil)
    }

    @Test func countsLinesAndColumnsInCharacters() {
        let error = scanError("<a>\n  <b>æøå</c>\n</a>")
        #expect(error?.problem == .mismatchedEndTag(expected: "b", found: "c"))
        #expect(error?.offset == 15 && error?.line == 2 && error?.column == 9)
        #expect(error?.description == "line 2, column 9: the end tag </c> does not close <b>.")
    }
}

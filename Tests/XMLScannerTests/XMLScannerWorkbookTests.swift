import Testing
import FordelingTestSupport
import XMLScanner
import ZIPArchive

/// The XML of a real workbook, made by LibreOffice: every part scans, and the strings come out decoded.
@Suite struct XMLScannerWorkbookTests {
    @Test func scansEveryPartOfAWorkbookThatLibreOfficeWrites() throws {
        let workbook = try ZIPReader(try ExternalTools.libreOfficeWorkbook(fromCSV: "Kommune,Beløb\nGreve,1445162\n\"Køge & Stevns <1>\",2000\n"))
        for entry in workbook.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            #expect(scanError(try workbook.read(entry)) == nil, "\(entry.name)")
        }
        var scanner = XMLScanner(try workbook.read("xl/sharedStrings.xml"))
        var strings: [String] = []
        var inText = false
        while let token = try scanner.next() {
            switch token {
            case .start(let element): inText = element.name == "t"
            case .text(let text) where inText: strings.append(text.string)
            default: inText = false
            }
        }
        #expect(strings == ["Kommune", "Beløb", "Greve", "Køge & Stevns <1>"])
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats
import ZIPArchive

/// The workbook writer's parts and XML, on a split computed from a small key.
@Suite struct XLSXWriterTests {
    /// The batch of one split of `total` øre over the key in `csv`, as `fordel split` makes it, in `mode`.
    static func batch(_ csv: String = "Part;Vægt\nA & <B>;0,825\n=SUM(A1);1,5\nC\u{1};2\n", total: Int128 = 100_000_000,
                      mode: RoundingMode = .reconciled, divisor: DecimalValue? = nil) throws -> BatchResult {
        let table = try KeyTableReader.read(try CSVReader.read(csv, file: "k.csv"), id: "k", requireProvenance: false)
        let key = try KeyIndex(table, register: nil, registerFiles: [])
        let reference = KeyReference.table(id: "k", column: table.columns[0])
        var definition = try Definition(id: "split", title: "Fordeling", year: 2024, membership: .init(.everyoneInKey),
                                        allocation: .init(rule: .split(total: total), key: reference, measure: .money(.krone), mode: mode, divisor: divisor),
                                        locations: [:])
        definition.columns = [.values(reference), .share(reference)]
        let inputs = BatchInputs(definitions: [definition], context: AllocationContext(register: nil, registerFiles: [], keys: ["k": key]),
                                 approved: [], scenarios: [])
        return try Batch.run(inputs) { SheetPresentation($0).table }
    }

    static func sheet(_ csv: String = "Part;Vægt\nA & <B>;0,825\n=SUM(A1);1,5\nC\u{1};2\n", total: Int128 = 100_000_000,
                      mode: RoundingMode = .reconciled, divisor: DecimalValue? = nil) throws -> Sheet {
        try #require(try batch(csv, total: total, mode: mode, divisor: divisor).sheets.first)
    }

    static let provenance = Provenance(toolVersion: "9.9", files: [.init(path: "k.csv", relativePath: "keys/k.csv", sha256: "ab")])

    static func parts(_ workbook: [UInt8]) throws -> [String: String] {
        let reader = try ZIPReader(workbook)
        var parts: [String: String] = [:]
        for entry in reader.entries { parts[entry.name] = String(decoding: try reader.read(entry), as: UTF8.self) }
        return parts
    }

    static func worksheet(_ sheet: Sheet) throws -> String {
        try #require(try parts(XLSXWriter.sheet(sheet, provenance: provenance))["xl/worksheets/sheet1.xml"])
    }

    @Test func aSheetIsAWorkbookOfOneWorksheetWithFixedPartsAndDates() throws {
        let workbook = XLSXWriter.sheet(try Self.sheet(), provenance: Self.provenance)
        #expect(try ZIPReader(workbook).entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                                                               "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        #expect(XLSXWriter.sheet(try Self.sheet(), provenance: Self.provenance) == workbook)
        let parts = try Self.parts(workbook)
        #expect(parts["docProps/core.xml"]?.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>"#) == true)
        #expect(parts["docProps/core.xml"]?.contains("<dc:title>Fordeling (2024)</dc:title><dc:creator>Fordeling 9.9</dc:creator>") == true)
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="split" sheetId="1" r:id="rId1"/>"#) == true)
        #expect(parts["xl/workbook.xml"]?.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'split'!$3:$3</definedName>"#) == true)
    }

    @Test func numbersAreTheirExactDigitsAndATotalThatSumsItsRowsIsASumFormula() throws {
        let xml = try Self.worksheet(try Self.sheet())
        // The title in A1, the headings in row 3, which stays in view.
        #expect(xml.contains(#"<c r="A1" s="3" t="inlineStr"><is><t>Fordeling (2024)</t></is></c>"#))
        #expect(xml.contains(#"<c r="B3" s="2" t="inlineStr"><is><t>Vægt</t></is></c>"#))
        #expect(xml.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#))
        // Key values with their decimals, shares and amounts: numbers, never text.
        #expect(xml.contains(#"<c r="B4" s="\#(CellStyles.number(decimals: 3, bold: false))"><v>0.825</v></c>"#))
        #expect(xml.contains(#"<c r="C4" s="\#(CellStyles.number(decimals: 2, bold: false))"><v>19.08</v></c>"#))
        #expect(xml.contains(#"<c r="D4" s="\#(CellStyles.number(decimals: 0, bold: false))"><v>190751</v></c>"#))
        #expect(xml.contains(#"<c r="D7" s="\#(CellStyles.number(decimals: 0, bold: true))"><f>SUM(D4:D6)</f><v>1000000</v></c>"#))
        #expect(xml.contains(#"<c r="B7" s="\#(CellStyles.number(decimals: 3, bold: true))"><f>SUM(B4:B6)</f><v>4.325</v></c>"#))
        #expect(xml.contains(#"<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(xml.contains("<t>keys/k.csv</t>") && xml.contains("<t>SHA-256 ab</t>") && xml.contains("<t>Beregnet af Fordeling 9.9</t>"))
    }

    @Test func textIsEscapedAndNeverAFormula() throws {
        let xml = try Self.worksheet(try Self.sheet())
        #expect(xml.contains(#"<c r="A4" t="inlineStr"><is><t>A &amp; &lt;B&gt;</t></is></c>"#))
        #expect(xml.contains(#"<c r="A5" t="inlineStr"><is><t>=SUM(A1)</t></is></c>"#))
        #expect(xml.contains(#"<c r="A6" t="inlineStr"><is><t>C_x0001_</t></is></c>"#))
        #expect(xml.components(separatedBy: "<f>").count == 4)  // the three sums of the total row, and nothing else
    }

    @Test func aTotalThatIsNotTheSumOfItsRowsStaysAValue() throws {
        let published = try Self.sheet("Part;Vægt\nA;1\nB;1\nC;1\n", total: 100_000, mode: .published, divisor: DecimalValue(units: 3))
        let xml = try Self.worksheet(published)
        #expect(xml.contains(#"<c r="D7" s="\#(CellStyles.number(decimals: 0, bold: true))"><v>1000</v></c>"#))
        #expect(xml.contains(#"<c r="B7" s="\#(CellStyles.number(decimals: 0, bold: true))"><f>SUM(B4:B6)</f><v>3</v></c>"#))
    }

    @Test func theBatchWorkbookListsEverySheetThenHasAWorksheetForEach() throws {
        let batch = try Self.batch()
        let files = XLSXWriter().files(for: BatchOutput(batch, provenance: Self.provenance))
        #expect(files.map(\.name) == ["split.xlsx", "fordeling.xlsx"])
        let parts = try Self.parts(files[1].bytes)
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="Oversigt" sheetId="1" r:id="rId1"/><sheet name="split" sheetId="2" r:id="rId2"/>"#) == true)
        let overview = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(overview.contains(#"<hyperlink ref="A4" location="'split'!A1"/>"#))
        #expect(overview.contains(#"<c r="D4" s="\#(CellStyles.number(decimals: 0, bold: false))"><v>1000000</v></c>"#))
        #expect(parts["xl/worksheets/sheet2.xml"] == (try Self.worksheet(batch.sheets[0])))
        #expect(XLSXWriter().files(for: BatchOutput(sheets: batch.sheets, provenance: Self.provenance)).map(\.name) == ["split.xlsx"])
    }

    @Test func worksheetNamesAreWhatExcelTakes() {
        let long = String(repeating: "a", count: 40)
        #expect(WorksheetNames.unique(["Oversigt", "oversigt", "a/b:c", long, long, "'x'", "", "History"])
                    == ["Oversigt", "oversigt (2)", "a_b_c", String(repeating: "a", count: 31), String(repeating: "a", count: 27) + " (2)", "_x_", "Ark", "History (2)"])
    }

    @Test func numberFormatsShowTheDecimalsGrouped() {
        #expect(CellStyles.format(decimals: 0) == "#,##0")
        #expect(CellStyles.format(decimals: 2) == "#,##0.00")
        #expect(CellStyles.number(decimals: 40, bold: false) == CellStyles.number(decimals: CellStyles.maxDecimals, bold: false))
        #expect(String(decoding: CellStyles.xml, as: UTF8.self).contains(##"<numFmt numFmtId="167" formatCode="#,##0.000"/>"##))
    }

    @Test func whatTheWriterWritesTheReaderReadsAsTheCSVFile() throws {
        let sheet = try Self.sheet()
        let csv = try SheetTableReader.read(try TextDecoding.decode(CSVWriter.sheet(sheet, provenance: Self.provenance), file: "s.csv"), file: "s.csv").table
        let text = try TableText.read(XLSXWriter.sheet(sheet, provenance: Self.provenance), file: "s.xlsx")
        let workbook = try SheetTableReader.read(text.text, file: "s.xlsx", worksheet: text.worksheet).table
        #expect(workbook.columns == csv.columns)
        #expect(workbook.rows.map(\.label) == csv.rows.map(\.label))
        #expect(workbook.rows.map(\.values) == csv.rows.map(\.values))
        #expect(workbook.total?.values == csv.total?.values)
        #expect(workbook.location(of: workbook.rows[1], column: 2).description == "s.xlsx!split!D5")
    }
}

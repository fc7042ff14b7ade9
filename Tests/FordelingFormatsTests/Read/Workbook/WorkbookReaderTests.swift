import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats
import ZIPArchive

/// The workbook reader on hand-made parts: cells of every type, shared strings with rich text, formulas with and
/// without saved values, and what becomes of each as the text the table readers read.
@Suite struct WorkbookReaderTests {
    static let strings = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kommune</t></si><si><t>Befolkning</t></si><si><r><rPr><b/></rPr><t>Gre</t></r><r><t>ve</t></r><rPh sb="0" eb="1"><t>ぐれ</t></rPh></si><si><t># kilde: seed</t></si><si><t xml:space="preserve">  Køge _x000D_ </t></si></sst>"#

    static func worksheet(_ rows: String) -> [UInt8] {
        Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\#(rows)</sheetData></worksheet>"#.utf8)
    }

    static func text(_ rows: String, strings: String = strings) throws -> String {
        try TableText.read(fuzzWorkbookFile(worksheet: worksheet(rows), sharedStrings: Array(strings.utf8)), file: "b.xlsx").text
    }

    static func error(_ rows: String) throws -> String {
        let error = try #require(throws: InputError.self) { try text(rows) }
        return ErrorWording.text(error)
    }

    @Test func sharedStringsJoinTheirRunsWithoutPhoneticGuides() throws {
        #expect(try Self.text(#"<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="s"><v>4</v></c></row>"#) == "Greve;  Køge   \n")
    }

    @Test func rowsAreLinesAndColumnsAreFieldsWithGapsKept() throws {
        let text = try Self.text(#"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row><row r="5"><c r="B5"><v>7</v></c></row>"#)
        #expect(text == "\nKommune;;Befolkning\n\n\n;7\n")
    }

    @Test func cellsWithoutReferencesFollowTheOnesBefore() throws {
        #expect(try Self.text(#"<row><c t="s"><v>0</v></c><c><v>1</v></c></row><row><c><v>2</v></c></row>"#) == "Kommune;1\n2\n")
    }

    @Test func everyTypeOfCellReadsAsItShows() throws {
        let row = #"<row r="1"><c r="A1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line; "x"</t></r></is></c>"#
            + #"<c r="B1"><v>0.82499999999999996</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="str"><f>A1</f><v>r_x0041_</v></c>"#
            + #"<c r="F1" s="3"/><c r="G1" t="d"><v>2019-01-01</v></c><c r="H1"><f>SUM(B1:B1)</f><v>1445162</v></c></row>"#
        #expect(try Self.text(row) == #""inline; ""x""";0,825;SAND;FALSK;rA;;2019-01-01;1445162"# + "\n")
    }

    @Test func numbersReadAsTheirStylesShowThem() throws {
        let styles = ##"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"/></numFmts><cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>"##
            + #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="4"/></cellXfs></styleSheet>"#
        let rows = #"<row r="1"><c r="A1" s="1"><v>0.82</v></c><c r="B1" s="2"><v>6.0400000000000002E-2</v></c><c r="C1" s="3"><v>100</v></c>"#
            + #"<c r="D1" s="0"><v>6.4</v></c><c r="E1" s="9"><v>1.5</v></c></row>"#
        let formats = try NumberFormats(Array(styles.utf8), path: "xl/styles.xml", file: "b.xlsx")
        let text = try WorksheetText.read(Self.worksheet(rows), part: "xl/worksheets/sheet1.xml", strings: [], formats: formats, file: "b.xlsx", worksheet: "Ark1")
        #expect(text == "0,820;6,04;100,00;6,4;1,5\n")
    }

    @Test func aRowThatStartsWithAHashIsAMetadataLineAsWritten() throws {
        let text = try Self.text(#"<row r="1"><c r="A1" t="inlineStr"><is><t># kilde: a</t></is></c><c r="B1" t="inlineStr"><is><t> b "c"</t></is></c></row>"#)
        #expect(text == "# kilde: a; b \"c\"\n")
        let labelled = try Self.text(#"<row r="1"><c r="A1" t="inlineStr"><is><t># kilde:</t></is></c><c r="C1" t="inlineStr"><is><t>Danmarks Statistik</t></is></c></row>"#)
        #expect(labelled == "# kilde: Danmarks Statistik\n")
    }

    @Test func aLoneCellWithACommaIsQuotedSoItStaysOneField() throws {
        let text = try Self.text(#"<row r="1"><c r="A1" t="inlineStr"><is><t>Bidrag, 2019</t></is></c></row><row r="2"><c r="A2"><v>1.5</v></c><c r="B2" t="inlineStr"><is><t>a,b</t></is></c></row><row r="3"><c r="A3"><v>2.5</v></c></row>"#)
        #expect(text == "\"Bidrag, 2019\"\n1,5;a,b\n\"2,5\"\n")
    }

    @Test func aFormulaWithoutASavedValueIsAnErrorAtItsCell() throws {
        let message = try Self.error(#"<row r="7"><c r="B7"><f>SUM(B1:B6)</f></c></row>"#)
        #expect(message == "b.xlsx!Ark1!B7: the cell holds a formula without a saved value. Open the workbook in Excel or LibreOffice so that it calculates, and save it again; or type the value instead of the formula.")
    }

    @Test func aFormulaWithAnEmptyValueHasNoSavedValueUnlessItGivesText() throws {
        #expect(try Self.error(#"<row r="2"><c r="C2"><f>SUM(1,2)</f><v></v></c></row>"#).hasPrefix("b.xlsx!Ark1!C2: the cell holds a formula without a saved value."))
        #expect(try Self.text(#"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="str"><f>""</f><v></v></c><c r="D2"><v></v></c></row>"#) == "\nKommune\n")
    }

    @Test func aWorksheetRowMayEndBeforeTheHeaderDoes() throws {
        let document = try CSVReader.read("Kommune;Befolkning;Note\nGreve;50569\n", file: "b.xlsx", worksheet: "Ark1")
        #expect(document.records[0].fields == ["Greve", "50569", ""])
        #expect(throws: InputError.self) { try CSVReader.read("Kommune;Befolkning;Note\nGreve;50569\n", file: "b.csv") }
        let error = try #require(throws: InputError.self) { try CSVReader.read("Kommune;Befolkning\nGreve;1;2\n", file: "b.xlsx", worksheet: "Ark1") }
        #expect(error.location?.description == "b.xlsx!Ark1!C2")
    }

    @Test func anErrorValueIsAnErrorAtItsCell() throws {
        #expect(try Self.error(#"<row r="3"><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>"#)
                    .hasPrefix("b.xlsx!Ark1!C3: the cell holds the error value #DIV/0!."))
    }

    @Test(arguments: [
        (#"<row r="2"><c r="A2" t="s"><v>9</v></c></row>"#, "b.xlsx!Ark1!A2: the cell refers to shared string '9'"),
        (#"<row r="2"><c r="A2"><v>12a</v></c></row>"#, "b.xlsx!Ark1!A2: the cell's number '12a' is not a number"),
        (#"<row r="2"><c r="A3"><v>1</v></c></row>"#, "b.xlsx!Ark1!A2: a cell of row 2 is at 'A3'"),
        (#"<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>1</v></c></row>"#, "b.xlsx!Ark1!B2: a cell of row 2 is at 'A2'"),
        (#"<row r="5"/><row r="2"/>"#, "b.xlsx!Ark1!A5: a row is numbered '2'"),
        (#"<row r="1048577"/>"#, "b.xlsx!Ark1!A1: a row is numbered '1048577'"),
        (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, "b.xlsx!Ark1!A1: a cell of row 1 is at 'XFE1'"),
        (#"<row r="1"><c r="A1" t="b"><v>2</v></c></row>"#, "b.xlsx!Ark1!A1: the cell's truth value is '2'"),
        (#"<row r="1"><c r="A1" t="x"><v>2</v></c></row>"#, "b.xlsx!Ark1!A1: the cell has the type 'x'"),
        (#"<row r="1"><c r="A1"><v>1</v></row>"#, "b.xlsx: the workbook's part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 1, column"),
    ])
    func aCellThatCannotBeReadIsAnErrorAtIt(rows: String, message: String) throws {
        #expect(try Self.error(rows).hasPrefix(message))
    }

    @Test func valuesFarApartAreRefusedBeforeTheyExpand() throws {
        let rows = (1...1_100).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        #expect(try Self.error(rows).contains("the worksheet's values lie too far apart to read as a table"))
    }

    @Test func anXMLBombIsRefusedAtItsDoctype() throws {
        let bomb = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>"#
        let error = try #require(throws: InputError.self) { try Self.text(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, strings: bomb) }
        #expect(ErrorWording.text(error).contains("'xl/sharedStrings.xml' is not well-formed XML (line 1, column 22: a document type declaration (<!DOCTYPE), which is refused"))
    }

    @Test func aWorksheetIsChosenByNameWithoutCaseOrIsTheFirst() throws {
        let book = try Workbook(Self.twoSheets(), file: "b.xlsx")
        #expect(book.worksheets.map(\.name) == ["Oversigt", "Befolkning 2019"])
        #expect(try book.worksheet(nil).name == "Oversigt")
        #expect(try book.worksheet("befolkning 2019").text == "Greve;50569\n")
        let error = try #require(throws: InputError.self) { try book.worksheet("Ark9") }
        #expect(ErrorWording.text(error) == "b.xlsx: the workbook has no worksheet 'Ark9'. Name one of its worksheets: 'Oversigt', 'Befolkning 2019'.")
    }

    @Test func aCellInAWorksheetWithSpacesInItsNameIsQuotedAsExcelDoes() throws {
        let location = SourceLocation(file: "b.xlsx", line: 7, field: "column 'x'", worksheet: "Befolkning 2019", column: 27)
        #expect(location.description == "b.xlsx!'Befolkning 2019'!AB7: column 'x'")
        #expect(SourceLocation(file: "b.xlsx", line: 3, worksheet: "Ark1").description == "b.xlsx!Ark1!A3")
        #expect(SourceLocation(file: "b.xlsx", worksheet: "it's").description == "b.xlsx!'it''s'")
        #expect(SourceLocation(file: "b.csv", line: 3, field: "column 'x'", column: 2).description == "b.csv:3: column 'x'")
    }

    /// A workbook with two worksheets, the second at a path given from the root.
    static func twoSheets() throws -> [UInt8] {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var writer = ZIPWriter()
        try writer.add("_rels/.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8))
        try writer.add("xl/workbook.xml", Array(#"<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="\#(relationships)"><x:sheets><x:sheet name="Oversigt" sheetId="1" rel:id="rId1"/><x:sheet name="Befolkning 2019" sheetId="2" rel:id="rId2"/></x:sheets></x:workbook>"#.utf8))
        try writer.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(relationships)/worksheet" Target="/xl/worksheets/../worksheets/sheet2.xml"/></Relationships>"#.utf8))
        try writer.add("xl/worksheets/sheet1.xml", worksheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#))
        try writer.add("xl/worksheets/sheet2.xml", Array(#"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Greve</x:t></x:is></x:c><x:c r="B1"><x:v>50569</x:v></x:c></x:row></x:sheetData></x:worksheet>"#.utf8))
        return writer.finish()
    }
}

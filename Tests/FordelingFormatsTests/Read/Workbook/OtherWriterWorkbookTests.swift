import Foundation
import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// A workbook written by another program: openpyxl (from PyPI, in a virtual environment under .build/; the test fails
/// without python3 or PyPI), with shared strings, binary floats, number formats, bold headings and several worksheets.
@Suite struct OtherWriterWorkbookTests {
    static let script = """
    import openpyxl
    from openpyxl.styles import Font
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Forside"
    cover["A1"] = "Befolkning i KKR Sjælland"
    key = book.create_sheet("Befolkning 2019")
    key.append(["# kilde: Danmarks Statistik, FOLK1A"])
    key.append(["# årgang: 2019"])
    key.append(["Kommune", "Befolkning", "DUT-nøgle", "Andel"])
    for cell in key[3]:
        cell.font = Font(bold=True)
    key.append(["Greve", 50569, 0.825, 0.0604])
    key.append(["Køge", 60828.0, 1.08, 0.0727])
    key.append(["Lejre", 27447, 0.1 + 0.338, 0.0328])
    key.append(["Sorø & <Stevns>", 29584, 0.517, None])
    for row in range(4, 8):
        key.cell(row, 2).number_format = "#,##0"
        key.cell(row, 3).number_format = "0.000"
        key.cell(row, 4).number_format = "0.00%"
    formulas = book.create_sheet("Formler")
    formulas["A1"] = "Total"
    formulas["B1"] = "=SUM(1,2)"
    book.save("openpyxl.xlsx")
    """

    @Test func aWorkbookFromOpenpyxlIsReadAsItShows() throws {
        let python = try ExternalTools.pythonWithOpenpyxl()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ExternalTools.python(Self.script, with: python, in: folder)
        let bytes = try folder.read("openpyxl.xlsx")
        #expect(try Workbook(bytes, file: "b.xlsx").worksheets.map(\.name) == ["Forside", "Befolkning 2019", "Formler"])

        let table = try TableText.read(bytes, file: "b.xlsx", sheet: "Befolkning 2019")
        #expect(table.worksheet == "Befolkning 2019")
        let key = try KeyTableReader.read(try CSVReader.read(table.text, file: table.file, worksheet: table.worksheet), id: "k", requireProvenance: true)
        #expect(key.source == "Danmarks Statistik, FOLK1A")
        #expect(key.vintage == "2019")
        #expect(key.columns == ["Befolkning", "DUT-nøgle", "Andel"])
        #expect(key.rows.map(\.party) == ["Greve", "Køge", "Lejre", "Sorø & <Stevns>"])
        let number = { (units: Int128, scale: Int) in KeyTable.Value.number(DecimalValue(units: units, scale: scale)) }
        #expect(key.rows.map(\.values) == [
            [number(50_569, 0), number(825, 3), number(604, 2)],
            [number(60_828, 0), number(1_080, 3), number(727, 2)],
            [number(27_447, 0), number(438, 3), number(328, 2)],
            [number(29_584, 0), number(517, 3), .empty],
        ])
        #expect(key.rows[2].location.description == "b.xlsx!'Befolkning 2019'!A6: column 'Kommune'")

        let error = try #require(throws: InputError.self) { try TableText.read(bytes, file: "b.xlsx", sheet: "Formler") }
        #expect(ErrorWording.text(error).hasPrefix("b.xlsx!Formler!B1: the cell holds a formula without a saved value."))
        let first = try TableText.read(bytes, file: "b.xlsx")
        #expect(first.worksheet == "Forside")
        #expect(first.text == "Befolkning i KKR Sjælland\n")
    }
}

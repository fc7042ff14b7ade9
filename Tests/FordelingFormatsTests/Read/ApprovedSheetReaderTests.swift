import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct ApprovedSheetReaderTests {
    static let text = """
    # kilde: seed linje 1-9
    # ark: erhvervshus-2019
    # kkr: Sjælland
    # total: Samlet
    # kolonne Befolkning: nøgle
    # kolonne Pct.: andel af Befolkning
    # kolonne Bidrag: beløb
    # kolonne Forskel: beløb forskel
    Kommune;Befolkning;Pct.;Bidrag;Forskel;Note
    Greve;50.569;6,04;kr. 1.445.162;1014.819;-
    Køge;60.828;7,27;1.738.344 kr.;-;ja
    Samlet;111.397;13,31;kr. 3.183.506;;
    """

    @Test func readsRolesLinksAndTheTotalRow() throws {
        let (sheet, findings) = try ApprovedSheetReader.read(Self.text, file: "a.csv")
        #expect(sheet.sheetID == "erhvervshus-2019" && sheet.kkr == "Sjælland" && sheet.source == "seed linje 1-9")
        #expect(sheet.roles == [.key, .share(of: "Befolkning"), .amount(.amount), .amount(.difference), .ignored])
        #expect(sheet.table.rows.map(\.label) == ["Greve", "Køge"])
        #expect(sheet.table.total?.label == "Samlet")
        #expect(sheet.table.rows[0].values[2] == .number(DecimalValue(units: 1_445_162)))
        #expect(sheet.table.rows[1].values[3] == .empty)
        #expect(sheet.table.rows[1].values[4] == .text("ja"))
        // "1014.819" is not a Danish number; it is read as intended and warned about.
        #expect(sheet.table.rows[0].values[3] == .number(DecimalValue(units: 1_014_819)))
        let odd = try #require(findings.first)
        #expect(odd.severity == .warning && odd.location == SourceLocation(file: "a.csv", line: 10, field: "column 'Forskel'"))
        #expect(odd.kind == .oddNumber(written: "1014.819", read: DecimalValue(units: 1_014_819)))
        #expect(FindingWording.message(odd.kind) == "Tallet '1014.819' er skrevet usædvanligt og læst som 1.014.819")
    }

    @Test func unknownRolesAndColumnsAndAMissingSourceAreErrors() throws {
        let badRole = try #require(throws: InputError.self) {
            try ApprovedSheetReader.read(Self.text.replacingOccurrences(of: "beløb forskel", with: "penge"), file: "a.csv")
        }
        #expect(ErrorWording(badRole).problem == "unknown column role 'penge'" && badRole.location?.line == 8)
        let badColumn = try #require(throws: InputError.self) {
            try ApprovedSheetReader.read(Self.text.replacingOccurrences(of: "# kolonne Bidrag", with: "# kolonne Bidrg"), file: "a.csv")
        }
        #expect(ErrorWording(badColumn).problem == "no column 'bidrg' in the header")
        #expect(throws: InputError.self) { try ApprovedSheetReader.read(Self.text.replacingOccurrences(of: "# kilde: seed linje 1-9\n", with: ""), file: "a.csv") }
    }

    @Test func readsTheSheetsFordelingWrites() throws {
        let csv = "\u{FEFF}Titel (2019)\r\n\r\nKommune;Kommunenr.;Beløb\r\nGreve;253;'-5\r\nKøge;259;10\r\nI alt;;5\r\n\r\nTotal;5 kr.\r\n"
        let table = try SheetTableReader.read(String(csv.dropFirst()), file: "o.csv").table
        #expect(table.columns == ["Beløb"])
        #expect(table.rows.map(\.code) == ["253", "259"])
        #expect(table.rows[0].values == [.text("-5")])
        #expect(table.total?.values == [.number(DecimalValue(units: 5))])
    }
}

import Foundation
import Testing
import FordelingTestSupport

/// `diff` and `check` never read a sheet silently wrong: a number they cannot read for sure, a party listed
/// twice, a figure too large to compute and a declaration the inputs do not know are each a finding or a
/// located error.
@Suite struct AuditInputTests {
    /// A temporary folder of small sheets written for a test, in which `fordel` runs with the repository's inputs.
    typealias Folder = ScratchFolder

    /// The approved Erhvervshus sheet with `old` replaced by `new`.
    static func approved(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("approved/erhvervshus-2019.csv"), encoding: .utf8)
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test(arguments: [("12.5", "12,5"), ("0.5", "0,5"), ("1234.56", "1.234,56")])
    func aDotThatCannotGroupThousandsIsADecimalPointReadAndWarnedAbout(dotted: String, read: String) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nGreve;1\nKøge;\(dotted)\n")
        try folder.write("b.csv", "Kommune;Beløb\nGreve;1\nKøge;\(read)\n")
        let diff = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(diff.status == 0)
        #expect(diff.stdout == "Ingen forskelle mellem a.csv og b.csv (2 celler sammenlignet).\n")
        #expect(diff.stderr == "advarsel: a.csv:3: column 'Beløb': Køge [Beløb] Tallet '\(dotted)' har punktum som decimaltegn og er læst som \(read)\n")
        try folder.write("s.csv", try Self.approved(replacing: "Køge;60.828;7,27;1,08;", with: "Køge;60.828;7,27;\(dotted);"))
        let check = try folder.run(["check", "s.csv"])
        #expect(check.stdout.contains("  advarsel: s.csv:12: column 'DUT-nøgle': Køge [DUT-nøgle] Tallet '\(dotted)' har punktum som decimaltegn og er læst som \(read)\n"))
    }

    @Test func aMisplacedGroupingDotIsReadAsIntendedAndWarnedAboutByDiff() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nRoskilde;1014.819\n")
        try folder.write("b.csv", "Kommune;Beløb\nRoskilde;1.014.819\n")
        let result = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(result.status == 0)
        #expect(result.stderr == "advarsel: a.csv:2: column 'Beløb': Roskilde [Beløb] Tallet '1014.819' er skrevet usædvanligt og læst som 1.014.819\n")
        #expect(result.stdout == "Ingen forskelle mellem a.csv og b.csv (1 celler sammenlignet).\n")
    }

    @Test func aPartyListedTwiceInOneSheetIsADifferenceNamingBothLines() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nGreve;1\nKøge;3\ngreve  kommune;1\n")
        try folder.write("b.csv", "Kommune;Beløb\nGreve;1\nKøge;3\n")
        let once = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(once.status == 1)
        #expect(once.stdout == """
            to gange i A: greve  kommune  a.csv:4 (første gang a.csv:2 som Greve)
            0 ændrede celler, 0 ændrede totaler, 0 rækker kun i a.csv, 0 rækker kun i b.csv, 1 parter to gange i a.csv.

            """)
        // The same file on both sides: the party is listed twice in each, and no row is only in one.
        let itself = try folder.run(["diff", "a.csv", "a.csv", "--format", "csv"])
        #expect(itself.status == 1)
        #expect(itself.stdout.contains("\r\nto gange i A;greve  kommune;;;;;a.csv:4 (første gang a.csv:2 som Greve);\r\n"))
        #expect(itself.stdout.contains("\r\nto gange i B;greve  kommune;;;;;;a.csv:4 (første gang a.csv:2 som Greve)\r\n"))
        #expect(!itself.stdout.contains("kun i"))
    }

    @Test func aDifferenceTooLargeToComputeIsADifferenceNotNone() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let nines = String(repeating: "9", count: 38)
        try folder.write("a.csv", "Kommune;Beløb\nGreve;\(nines)\n")
        try folder.write("b.csv", "Kommune;Beløb\nGreve;-\(nines)\n")
        let result = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("ændret: Greve [Beløb]: "))
        #expect(result.stdout.contains("(forskel over 38 cifre)  a.csv:2 / b.csv:2\n1 ændrede celler"))
    }

    @Test func checkSaysWhenAColumnSumIsTooLargeToCompute() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let nines = String(repeating: "9", count: 38)
        try folder.write("s.csv", "# kilde: prøve\n# kolonne Beløb: beløb\nKommune;Beløb\nGreve;\(nines)\nKøge;\(nines)\nI alt;1\n")
        let result = try folder.run(["check", "s.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  fejl: s.csv:6: I alt [Beløb] Kolonnens sum kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her\n"))
    }

    @Test func anAmountWithMoreDecimalsThanTheSheetHoldsBreaksTheRuleAndExplainsNothing() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("s.csv", try Self.approved(replacing: "kr. 1.445.162;", with: "kr. 1.445.162,125;"))
        let result = try folder.run(["check", "s.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  fejl: s.csv:11: Greve [Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr.] Beløbet afviger fra reglen i 'erhvervshus-2019' ud over afrunding (trykt 1.445.162,125, forventet 1.445.162,00, difference 0,125)\n"))
        #expect(!result.stdout.contains("genskabes"))
    }

    @Test func diffAsCSVWritesNumbersAsNumberCells() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nGreve;5\nKøge;1.234,5\n")
        try folder.write("b.csv", "Kommune;Beløb\nGreve;0\nKøge;0\n")
        let result = try folder.run(["diff", "a.csv", "b.csv", "--format", "csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\r\nændret;Greve;Beløb;5;0;-5;a.csv:2;b.csv:2\r\n"))
        #expect(result.stdout.contains("\r\nændret;Køge;Beløb;1234,5;0;-1234,5;a.csv:3;b.csv:3\r\n"))
    }

    @Test func approvedSheetDeclarationsTheInputsDoNotKnowAreErrorsAtTheirLines() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("ark.csv", try Self.approved(replacing: "# ark: erhvervshus-2019", with: "# ark: nope"))
        let sheet = try folder.run(["check", "ark.csv"])
        #expect(sheet.status == 2)
        #expect(sheet.stderr.hasPrefix("error: ark.csv:2: the approved sheet names 'nope', which is not a definition. Use one of: erhvervshus-2019, "))
        try folder.write("kkr.csv", try Self.approved(replacing: "# kkr: Sjælland", with: "# kkr: Atlantis"))
        let kkr = try folder.run(["check", "kkr.csv"])
        #expect(kkr.status == 2)
        #expect(kkr.stderr == "error: kkr.csv:3: the approved sheet names KKR 'Atlantis', which the register does not know. Use one of: Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland.\n")
        #expect(kkr.stdout.isEmpty)
        let source = try Self.approved(replacing: "# kilde: ../shared/seeds/", with: "# titel: Bidrag\n# kilde:\n# note: ../shared/seeds/")
        try folder.write("kilde.csv", source)
        let empty = try folder.run(["check", "kilde.csv"])
        #expect(empty.status == 2)
        #expect(empty.stderr == "error: kilde.csv:2: the line '# kilde:' is empty. Write the seed file and lines after it: '# kilde: <seed file> linje A-B'.\n")
    }
}

import Foundation
import Testing

/// A sheet rounded to 1.000 kr. presents its amounts in thousands (its headings say "1.000 kr.") while it computes in
/// kroner, so it diffs clean with the sheet as printed; `check` and `diff` read a column headed "1.000 kr.",
/// "t.kr." or "i 1000 kr." as thousands of kroner.
@Suite struct ThousandsTests {
    /// An inputs folder with 17,645 mio. kr. split equally over KKR Nordjylland in whole 1.000 kr.
    static func folder(label: String?) throws -> ScratchFolder {
        let folder = try ScratchFolder(inputs: nil)
        try folder.folder("Inputs/keys")
        try folder.write("Inputs/definitions/a.txt", """
            [basis]
            title = Basisbevilling
            year = 2023
            parties = KKR Nordjylland
            rule = split
            key = equal
            total = 17,645 mio. kr.
            unit = 1000
            \(label.map { "label = \($0)" } ?? "")

            """)
        #expect(try folder.run(["run"]).status == 0)
        return folder
    }

    static let printed = """
        # kilde: prøve
        # ark: basis
        # kkr: Nordjylland
        # kolonne 1.000 kr.: beløb
        Kommune;1.000 kr.
        Morsø;1.605
        Thisted;1.604
        Brønderslev;1.604
        Frederikshavn;1.604
        Vesthimmerland;1.604
        Læsø;1.604
        Rebild;1.604
        Mariagerfjord;1.604
        Jammerbugt;1.604
        Aalborg;1.604
        Hjørring;1.604
        Nordjylland i alt;17.645

        """

    @Test func aSheetRoundedToThousandsIsWrittenInThousandsAndDiffsWithThePrintedOne() throws {
        let folder = try Self.folder(label: "1.000 kr.")
        defer { folder.remove() }
        let csv = try folder.read("Outputs/basis.csv")
        #expect(csv.contains("\r\nKommune;Kommunenr.;1.000 kr.\r\nMorsø;773;1605\r\nThisted;787;1604\r\n"))
        #expect(csv.contains("\r\nI alt;;17645\r\n\r\nTotal;17.645.000 kr.\r\n"))
        try folder.write("approved.csv", Self.printed.replacingOccurrences(of: "Nordjylland i alt", with: "I alt"))
        let diff = try folder.run(["diff", "Outputs/basis.csv", "approved.csv"])
        #expect(diff.stdout == "Ingen forskelle mellem Outputs/basis.csv og approved.csv (12 celler sammenlignet).\n")
        #expect(diff.status == 0)
        let check = try folder.run(["check", "approved.csv"])
        #expect(check.stdout == "approved.csv: 0 fejl, 0 advarsler, 0 info\n1 approved sheet checked: 0 fejl, 0 advarsler, 0 info.\n")
    }

    @Test func theDefaultHeadingSaysThousands() throws {
        let folder = try Self.folder(label: nil)
        defer { folder.remove() }
        #expect(try folder.read("Outputs/basis.md").contains("| Kommune | Kommunenr. | Beløb (1.000 kr.) |\n| --- | --- | ---: |\n| Morsø | 773 | 1.605 |\n"))
    }

    @Test func checkReadsAColumnInThousandsAsKroner() throws {
        let folder = try ScratchFolder(inputs: nil)
        defer { folder.remove() }
        try folder.write("s.csv", "# kilde: prøve\n# kolonne Bevilling t.kr.: beløb\nKommune;Bevilling t.kr.\nMorsø;598\nThisted;1.285\nI alt;1.884\n")
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout.contains("  fejl: s.csv:6: I alt [Bevilling t.kr.] Kolonnen summerer til 1.883.000, men totalrækken viser 1.884.000 (trykt 1.884.000, forventet 1.883.000, difference 1.000)\n"))
        #expect(result.status == 1)
    }
}

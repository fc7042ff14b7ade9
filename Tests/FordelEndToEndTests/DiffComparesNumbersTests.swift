import Foundation
import Testing

/// `fordel diff` compares numbers as numbers whatever their decoration (`%`, `kr.`, `mio.`, spaces, no-break
/// spaces); the tolerance applies to numbers; the summary and the exit code agree: exit 1 exactly when a difference
/// beyond the tolerance, or a row only in one sheet, remains.
@Suite struct DiffComparesNumbersTests {
    static let plain = """
        Kommune;Pct.;Beløb;Bevilling
        Greve;6,9;1445162;12.500.000
        Køge;43,1;1.738.344;1.700.000
        Roskilde;50;2.000.000,00;0
        I alt;100;5.183.506;14.200.000

        """

    @Test func aSheetAndItsReDecoratedCopyDoNotDiffer() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("a.csv", Self.plain)
        try folder.write("b.csv", """
            Kommune;Pct.;Beløb;Bevilling
            Greve;6,9%;kr. 1.445.162;12,5 mio.
            Køge;43,1 %;1\u{00A0}738\u{00A0}344 kr.;1,7 mio. kr.
            Roskilde;50 pct.;2 000 000;0,-
            I alt;100 %;5.183.506 kr.;14,2 mio. kr.

            """)
        let result = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(result.stdout == "Ingen forskelle mellem a.csv og b.csv (12 celler sammenlignet).\n")
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0)
    }

    @Test func theToleranceAppliesToNumbersAndTheSummaryAgreesWithTheExitCode() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("a.csv", Self.plain)
        try folder.write("b.csv", Self.plain.replacingOccurrences(of: "Greve;6,9;", with: "Greve;6,905 %;")
                         .replacingOccurrences(of: "I alt;100;", with: "I alt;100,005;"))
        let within = try folder.run(["diff", "a.csv", "b.csv", "--tolerance", "0,01"])
        #expect(within.stdout == "Ingen forskelle mellem a.csv og b.csv (12 celler sammenlignet).\n")
        #expect(within.status == 0)
        let exact = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(exact.stdout == """
            ændret: Greve [Pct.]: 6,9 → 6,905 (0,005)  a.csv:2 / b.csv:2
            ændret: I alt [Pct.]: 100 → 100,005 (0,005)  a.csv:5 / b.csv:5
            1 ændrede celler, 1 ændrede totaler, 0 rækker kun i a.csv, 0 rækker kun i b.csv.

            """)
        #expect(exact.status == 1)
        // A row only in one sheet is a difference whatever the tolerance.
        try folder.write("c.csv", Self.plain.replacingOccurrences(of: "Roskilde;50;2.000.000,00;0\n", with: ""))
        let missing = try folder.run(["diff", "a.csv", "c.csv", "--tolerance", "1.000.000"])
        #expect(missing.stdout == """
            kun i A: Roskilde  a.csv:4
            0 ændrede celler, 0 ændrede totaler, 1 rækker kun i a.csv, 0 rækker kun i c.csv.

            """)
        #expect(missing.status == 1)
    }

    /// A title line with a comma (as Fordeling writes "Fordeling af 1,500 årsværk …") stays a title before a `;`
    /// header: the table is read and compared, by diff and by check, not taken to start at the title.
    @Test func aTitleWithACommaIsNotTakenForTheHeader() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let sheet = """
            \u{FEFF}Fordeling af 1,500 årsværk efter Befolkning, 2019
            # kilde: test linje 1-4
            Kommune;Årsværk;Beløb
            Greve;0,750;1.000
            Køge;0,750;2.000
            I alt;1,500;3.000

            """
        try folder.write("a.csv", sheet)
        try folder.write("b.csv", sheet.replacingOccurrences(of: "Køge;0,750;2.000", with: "Køge;0,750;2.100"))
        let same = try folder.run(["diff", "a.csv", "a.csv"])
        #expect(same.stdout == "Ingen forskelle mellem a.csv og a.csv (6 celler sammenlignet).\n")
        let changed = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("ændret: Køge [Beløb]: 2.000 → 2.100 (100)  a.csv:5 / b.csv:5"), "\(changed.stdout)")
        let checked = try folder.run(["check", "b.csv"])
        #expect(checked.stdout.contains("b.csv:6: I alt [Beløb] Kolonnen summerer til 3.100, men totalrækken viser 3.000"), "\(checked.stdout)")
    }
}

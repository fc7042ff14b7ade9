import Foundation
import Testing
import FordelingCore
import FordelingFormats
import FordelingTestSupport

/// `fordel check` reads every cell it is given, in any form an agenda packet prints it, or says which cell it could
/// not read (file, line, column): a decorated number is summed and checked like a plain one, a decimal point is read
/// by the evidence of its column and sheet, and every reading that is not the plain Danish one is a warning with
/// the value taken.
@Suite struct CheckReadsEveryCellTests {
    @Test func decoratedAmountsAndPercentagesAreReadSummedAndChecked() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("s.csv", """
            # kilde: prøve
            # kolonne Befolkning: nøgle
            # kolonne Pct.: andel af Befolkning
            # kolonne Beløb: beløb
            Kommune;Befolkning;Pct.;Beløb
            Greve;69;6,9%;1014.819 kr.
            Køge;898;89,7 %;kr. 1014.819
            Roskilde;34;3,3%;1.000
            I alt;1.001;;2.030.638

            """)
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout == """
            s.csv: 0 fejl, 3 advarsler, 0 info
              advarsel: s.csv:6: column 'Beløb': Greve [Beløb] Tallet '1014.819 kr.' er skrevet usædvanligt og læst som 1.014.819
              advarsel: s.csv:7: column 'Beløb': Køge [Beløb] Tallet 'kr. 1014.819' er skrevet usædvanligt og læst som 1.014.819
              advarsel: s.csv:8: Roskilde [Pct.] Procenten passer ikke med rækkens andel af Befolkning (trykt 3,3, forventet 3,4, difference -0,1)
            1 approved sheet checked: 0 fejl, 3 advarsler, 0 info.

            """)
        #expect(result.status == 0)
    }

    @Test func aPointIsReadByTheEvidenceOfItsColumnAndSheet() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // Årsværk are never grouped in thousands, so every point there is a decimal point; the amounts print
        // thousands with points (14.201.285), so 1.285 there is one thousand, and 1.7 and 12.5 are decimals.
        try folder.write("s.csv", """
            # kilde: prøve
            # kolonne Årsværk: tal
            # kolonne Beløb: beløb
            Kommune;Årsværk;Beløb
            Greve;2.5;1.7 mio. kr.
            Køge;1,5;12.5 mio.
            Lejre;1.250;1.285
            I alt;5,25;14.201.285

            """)
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout == """
            s.csv: 0 fejl, 4 advarsler, 0 info
              advarsel: s.csv:5: column 'Årsværk': Greve [Årsværk] Tallet '2.5' har punktum som decimaltegn og er læst som 2,5
              advarsel: s.csv:5: column 'Beløb': Greve [Beløb] Tallet '1.7 mio. kr.' har punktum som decimaltegn og er læst som 1.700.000
              advarsel: s.csv:6: column 'Beløb': Køge [Beløb] Tallet '12.5 mio.' har punktum som decimaltegn og er læst som 12.500.000
              advarsel: s.csv:7: column 'Årsværk': Lejre [Årsværk] Tallet '1.250' har punktum som decimaltegn og er læst som 1,250
            1 approved sheet checked: 0 fejl, 4 advarsler, 0 info.

            """)
        #expect(result.status == 0)
    }

    @Test func aSheetThatWritesOnlyDecimalPointsHasNoThousandsPoints() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("s.csv", "# kilde: prøve\n# kolonne Andel: tal\nKommune;Andel\nGreve;0.5\nKøge;1.250\nI alt;1.750\n")
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout == """
            s.csv: 0 fejl, 3 advarsler, 0 info
              advarsel: s.csv:4: column 'Andel': Greve [Andel] Tallet '0.5' har punktum som decimaltegn og er læst som 0,5
              advarsel: s.csv:5: column 'Andel': Køge [Andel] Tallet '1.250' har punktum som decimaltegn og er læst som 1,250
              advarsel: s.csv:6: column 'Andel': I alt [Andel] Tallet '1.750' har punktum som decimaltegn og er læst som 1,750
            1 approved sheet checked: 0 fejl, 3 advarsler, 0 info.

            """)
    }

    /// Each printed form of `Inputs/README.md`'s table of readings, the value it is read as, and whether that is a
    /// warning, in a column of amounts that prints Danish thousands points.
    static let forms: [(printed: String, value: String, warned: Bool)] = [
        ("1.445.162", "1.445.162", false), ("1445162", "1.445.162", false), ("1 445 162", "1.445.162", false),
        ("kr. 1.445.162", "1.445.162", false), ("1.445.162 kr.", "1.445.162", false), ("1.445.162,00", "1.445.162", false),
        ("1.445.162,-", "1.445.162", false), ("-545.162", "-545.162", false), ("kr. -545.162", "-545.162", false),
        ("6,9 %", "6,9", false), ("6,9%", "6,9", false), ("6,9 pct.", "6,9", false), ("0,825", "0,825", false),
        ("12,5 mio.", "12.500.000", false), ("23,91 mio. kr.", "23.910.000", false), ("598 t.kr.", "598.000", false),
        ("1.285", "1.285", false), ("1014.819", "1.014.819", true), ("1014.819 kr.", "1.014.819", true),
        ("kr. 1014.819", "1.014.819", true), ("2.5", "2,5", true), ("1.7 mio. kr.", "1.700.000", true), ("12.5 mio.", "12.500.000", true),
        ("-", "0", false), ("–", "0", false), ("", "0", false),
    ]

    @Test func everyFormOfTheReadmeIsReadAndSummed() throws {
        let readme = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("README.md"), encoding: .utf8)
        // A municipality for each row: the register's names, after its header.
        let register = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("registers/kommuner.csv"), encoding: .utf8)
        let names = register.split(separator: "\n").dropFirst(2).map { $0.split(separator: ";")[1] }
        var rows: [String] = []
        var total = DecimalValue.zero
        var warnings: [String] = []
        for (index, form) in Self.forms.enumerated() {
            if !form.printed.isEmpty { #expect(readme.contains("`\(form.printed)`"), "Inputs/README.md's table has \(form.printed)") }
            rows.append("\(names[index]);\(form.printed)")
            let value = try DanishNumber.parse(form.value)
            let scale = max(total.scale, value.scale)
            total = DecimalValue(units: try total.units(atScale: scale) + value.units(atScale: scale), scale: scale)
            if form.warned { warnings.append("s.csv:\(index + 4)") }
        }
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("s.csv", "# kilde: prøve\n# kolonne Beløb: beløb\nKommune;Beløb\n" + rows.joined(separator: "\n")
                         + "\nI alt;\(DanishNumberFormat.string(total))\n")
        let result = try folder.run(["check", "s.csv"])
        // No sum error: every form was read and summed; a warning exactly for each reading that is not plain Danish.
        #expect(result.stdout.hasPrefix("s.csv: 0 fejl, \(warnings.count) advarsler, 0 info\n"), "\(result.stdout)")
        for place in warnings { #expect(result.stdout.contains("  advarsel: \(place): column 'Beløb': "), "\(place)") }
        #expect(result.status == 0)
    }

    @Test func aCellThatIsNotANumberIsReportedWithFileLineAndColumn() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("s.csv", "# kilde: prøve\n# kolonne Beløb: beløb\nKommune;Beløb\nGreve;100\nKøge;n/a\nLejre;–\nRoskilde;1.2.3\nSolrød;12,5,0\nI alt;100\n")
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout == """
            s.csv: 2 fejl, 0 advarsler, 1 info
              fejl: s.csv:7: column 'Beløb': Roskilde [Beløb] Cellen '1.2.3' kan ikke læses som et tal (skriv fx 1.445.162, 0,825 eller 6,9 %); kolonnens sum er ikke kontrolleret
              fejl: s.csv:8: column 'Beløb': Solrød [Beløb] Cellen '12,5,0' kan ikke læses som et tal (skriv fx 1.445.162, 0,825 eller 6,9 %); kolonnens sum er ikke kontrolleret
              info: s.csv:5: column 'Beløb': Køge [Beløb] Cellen 'n/a' er tekst, ikke et tal, og tælles ikke med
            1 approved sheet checked: 2 fejl, 0 advarsler, 1 info.

            """)
        #expect(result.status == 1)
        // A column declared not to be checked is not read for findings either.
        try folder.write("p.csv", "# kilde: prøve\n# kolonne Periode: ignorer\nKommune;Periode;Beløb\nGreve;2019-2023;100\nI alt;;100\n")
        #expect(try folder.run(["check", "p.csv"]).stdout == "p.csv: 0 fejl, 0 advarsler, 0 info\n1 approved sheet checked: 0 fejl, 0 advarsler, 0 info.\n")
        // The same cells in `diff`: said on stderr, and compared as written.
        try folder.write("t.csv", "Kommune;Beløb\nGreve;100\nKøge;n/a\nRoskilde;1.2.3\n")
        let diff = try folder.run(["diff", "t.csv", "t.csv"])
        #expect(diff.status == 0)
        #expect(diff.stderr == """
            info: t.csv:3: column 'Beløb': Køge [Beløb] Cellen 'n/a' er tekst, ikke et tal, og tælles ikke med
            fejl: t.csv:4: column 'Beløb': Roskilde [Beløb] Cellen '1.2.3' kan ikke læses som et tal (skriv fx 1.445.162, 0,825 eller 6,9 %); kolonnens sum er ikke kontrolleret
            info: t.csv:3: column 'Beløb': Køge [Beløb] Cellen 'n/a' er tekst, ikke et tal, og tælles ikke med
            fejl: t.csv:4: column 'Beløb': Roskilde [Beløb] Cellen '1.2.3' kan ikke læses som et tal (skriv fx 1.445.162, 0,825 eller 6,9 %); kolonnens sum er ikke kontrolleret

            """)
    }
}

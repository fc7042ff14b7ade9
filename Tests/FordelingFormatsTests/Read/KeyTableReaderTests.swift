import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct KeyTableReaderTests {
    private func read(_ text: String, provenance: Bool = true) throws -> KeyTable {
        try KeyTableReader.read(try CSVReader.read(text, file: "k.csv"), id: "k", requireProvenance: provenance)
    }

    @Test func readsValuesInAnyDanishFormat() throws {
        let table = try read("# kilde: s\n# årgang: 2019\nKommune;Bidrag\nGreve;kr. 900.000\nKøge;1.152.000 kr.\n")
        #expect(table.rows.map(\.values) == [[.number(DecimalValue(units: 900_000))], [.number(DecimalValue(units: 1_152_000))]])
        #expect(table.columns == ["Bidrag"])
        #expect(table.source == "s")
        #expect(table.vintage == "2019")
    }

    @Test func wordsAreKeptAsTextWithTheReasonTheyAreNoNumber() throws {
        let table = try read("# kilde: s\n# årgang: 2019\nKommune;Befolkning;Niveau\nGreve;50.5x9;stor\nKøge;;lille\n")
        #expect(table.columns == ["Befolkning", "Niveau"])
        guard case .text("50.5x9", let problem) = table.rows[0].values[0] else { Issue.record("not text"); return }
        #expect(problem.contains("is not a Danish number"))
        #expect(table.rows[1].values == [.empty, .text("lille", problem: "'lille' is not a number; write it like 1.445.162 or 0,825")])
    }

    @Test func provenanceIsRequiredForInputKeys() throws {
        let error = try #require(throws: InputError.self) { try read("# kilde: s\nKommune;Befolkning\nGreve;1\n") }
        #expect(ErrorWording(error).fix == "Add a line '# årgang: …' before the header with the year the figures describe, e.g. '# årgang: 2019'.")
        #expect(try read("Kommune;Befolkning\nGreve;1\n", provenance: false).rows.count == 1)
    }

    @Test(arguments: ["2019", "2018-2019", "2019 (ØIM)", "ikke oplyst i kilden (dagsorden 2024)"])
    func aVintageIsAYearOrSaysItIsNotStated(vintage: String) throws {
        #expect(try read("# kilde: s\n# årgang: \(vintage)\nKommune;Befolkning\nGreve;1\n").vintage == vintage)
    }

    @Test(arguments: [("# kilde:\n# årgang: 2019", 1), ("# kilde: -\n# årgang: 2019", 1), ("# kilde: s\n# årgang: abc", 2), ("# kilde: s\n# årgang: 19", 2),
                      ("# kilde: s\n# årgang: 20190", 2), ("# kilde: s\n# årgang:", 2)])
    func anEmptySourceOrAVintageThatIsNoYearIsALocatedError(lines: String, line: Int) throws {
        let error = try #require(throws: InputError.self) { try read("\(lines)\nKommune;Befolkning\nGreve;1\n") }
        #expect(error.location == SourceLocation(file: "k.csv", line: line))
    }

    @Test func chosenColumnAndMissingColumn() throws {
        let table = try read("navn;a;b\nX;1;2\n", provenance: false)
        #expect(try table.column("b", at: nil) == 1)
        let missing = try #require(throws: InputError.self) { try table.column("c", at: nil) }
        #expect(ErrorWording(missing).problem == "key 'k' has no column 'c'")
        let ambiguous = try #require(throws: InputError.self) { try table.column(nil, at: nil) }
        #expect(ErrorWording(ambiguous).fix == "Name one: k:a or k:b.")
        #expect(throws: InputError.self) { try read("navn\nX\n", provenance: false) }
    }

    @Test func headerOnlyIsAnError() throws {
        let error = try #require(throws: InputError.self) { try read("navn;vægt\n", provenance: false) }
        #expect(ErrorWording(error).problem == "the table has a header but no rows")
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct KeyTableReaderTests {
    private func read(_ text: String, column: String? = nil, provenance: Bool = true) throws -> KeyTable {
        try KeyTableReader.read(try CSVReader.read(text, file: "k.csv"), id: "k", valueColumn: column, requireProvenance: provenance)
    }

    @Test func readsValuesInAnyDanishFormat() throws {
        let table = try read("# kilde: s\n# årgang: 2019\nKommune;Bidrag\nGreve;kr. 900.000\nKøge;1.152.000 kr.\n")
        #expect(table.rows.map(\.value) == [ExactDecimal(units: 900_000), ExactDecimal(units: 1_152_000)])
        #expect(table.label == "Bidrag")
        #expect(table.source == "s")
        #expect(table.vintage == "2019")
    }

    @Test func nonNumericCellIsLocatedByLineAndColumn() throws {
        let error = try #require(throws: InputError.self) { try read("# kilde: s\n# årgang: 2019\nKommune;Befolkning\nGreve;50.5x9\n") }
        #expect(error.location == SourceLocation(file: "k.csv", line: 4, field: "column 'Befolkning'"))
        #expect(error.problem.hasPrefix("expected a number for Greve, found '50.5x9'"))
    }

    @Test func provenanceIsRequiredForInputKeys() throws {
        let error = try #require(throws: InputError.self) { try read("# kilde: s\nKommune;Befolkning\nGreve;1\n") }
        #expect(error.fix == "Add a line '# årgang: …' before the header.")
        #expect(try read("Kommune;Befolkning\nGreve;1\n", provenance: false).rows.count == 1)
    }

    @Test func chosenColumnAndMissingColumn() throws {
        let text = "navn;a;b\nX;1;2\n"
        #expect(try read(text, column: "b", provenance: false).rows[0].value == ExactDecimal(units: 2))
        let error = try #require(throws: InputError.self) { try read(text, column: "c", provenance: false) }
        #expect(error.problem == "no column 'c' in the header")
        #expect(throws: InputError.self) { try read(text, provenance: false) }
    }

    @Test func headerOnlyIsAnError() throws {
        let error = try #require(throws: InputError.self) { try read("navn;vægt\n", provenance: false) }
        #expect(error.problem == "the table has a header but no rows")
    }
}

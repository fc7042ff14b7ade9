import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct CSVReaderTests {
    @Test func readsMetadataHeaderAndRecords() throws {
        let text = "# kilde: dagsorden\n# årgang: 2019\n\nKommune;Befolkning\r\nGreve;50.569\r\n\"Høje-Taastrup; by\";\"1\"\"2\"\n"
        let document = try CSVReader.read(text, file: "k.csv")
        #expect(document.metadata["kilde"]?.value == "dagsorden")
        #expect(document.metadata["årgang"]?.line == 2)
        #expect(document.header.fields == ["Kommune", "Befolkning"])
        #expect(document.records.map(\.fields) == [["Greve", "50.569"], ["Høje-Taastrup; by", "1\"2"]])
        #expect(document.records.map(\.line) == [5, 6])
    }

    @Test func detectsTheDelimiterFromTheHeader() throws {
        #expect(try CSVReader.read("navn,vægt\nA,\"1,5\"\n", file: "k.csv").records[0].fields == ["A", "1,5"])
        #expect(try CSVReader.read("navn\tvægt\nA\t2\n", file: "k.csv").records[0].fields == ["A", "2"])
    }

    @Test func wrongFieldCountIsALocatedError() throws {
        let error = try #require(throws: InputError.self) { try CSVReader.read("a;b\n1;2;3\n", file: "k.csv") }
        #expect(error.location == SourceLocation(file: "k.csv", line: 2))
        #expect(ErrorWording(error).problem == "expected 2 fields like the header, found 3")
    }

    @Test func trailingEmptyFieldsFromExcelAreIgnored() throws {
        #expect(try CSVReader.read("a;b\n1;2;;\n", file: "k.csv").records[0].fields == ["1", "2"])
    }

    @Test func emptyFileAndUnclosedQuoteAreErrors() throws {
        #expect(throws: InputError.self) { try CSVReader.read("", file: "k.csv") }
        #expect(throws: InputError.self) { try CSVReader.read("# only a comment\n", file: "k.csv") }
        let error = try #require(throws: InputError.self) { try CSVReader.read("a;b\n\"x;2\n", file: "k.csv") }
        #expect(error.location?.line == 2)
    }
}

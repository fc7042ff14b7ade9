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

    /// A sheet's delimiter: a title with a comma before a `;` header does not make it a comma file; `#` lines do not
    /// count; a comma file is known by its first two lines, whatever comes later.
    @Test func aTablesDelimiterIsTheFilesNotItsTitles() {
        let cases: [(String, Character)] = [
            ("Fordeling af 1,500 årsværk, 2019\r\n# kilde: a;b\r\nKommune;Årsværk\r\nGreve;0,750\r\n", ";"),
            ("# kilde: a;b\nPart,Beløb\nP1,5\nP2;6\n", ","),
            ("Titel uden skilletegn\nKommune\tBeløb\nGreve\t5\n", "\t"),
            ("  # note; med semikolon\nKommune,Beløb\n", ","),
            ("", ","),
        ]
        for (text, delimiter) in cases {
            #expect(CSVReader.tableDelimiter(utf8: text.utf8) == delimiter, "\(text.debugDescription)")
        }
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct TextDecodingTests {
    @Test func readsUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Næstved;1".utf8), file: "f") == "Næstved;1")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Køge".utf8), file: "f") == "Køge")
    }

    @Test func readsWindows1252AsDanishExcelSavesIt() throws {
        // "Sorø;Ærø;Tårnby;€" in Windows-1252.
        let bytes: [UInt8] = [0x53, 0x6F, 0x72, 0xF8, 0x3B, 0xC6, 0x72, 0xF8, 0x3B, 0x54, 0xE5, 0x72, 0x6E, 0x62, 0x79, 0x3B, 0x80]
        #expect(try TextDecoding.decode(bytes, file: "f") == "Sorø;Ærø;Tårnby;€")
    }

    @Test func undefinedBytesAreLocatedErrors() throws {
        let error = try #require(throws: InputError.self) { try TextDecoding.decode(Array("a\nb\n".utf8) + [0x81], file: "k.csv") }
        #expect(error.location == SourceLocation(file: "k.csv", line: 3))
        #expect(error.problem.contains("0x81"))
    }

    @Test func nulBytesAreErrors() {
        #expect(throws: InputError.self) { try TextDecoding.decode([0x41, 0x00, 0x42], file: "k.csv") }
    }

    @Test func aUTF8FileWithAStrayByteIsALocatedErrorNotWindows1252() throws {
        // "# årgang: 2019" in UTF-8, then "Køge" with ø as the single byte of Windows-1252.
        let bytes = Array("# årgang: 2019\nKommune;Bef\n".utf8) + [0x4B, 0xF8, 0x67, 0x65, 0x3B, 0x31]
        let error = try #require(throws: InputError.self) { try TextDecoding.decode(bytes, file: "k.csv") }
        #expect(error.location == SourceLocation(file: "k.csv", line: 3, field: "column 2"))
        #expect(error.problem.contains("0xF8 (Windows-1252 'ø')"))
        // The column counts characters, and a BOM is none.
        let second = try #require(throws: InputError.self) { try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("æøå".utf8) + [0xE5], file: "k.csv") }
        #expect(second.location == SourceLocation(file: "k.csv", line: 1, field: "column 4"))
    }

    @Test func splitsLinesOfEveryKind() {
        let lines = TextLines.split("a\r\nb\rc\nd")
        #expect(lines.map { String($0.text) } == ["a", "b", "c", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }
}

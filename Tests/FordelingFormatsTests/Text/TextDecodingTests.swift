import Foundation
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
        #expect(ErrorWording(error).problem.contains("0x81"))
    }

    @Test func nulBytesAreErrors() {
        #expect(throws: InputError.self) { try TextDecoding.decode([0x41, 0x00, 0x42], file: "k.csv") }
    }

    @Test func aUTF8FileWithAStrayByteIsALocatedErrorNotWindows1252() throws {
        // "# årgang: 2019" in UTF-8, then "Køge" with ø as the single byte of Windows-1252.
        let bytes = Array("# årgang: 2019\nKommune;Bef\n".utf8) + [0x4B, 0xF8, 0x67, 0x65, 0x3B, 0x31]
        let error = try #require(throws: InputError.self) { try TextDecoding.decode(bytes, file: "k.csv") }
        #expect(error.location == SourceLocation(file: "k.csv", line: 3, field: "column 2"))
        #expect(ErrorWording(error).problem.contains("0xF8 (Windows-1252 'ø')"))
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

@Suite struct TextFormTests {
    @Test func namesAreReadInOneForm() throws {
        // A with a combining ring, the angstrom sign and a no-break space: Å and a space, as NFC has them.
        #expect(try TextDecoding.decode(Array("A\u{30A}by;\u{212B}by;Odense\u{A0}By".utf8), file: "f").unicodeScalars.elementsEqual("\u{C5}by;\u{C5}by;Odense By".unicodeScalars))
        #expect(try TextDecoding.decode([0x4F, 0xA0, 0x42], file: "f") == "O B")
        // Text already in the form is left as it is.
        for text in ["Næstved – Sorø € 1.000 × 2 ™ − 3", "Køge\tÆrø"] {
            #expect(try TextDecoding.decode(Array(text.utf8), file: "f").utf8.elementsEqual(text.utf8))
        }
    }

    @Test func theSettledCharactersAreThoseNFCLeavesAlone() {
        // Every settled character is its own NFC form, and NFC joins none of them to a letter before it.
        for value in UInt32(0)...0x2FFF where TextForm.isSettled(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar))
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
            #expect(TextForm.isCut(value))
        }
        #expect(!TextForm.isSettled(0xA0) && !TextForm.isSettled(0x30A) && !TextForm.isSettled(0x212B) && TextForm.isSettled(0xE5))
    }

    /// A cut is safe before a character of combining class 0 unless a composition has it after its first
    /// character or its decomposition starts with a combining mark: every such character, as Foundation has them.
    @Test func cutsAreWhereNFCJoinsNothingAcross() {
        var joining = Set<UInt32>()
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
            joining.formUnion(parts.dropFirst().map(\.value))
            if let first = parts.first, first.properties.canonicalCombiningClass != .notReordered { joining.insert(value) }
        }
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let starter = scalar.properties.canonicalCombiningClass == .notReordered
            #expect(TextForm.isCut(value) == (starter && !joining.contains(value)), "U+\(String(value, radix: 16))")
        }
    }

    @Test func textIsNormalisedInPiecesAsAWholeWouldBe() throws {
        var text = ""
        for index in 0..<3000 { text += ["A\u{30A}by", "Ø\u{301}", "\u{212B}", "\u{1100}\u{1161}\u{11A8}", "Odense\u{A0}", "x\u{316}\u{301}"][index % 6] + "\(index);" }
        #expect(text.utf8.count > 4 * TextForm.pieceBytes)
        let expected = text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(try TextForm.normalised(text, file: "f").unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func aFloodOfCombiningMarksIsALocatedError() throws {
        let marks = String(repeating: "\u{301}", count: TextForm.longestJoin)
        #expect(try TextForm.normalised("a\(marks);b", file: "f") == "a\(marks);b".precomposedStringWithCanonicalMapping)
        let error = try #require(throws: InputError.self) { try TextDecoding.decode(Array("x;y\nab\(marks)\u{301}".utf8), file: "f") }
        // The column counts characters: b and its marks are one.
        #expect(error.location == SourceLocation(file: "f", line: 2, field: "column 3"))
    }
}

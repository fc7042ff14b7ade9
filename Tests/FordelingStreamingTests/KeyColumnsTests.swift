import Foundation
import Testing
import FordelingCore
import FordelingTestSupport
import FordelingFormats
@testable import FordelingStreaming

/// The split's key reader reads a file in stretches on every core; whatever the cut, it must read the same rows
/// and report the same first error as one pass from the top.
@Suite struct KeyColumnsTests {
    /// A key of `count` rows in the forms a user's file takes: CRLF, LF or lone CR line ends, blank and comment
    /// lines, quoted names, grouped thousands and decimals.
    private func randomKey(_ count: Int, using generator: inout SeededGenerator) -> String {
        let ends = ["\n", "\r\n", "\r"]
        var text = Bool.random(using: &generator) ? "\u{FEFF}" : ""
        text += "# nøgle\nNavn;Vægt" + ends.randomElement(using: &generator)!
        for index in 0..<count {
            let end = ends.randomElement(using: &generator)!
            switch Int.random(in: 0..<20, using: &generator) {
            case 0: text += end
            case 1: text += "# kommentar \(index)" + end
            default: break
            }
            let name = Int.random(in: 0..<10, using: &generator) == 0 ? "\"Part \(index); \"\"A/S\"\"\"" : " Part \(index) "
            let value = switch Int.random(in: 0..<3, using: &generator) {
            case 0: "\(Int.random(in: 0...999, using: &generator)).\(String(format: "%03d", Int.random(in: 0...999, using: &generator)))"
            case 1: "\(Int.random(in: 0...99, using: &generator)),\(Int.random(in: 0...99, using: &generator))"
            default: "\(Int.random(in: 0...5_000_000, using: &generator))"
            }
            text += "\(name);\(value)" + end
        }
        return text
    }

    private struct Read: Equatable {
        var rows: [String] = []
        var error: String?
    }

    private func read(_ text: String, pieces: Int) -> Read {
        do {
            let key = try KeyColumns(bytes: Array(text.utf8), file: "k.csv", column: nil, pieces: pieces)
            return Read(rows: key.rows.indices.map { "\(key.nameString($0))|\(key.value($0))|\(key.line(of: $0))|\(key.rows[$0].weight)" })
        } catch {
            return Read(error: ErrorWording.text(error))
        }
    }

    @Test func everyCutReadsTheSameRows() {
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<40 {
            let text = randomKey(Int.random(in: 1...300, using: &generator), using: &generator)
            let whole = read(text, pieces: 1)
            #expect(whole.error == nil, "round \(round): \(whole.error ?? "")")
            for pieces in [2, 3, 7, 16] { #expect(read(text, pieces: pieces) == whole, "round \(round), \(pieces) pieces") }
        }
    }

    @Test func theFirstErrorInTheFileIsReportedWhicheverStretchFindsIt() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<40 {
            var lines = randomKey(200, using: &generator).components(separatedBy: "\n")
            let bad = ["X;mange", "Y;-1", ";5", "Z;1;2", "\"Q;1"]
            for _ in 0..<2 { lines[Int.random(in: 3..<lines.count, using: &generator)] = bad.randomElement(using: &generator)! }
            let text = lines.joined(separator: "\n")
            let whole = read(text, pieces: 1)
            #expect(whole.error != nil, "round \(round)")
            for pieces in [2, 5, 16] { #expect(read(text, pieces: pieces) == whole, "round \(round), \(pieces) pieces") }
        }
    }

    @Test func quotedNamesAreUnescapedWhereTheyStand() throws {
        let key = try KeyColumns(bytes: Array("Navn;Vægt\r\n\"Sø; \"\"Nord\"\"\";1\r\nB;2\r\n".utf8), file: "k.csv", column: nil, pieces: 2)
        #expect(key.nameString(0) == "Sø; \"Nord\"")
        #expect(key.nameString(1) == "B")
        #expect(key.line(of: 1) == 3)
    }

    @Test func valuesAreAlignedToTheMostDecimals() throws {
        let key = try KeyColumns(bytes: Array("Navn;Vægt\nA;1,5\nB;2\nC;0,125\n".utf8), file: "k.csv", column: nil)
        #expect(key.weightScale == 3)
        #expect(key.rows.map(\.weight) == [1_500, 2_000, 125])
        #expect(key.weightSum == 3_625)
        #expect((0..<3).map { key.value($0).units } == [15, 2, 125])
    }

    @Test func valuesBeyondEighteenDigitsAreErrorsNotCrashes() {
        for value in ["0," + String(repeating: "0", count: 300) + "1", "99999999999999999999", "1" + String(repeating: ".000", count: 7)] {
            let error = #expect(throws: InputError.self) {
                try KeyColumns(bytes: Array("Navn;Vægt\nA;\(value)\n".utf8), file: "k.csv", column: nil)
            }
            #expect(error.map(ErrorWording.text)?.hasPrefix("k.csv:2: column 'Vægt': the key value of A") == true, "\(error.map(ErrorWording.text) ?? "")")
            #expect(error.map(ErrorWording.text)?.contains("more digits than a split reads (at most 18)") == true)
        }
        let sum = #expect(throws: InputError.self) {
            try KeyColumns(bytes: Array("Navn;Vægt\nA;9000000000000000000\nB;900000000000000000\n".utf8), file: "k.csv", column: nil)
        }
        #expect(sum.map(ErrorWording.text) == "k.csv: the key values add up to more digits than a split reads (at most 18). Check the values for misplaced digits.")
    }

    @Test func bytesThatAreNotStrictUTF8AreReadAsEveryOtherInputIs() throws {
        // Overlong forms, a surrogate, a code point beyond U+10FFFF, a cut sequence; valid forms at each edge; and
        // forms NFC changes (A with a combining ring, the angstrom sign) or that are no-break spaces.
        let names: [[UInt8]] = [[0xC0, 0xA0], [0xE0, 0x80, 0xAA], [0xED, 0xA0, 0x80], [0xF4, 0xA0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0xAA], [0xE2, 0x82],
                                [0xC3, 0xA6], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
                                [0xCC, 0x8A], [0xE2, 0x84, 0xAB], [0xC2, 0xA0, 0x42], [0xE2, 0x80, 0x93]]
        // Without UTF-8 elsewhere a file that is not UTF-8 is Windows-1252; with it, UTF-8 with a broken character.
        for header in ["Navn;Vaegt\n", "Navn;Vægt\n"] {
            for name in names {
                let bytes = Array(header.utf8) + [0x41] + name + Array(";1\n".utf8)
                let text = Result { () throws(InputError) in try TextDecoding.decode(bytes, file: "k.csv") }
                let key = Result { () throws(InputError) in try KeyColumns(bytes: bytes, file: "k.csv", column: nil) }
                switch (text, key) {
                case (.success(let text), .success(let key)):
                    #expect(key.nameString(0) == String(text.split(separator: "\n")[1].split(separator: ";")[0]).trimmingSpaces, "\(name)")
                case (.failure(let expected), .failure(let error)):
                    #expect(error == expected, "\(name)")
                default:
                    Issue.record("\(header) \(name): \(text) but \(key)")
                }
            }
        }
    }

    @Test func aNameOf16MBIsAnErrorAndOneByteLessIsRead() throws {
        let longest = [UInt8](repeating: 0x41, count: KeyColumns.Row.nameLimit - 1)
        let key = try KeyColumns(bytes: Array("Navn;Vægt\nB;2\n".utf8) + longest + Array(";1,5\n".utf8), file: "k.csv", column: nil)
        #expect(key.rows.map(\.nameCount) == [1, longest.count])
        #expect(key.name(1).elementsEqual(longest) && key.value(1) == (15, 1) && key.value(0) == (2, 0))
        let error = #expect(throws: InputError.self) {
            try KeyColumns(bytes: Array("Navn;Vægt\nB;2\n".utf8) + longest + Array("A;1\n".utf8), file: "k.csv", column: nil)
        }
        #expect(error.map(ErrorWording.text) == "k.csv:3: column 'Navn': the party name is 16777216 bytes long, longer than a split reads (16 MB). Shorten the name.")
    }
}

@Suite struct DuplicateNamesTests {
    @Test func findsTheFirstRepeatedNameAsATableOfEveryNameWould() throws {
        var generator = SeededGenerator(seed: 11)
        for round in 0..<20 {
            let count = Int.random(in: 1...40_000, using: &generator)
            var names = (0..<count).map { "P\($0 * 7919 % 1_000_003)" }
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                names[Int.random(in: 0..<count, using: &generator)] = names[Int.random(in: 0..<count, using: &generator)]
            }
            let key = try KeyColumns(bytes: Array(("Navn;Vægt\n" + names.map { "\($0);1" }.joined(separator: "\n")).utf8), file: "k.csv", column: nil)
            var seen: [String: Int] = [:]
            var expected: (Int, Int)?
            for (index, name) in names.enumerated() {
                if let first = seen[name] { expected = (first, index); break }
                seen[name] = index
            }
            var spare: [UInt64] = []
            let found = DuplicateNames.first(in: key, spare: &spare)
            #expect(found?.first == expected?.0 && found?.second == expected?.1, "round \(round): \(String(describing: found)) vs \(String(describing: expected))")
        }
    }
}

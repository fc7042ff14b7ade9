import Foundation
import Testing
import FordelingCore
import FordelingTestSupport
import FordelingFormats
@testable import FordelingStreaming

/// The two paths of `fordel split` write the same CSV, byte for byte, on keys full of ties (equal weights and
/// equal remainders, many leftover units) and on random keys; and find the same party listed twice.
@Suite struct SplitPathsTests {
    /// Names in Unicode order far from their order in the file, some needing quotes or neutralising.
    private static let names = ["Greve", "greve", "Ærø", "Århus", "Aabenraa", "Z", "a", "B", "P10", "P9", "P100", "ø", "Å-by", "=SUM(A1)",
                                "-minus", "\"Q; A/S\"", "Selskab X", "Selskab x", "€ fond", "Ω", "z", "Zz", "@home", "1", "10", "2"]

    private struct Case {
        var text: String
        var total: Int128
        var unit: RoundingUnit
        var mode: RoundingMode
    }

    /// Weights from {1, 2, 3} (and now and then 0) and a total of a few units a row: most rows tie on weight and
    /// remainder, and most units are left over after the floors.
    private func tieHeavy(_ generator: inout SeededGenerator) -> Case {
        let count = Int.random(in: 1...Self.names.count, using: &generator)
        var lines = ["Navn;Vægt"]
        for name in Self.names.shuffled(using: &generator).prefix(count) {
            lines.append("\(name);\(Int.random(in: 0...15, using: &generator) == 0 ? 0 : Int.random(in: 1...3, using: &generator))")
        }
        if lines.dropFirst().allSatisfy({ $0.hasSuffix(";0") }) { lines[1] = lines[1].dropLast() + "1" }
        let unit = RoundingUnit.allCases.randomElement(using: &generator)!
        let units = Int128(Int.random(in: -count...(5 * count), using: &generator))
        return Case(text: lines.joined(separator: "\n") + "\n", total: units * unit.minorUnits, unit: unit,
                    mode: Int.random(in: 0..<4, using: &generator) == 0 ? .published : .reconciled)
    }

    /// Weights of any size, with decimals or without, and a total of any size.
    private func random(_ generator: inout SeededGenerator) -> Case {
        let count = Int.random(in: 1...Self.names.count, using: &generator)
        var lines = ["Navn;Vægt"]
        for name in Self.names.shuffled(using: &generator).prefix(count) {
            let weight = Bool.random(using: &generator) ? "\(Int64.random(in: 0...999_999_999_999, using: &generator))"
                : "\(Int.random(in: 0...9_999, using: &generator)),\(Int.random(in: 0...999, using: &generator))"
            lines.append("\(name);\(weight)")
        }
        lines.append("Sidste;1")
        let unit = RoundingUnit.allCases.randomElement(using: &generator)!
        let units = Int128(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)) / unit.minorUnits
        return Case(text: lines.joined(separator: "\n") + "\n", total: units * unit.minorUnits, unit: unit, mode: RoundingMode.allCases.randomElement(using: &generator)!)
    }

    private func expectSameCSV(_ make: (inout SeededGenerator) -> Case, cases: Int, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("split-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("key.csv").path
        let provenance = Provenance(toolVersion: "test", files: [.init(path: file, relativePath: "key.csv", sha256: "x")])
        var compared = 0
        for round in 0..<cases {
            let c = make(&generator)
            guard let sheet = try? SplitPaths.sheet(c.text, file: file, total: c.total, unit: c.unit, mode: c.mode, provenance: provenance) else { continue }
            let streamed = try SplitPaths.streamed(c.text, file: file, total: c.total, unit: c.unit, mode: c.mode, provenance: provenance,
                                                   output: directory.appendingPathComponent("out.csv").path)
            if streamed != sheet {
                Issue.record("round \(round), \(c.total) øre in \(c.unit), \(c.mode):\n\(c.text)\nstreamed:\n\(String(decoding: streamed, as: UTF8.self))\nsheet:\n\(String(decoding: sheet, as: UTF8.self))")
            }
            compared += 1
        }
        #expect(compared > cases * 9 / 10)
    }

    @Test func tieHeavyKeysGiveTheSameCSVOnBothPaths() throws {
        try expectSameCSV(tieHeavy, cases: 3_000, seed: 13)
    }

    @Test func randomKeysGiveTheSameCSVOnBothPaths() throws {
        try expectSameCSV(random, cases: 1_000, seed: 31)
    }

    /// Names in one form (NFC, a no-break space a space, trimmed), compared exactly: case, hyphens and
    /// "Kommune" make other parties in a split, whose parties are not municipalities.
    @Test func bothPathsFindThePartyListedTwice() throws {
        let variants = ["Ærø", "ærø", "Æ\u{0072}ø", "A\u{030A}rhus", "\u{00C5}rhus", "\u{212B}rhus", " Greve", "Greve ", "Greve\t", "greve",
                        "Høje-Taastrup", "Høje Taastrup", "Høje Taastrup Kommune", "A\u{00A0}B", "A B", "A  B", "\"A B\"", "x"]
        var generator = SeededGenerator(seed: 2)
        var duplicates = 0
        for round in 0..<2_000 {
            let rows = (0..<Int.random(in: 2...5, using: &generator)).map { _ in variants.randomElement(using: &generator)! }
            let text = "Navn;Vægt\n" + rows.map { "\($0);1\n" }.joined()
            let sheet = Result { () throws(InputError) in
                try KeyIndex(try KeyTableReader.read(try CSVReader.read(try TextDecoding.decode(Array(text.utf8), file: "k.csv"), file: "k.csv"),
                                                     id: "nøgle", requireProvenance: false), register: nil, registerFiles: [])
            }
            let streamed = Result { () throws(InputError) in
                try BulkSplit(keyBytes: Array(text.utf8), file: "k.csv", column: nil, total: 100, measure: .money(.krone), mode: .reconciled) { $0 }
            }
            switch (sheet, streamed) {
            case (.success, .success): break
            case (.failure(let expected), .failure(let error)):
                duplicates += 1
                #expect(error.problem == expected.problem && error.location?.line == expected.location?.line, "round \(round): \(text)")
            default:
                Issue.record("round \(round): \(sheet) but \(streamed) for \(text)")
            }
        }
        #expect(duplicates > 500)
    }
}

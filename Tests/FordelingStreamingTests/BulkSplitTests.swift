import Foundation
import Testing
import FordelingCore
import FordelingTestSupport
import FordelingFormats
@testable import FordelingStreaming

/// The streamed split writes, byte for byte, the CSV the sheet renderer writes for the same split.
@Suite struct BulkSplitTests {
    private func regular(_ text: String, file: String, total: Int128, unit: RoundingUnit, mode: RoundingMode, provenance: Provenance) throws -> [UInt8] {
        try SplitPaths.sheet(text, file: file, total: total, unit: unit, mode: mode, provenance: provenance)
    }

    @Test func matchesTheSheetRendererOnRandomKeys() throws {
        var generator = SeededGenerator(seed: 1_000_000)
        let names = ["Greve", "=SUM(A1)", "\"Quoted; name\"", "Ærø", "-minus", "A", "B", "C", "Selskab X", "@home", "ø", "z"]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for round in 0..<200 {
            let count = Int.random(in: 1...names.count, using: &generator)
            var lines = ["Navn;Vægt"]
            for name in names.shuffled(using: &generator).prefix(count) {
                let weight = Bool.random(using: &generator) ? "\(Int.random(in: 0...2_000_000, using: &generator))"
                    : "\(Int.random(in: 0...999, using: &generator)),\(Int.random(in: 0...999, using: &generator))"
                lines.append("\(name);\(weight)")
            }
            if !lines.dropFirst().contains(where: { !$0.hasSuffix(";0") && !$0.hasSuffix(";0,0") }) { lines.append("Sidste;1") }
            let text = lines.joined(separator: "\n") + "\n"
            let unit = RoundingUnit.allCases.randomElement(using: &generator)!
            let mode = RoundingMode.allCases.randomElement(using: &generator)!
            let total = Int128(Int.random(in: -10_000_000...1_000_000_000, using: &generator)) * unit.minorUnits
            let file = directory.appendingPathComponent("key-\(round).csv").path
            let provenance = Provenance(toolVersion: "test", files: [.init(path: file, relativePath: "key.csv", sha256: "x")])
            guard let expected = try? regular(text, file: file, total: total, unit: unit, mode: mode, provenance: provenance) else { continue }
            let bulk = try BulkSplit(keyBytes: Array(text.utf8), file: file, column: nil, total: total, measure: .money(unit), mode: mode) { "Fordeling efter \($0)" }
            let output = directory.appendingPathComponent("out-\(round).csv").path
            try bulk.write(to: output, provenance: provenance)
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: output))) == expected, "round \(round): \(text)")
        }
    }

    @Test func aKeyReadInSeveralStretchesSplitsAsTheSheetRendererDoes() throws {
        var generator = SeededGenerator(seed: 64)
        var lines = ["Virksomhed;Ansatte"]
        for index in 0..<6_000 {
            let name = index % 97 == 0 ? "\"Virksomhed \(index); \"\"A/S\"\"\"" : "Virksomhed nr. \(index)"
            lines.append("\(name);\(Int.random(in: 0...250, using: &generator))")
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        #expect(text.utf8.count > 2 << 16, "large enough to be read in several stretches")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let provenance = Provenance(toolVersion: "test", files: [.init(path: "key.csv", relativePath: "key.csv", sha256: "x")])
        let expected = try regular(text, file: "key.csv", total: 98_765_432_100, unit: .øre, mode: .reconciled, provenance: provenance)
        try BulkSplit(keyBytes: Array(text.utf8), file: "key.csv", column: nil, total: 98_765_432_100, measure: .money(.øre), mode: .reconciled) { "Fordeling efter \($0)" }
            .write(to: output, provenance: provenance)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: output))) == expected)
    }

    @Test func rejectsDuplicatesNegativesAndWords() throws {
        let duplicate = try #require(throws: InputError.self) {
            try BulkSplit(keyBytes: Array("Navn;Vægt\nA;1\nB;2\nA;3\n".utf8), file: "k.csv", column: nil, total: 100, measure: .money(.krone), mode: .reconciled) { $0 }
        }
        #expect(ErrorWording.text(duplicate) == "k.csv:4: A is listed twice (first at line 2). Keep one row per party in k.csv.")
        let negative = try #require(throws: InputError.self) {
            try BulkSplit(keyBytes: Array("Navn;Vægt\nA;-1\n".utf8), file: "k.csv", column: nil, total: 100, measure: .money(.krone), mode: .reconciled) { $0 }
        }
        #expect(ErrorWording.text(negative) == "k.csv:2: column 'Vægt': the key value of A is negative (-1). Key values must be zero or more.")
        let word = try #require(throws: InputError.self) {
            try BulkSplit(keyBytes: Array("Navn;Vægt\nA;mange\n".utf8), file: "k.csv", column: nil, total: 100, measure: .money(.krone), mode: .reconciled) { $0 }
        }
        #expect(ErrorWording(word).problem.hasPrefix("expected a number for A, found 'mange'"))
        #expect(throws: InputError.self) {
            try BulkSplit(keyBytes: Array("Navn;Vægt\nA;0\n".utf8), file: "k.csv", column: nil, total: 100, measure: .money(.krone), mode: .reconciled) { $0 }
        }
    }
}

import Foundation
import Testing
import FordelingTestSupport

/// Shuffling the rows of every key table changes no party's figures: each sheet holds the same rows
/// (only their order, which follows the key table, and the recorded SHA-256 of the inputs differ).
@Suite struct DeterminismTests {
    @Test func shuffledKeyRowsGiveTheSameFigures() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        var generator = SeededGenerator(seed: 836_657)
        let keys = try FileManager.default.contentsOfDirectory(atPath: workspace.inputs.appendingPathComponent("keys").path)
        for name in keys {
            let lines = try workspace.read("keys/\(name)").split(separator: "\n").map(String.init)
            let head = lines.prefix { $0.hasPrefix("#") } + [lines.first { !$0.hasPrefix("#") }!]
            let rows = lines.dropFirst(head.count).shuffled(using: &generator)
            try workspace.write("keys/\(name)", (head + rows).joined(separator: "\n") + "\n")
        }
        #expect(try workspace.run(["run"]).status == 0)
        let after = try workspace.outputSnapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        let rows = { (data: Data?) -> [String] in
            String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\r\n").map(String.init).filter { !$0.contains("SHA-256") }.sorted()
        }
        for name in before.keys where name.hasSuffix(".csv") {
            #expect(rows(after[name]) == rows(before[name]), "\(name)")
        }
    }
}

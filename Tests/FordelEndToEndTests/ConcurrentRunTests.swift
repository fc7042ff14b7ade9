import Foundation
import Testing

/// Runs that overlap on one outputs folder take turns: none exits 0 with an incomplete Outputs/, a run
/// that fails touches nothing of another's, and no temporary folder is left.
@Suite struct ConcurrentRunTests {
    @Test func overlappingRunsNeverLeaveAnIncompleteOutputs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let clean = try workspace.outputSnapshot()
        let badInputs = workspace.root.appendingPathComponent("BadInputs")
        try FileManager.default.copyItem(at: workspace.inputs, to: badInputs)
        let badKey = badInputs.appendingPathComponent("keys/dut-2019.csv")
        let key = try String(contentsOf: badKey, encoding: .utf8)
        #expect(key.contains("Greve;0,825"))
        try Data(key.replacingOccurrences(of: "Greve;0,825", with: "Greve;x").utf8).write(to: badKey)
        // Beside a full run: a typo in --only, another full run, and a run whose inputs are bad.
        let seconds: [(arguments: [String], status: Int32)] = [
            (["run", "--only", "nope"], 2), (["run"], 0), (["run", "--inputs", "BadInputs"], 2),
        ]
        for index in 0..<100 {
            let second = seconds[index % seconds.count]
            let full = try Fordel.start(["run"], in: workspace.root)
            // The second run starts at a different moment of the first in each of ten pairs.
            Thread.sleep(forTimeInterval: Double(index % 10) * 0.008)
            let other = try Fordel.start(second.arguments, in: workspace.root)
            let results = [full.finish(), other.finish()]
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }
            let complete = try workspace.outputSnapshot() == clean
            let label = "pair \(index): run + \(second.arguments.joined(separator: " "))"
            #expect(results[0].status == 0, "\(label): the full run failed: \(results[0].stderr)")
            #expect(results[1].status == second.status, "\(label): the second run exited \(results[1].status): \(results[1].stderr)")
            #expect(complete, "\(label): Outputs/ is not the complete outputs of a clean run")
            #expect(leftovers.isEmpty, "\(label): left \(leftovers)")
            if results[0].status != 0 || results[1].status != second.status || !complete || !leftovers.isEmpty { break }
        }
    }
}

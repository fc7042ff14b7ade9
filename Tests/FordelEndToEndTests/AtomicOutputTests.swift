import Foundation
import Testing

/// A run either replaces Outputs/ completely or leaves it byte-identical, even when it is killed.
@Suite struct AtomicOutputTests {
    /// Many definitions, so that a run takes long enough to be killed in the middle.
    private func slowWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        var text = ""
        for index in 0..<1500 {
            text += "[kopi-\(index)]\ntitle = Kopi \(index)\nyear = 2019\nparties = KKR Sjælland\nrule = split\nkey = befolkning-2019\ntotal = \(23_910_000 + index) kr.\n"
        }
        try workspace.write("definitions/zz-kopier.txt", text)
        return workspace
    }

    @Test func killingARunMidwayLeavesThePreviousOutputs() throws {
        let workspace = try slowWorkspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        var snapshots: [[String: Data]] = []
        for delay in [0.05, 0.2, 0.5, 0.9, 1.4] {
            let process = Process()
            process.executableURL = Fordel.executable
            process.arguments = ["run"]
            process.currentDirectoryURL = workspace.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            snapshots.append(try workspace.outputSnapshot())
        }
        // A complete run afterwards recovers from any leftovers and writes the new outputs.
        let complete = try workspace.run(["run"])
        #expect(complete.status == 0)
        let after = try workspace.outputSnapshot()
        #expect(after.keys.contains("/kopi-1499.csv"))
        for (index, snapshot) in snapshots.enumerated() {
            #expect(snapshot == before || snapshot == after, "kill \(index): Outputs/ is neither the previous nor the complete new one")
        }
        #expect(snapshots.contains(before), "no kill landed before the swap; the run may have become too fast for this test")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aRunThatDiedBetweenTheTwoRenamesIsRecovered() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        // As if killed after moving Outputs aside and before moving the new folder in.
        try FileManager.default.moveItem(at: workspace.outputs, to: workspace.root.appendingPathComponent(".Outputs.fordel-old-1"))
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent(".Outputs.fordel-new-1"), withIntermediateDirectories: true)
        // A failing run recovers nothing it should not: Outputs/ is put back first, then left alone.
        try workspace.edit("keys/dut-2019.csv", replacing: "Greve;0,825", with: "Greve;x")
        #expect(try workspace.run(["run"]).status == 2)
        #expect(try workspace.outputSnapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }.isEmpty)
    }
}

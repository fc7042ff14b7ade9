import Foundation
import Synchronization
import Testing
import FordelingTestSupport

/// The generated sweep run on the `fordel` binary, where a trap shows as a signal: every rule × every pair of
/// definition fields, with the values in rotation, and every scenario field × every value. Every run must end
/// with exit 0 and its output, or exit 2 and a message naming the input file (or `--set` argument) at fault,
/// not a report of a bug.
/// The in-process sweep (FordelingFormatsTests) runs every value on every pair.
@Suite struct InputSweepEndToEndTests {
    /// `body` for each of `cases` on all cores, each worker in a folder of its own (its inputs in `folder`, its
    /// outputs beside them in `outputs(folder)`, made by a first full run when `firstRun`); the failures it returns.
    private func sweep(_ cases: [InputSweep.Case], committedDefinitions: Bool, firstRun: Bool = false,
                       _ body: @escaping @Sendable (InputSweep.Case, URL) throws -> String?) throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-sweep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let workers = 4
        for worker in 0..<workers {
            let folder = root.appendingPathComponent("\(worker)/Inputs")
            try InputSweep.writeInputs(to: folder, committedDefinitions: committedDefinitions)
            if firstRun {
                let first = try Fordel.run(["run", "--inputs", folder.path, "--outputs", Self.outputs(folder).path])
                #expect(first.status == 0, "first run: \(first.stderr)")
            }
        }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let folder = root.appendingPathComponent("\(worker)/Inputs")
            for sweep in stride(from: worker, to: cases.count, by: workers).map({ cases[$0] }) {
                let failure: String?
                do { failure = try body(sweep, folder) } catch { failure = "\(error)" }
                if let failure { failures.withLock { $0.append("\(sweep.summary): \(failure)") } }
            }
        }
        return failures.withLock { $0 }
    }

    /// The outputs folder beside the inputs folder `folder`.
    private static func outputs(_ folder: URL) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent("Outputs")
    }

    /// Why `result` is not an ordinary end (exit 0 or 1 with output, or exit 2 with a message naming `blamed`), or nil.
    private static func problem(_ result: Fordel.Result, blamed: [String]) -> String? {
        switch result.status {
        case 0, 1: return result.stdout.isEmpty ? "exit \(result.status) without output" : nil
        case 2:
            guard result.stderr.hasPrefix("error: "), blamed.contains(where: result.stderr.contains) else { return "unlocated: \(result.stderr)" }
            return result.stderr.contains("bug in Fordeling") ? result.stderr : nil
        default: return "exit \(result.status): \(result.stderr.prefix(300))"
        }
    }

    /// Each case explained on its own (a definition error stops a run at the first), then every case that
    /// computed in one batch run, which writes their sheets.
    @Test func everyRuleWithEveryPairOfFieldsOnTheBinary() throws {
        let cases = InputSweep.definitionCases(rotating: true)
        let computed = Mutex<[InputSweep.Case]>([])
        var failures = try sweep(cases, committedDefinitions: false) { sweep, folder in
            let file = folder.appendingPathComponent("definitions/sweep-case.txt")
            try Data(sweep.text.utf8).write(to: file)
            let result = try Fordel.run(["explain", sweep.id, "--inputs", folder.path])
            if result.status == 0 { computed.withLock { $0.append(sweep) } }
            return Self.problem(result, blamed: [file.path, folder.appendingPathComponent("keys").path])
        }
        let sheets = computed.withLock { $0 }
        #expect(sheets.count > 100 && cases.count - sheets.count > 100, "\(sheets.count) of \(cases.count) computed")

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-sweep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Inputs")
        try InputSweep.writeInputs(to: folder, committedDefinitions: false)
        try Data(sheets.map(\.text).joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("definitions/sweep-cases.txt"))
        let batch = try Fordel.run(["run", "--inputs", folder.path, "--outputs", Self.outputs(folder).path])
        // Every case's sheet is written (a case over a period writes its years' sheets too).
        let written = Set((try? FileManager.default.contentsOfDirectory(atPath: Self.outputs(folder).path)) ?? [])
        if batch.status != 0 || !sheets.allSatisfy({ written.contains("\($0.id).csv") }) { failures.append("batch: \(batch.stderr)\(batch.stdout.suffix(300))") }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func everyScenarioFieldWithEveryValueOnTheBinary() throws {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-sweep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: probe) }
        try InputSweep.writeInputs(to: probe, committedDefinitions: true)
        let cases = InputSweep.overrides(of: try InputSweep.definitionIDs(in: probe), rotating: true)
        let failures = try sweep(cases, committedDefinitions: true, firstRun: true) { sweep, folder in
            let result = try Fordel.run(["run", "--scenario", "s", "--set", sweep.text, "--inputs", folder.path,
                                         "--outputs", Self.outputs(folder).path])
            return Self.problem(result, blamed: ["--set \(sweep.text)"])
        }
        #expect(cases.count > 50)
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(10).joined(separator: "\n"))")
    }
}

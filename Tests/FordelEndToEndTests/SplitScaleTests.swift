import Foundation
import Testing

/// `split` without `--output` prints a sheet of any number of parties in time linear in their number.
@Suite struct SplitScaleTests {
    /// Runs `fordel` with stdout to a file, stopping it after `limit`; nil when it had to be stopped.
    private func run(_ arguments: [String], stdout: URL, limit: Duration) throws -> Int32? {
        let process = Process()
        process.executableURL = Fordel.executable
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + limit
        while process.isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard !process.isRunning else {
            // SIGKILL: the test's threads block SIGTERM, and the child inherits that.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// 200.000 parties take seconds when each row's work is constant (under a minute with the whole suite
    /// running beside it); when each row looked at every row (as the kommunenummer column once did), they took
    /// most of an hour, far beyond the limit.
    @Test func twoHundredThousandPartiesArePrintedWithinAGenerousLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("key.csv")
        let stdout = folder.appendingPathComponent("sheet.md")
        try Data(("Navn;Vægt\n" + (0..<200_000).map { "Part \($0);\($0 % 1_000 + 1)\n" }.joined()).utf8).write(to: key)
        let status = try run(["split", "--total", "1.000.000.000", "--key", key.path], stdout: stdout, limit: .seconds(300))
        #expect(status == 0, "still running after 300 s, or failed")
        let sheet = String(decoding: try Data(contentsOf: stdout), as: UTF8.self)
        #expect(sheet.contains("\n| Part 199999 | 1.000 | 0,00 | 9.990 |\n"))
        #expect(sheet.contains("\n| **I alt** | **100.100.000** | **100,00** | **1.000.000.000** |\n"))
    }
}

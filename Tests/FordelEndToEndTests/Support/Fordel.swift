import Foundation
import FordelingTestSupport

/// Runs the built `fordel` binary as a user would.
enum Fordel {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A `fordel` process started and not yet waited for, so that several can run at once.
    struct Running {
        let process: Process
        let output: Pipe
        let error: Pipe

        /// Waits for the process to end and returns what it printed; one still running after `timeout` seconds is
        /// killed (SIGKILL: test threads block SIGTERM, and the child inherits that), so that a hang fails the test.
        func finish(timeout: Double? = nil) -> Result {
            let pid = process.processIdentifier
            let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
            if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog) }
            let outData = output.fileHandleForReading.readDataToEndOfFile()
            let errData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            watchdog.cancel()
            return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// `FORDEL_BIN`, or `fordel` beside the test bundle (SwiftPM's build folder).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["FORDEL_BIN"] { return URL(fileURLWithPath: path) }
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
            + [RepositoryPaths.root.appendingPathComponent(".build/debug")]
        let found = candidates.map { $0.appendingPathComponent("fordel") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found ?? RepositoryPaths.root.appendingPathComponent(".build/debug/fordel")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double? = nil) throws -> Result {
        try start(arguments, in: directory).finish(timeout: timeout)
    }

    /// Starts `fordel` with `arguments` in `directory`, with `environment` added to this process's.
    static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return Running(process: process, output: output, error: error)
    }
}

import Foundation

/// A folder of its own under the system's temporary folder, for files that other programs make or read.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fordeling-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: file(name))) }

    func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: file(name)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A failed run of another program, with what it printed.
struct ToolFailure: Error, CustomStringConvertible {
    let description: String
}

/// Runs other programs: Python (to make archives with its `zipfile` and `zlib`) and LibreOffice.
enum ExternalTools {
    /// LibreOffice's command-line program.
    static let soffice = "/usr/bin/soffice"

    /// Runs `python3 -c script` in `folder`; throws with its output if it fails.
    static func python(_ script: String, in folder: TemporaryFolder) throws {
        try run("/usr/bin/env", ["python3", "-c", script], in: folder)
    }

    /// Runs `executable` with `arguments` in `folder`, its own HOME there too (LibreOffice writes a profile
    /// into it); throws with its output if it does not exit 0.
    static func run(_ executable: String, _ arguments: [String], in folder: TemporaryFolder) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder.url.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                              + String(decoding: printed, as: UTF8.self))
        }
    }
}

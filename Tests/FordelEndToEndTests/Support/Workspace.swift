import Foundation
import Testing
import FordelingTestSupport

/// A temporary copy of the repository's Inputs/ with an Outputs/ made by a first run, for tests that
/// change an input and check what `fordel` then does.
struct Workspace {
    let root: URL
    var inputs: URL { root.appendingPathComponent("Inputs") }
    var outputs: URL { root.appendingPathComponent("Outputs") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.inputs, to: inputs)
        let first = try run(["run"])
        #expect(first.status == 0, "first run: \(first.stderr)")
    }

    func run(_ arguments: [String], timeout: Double? = nil) throws -> Fordel.Result {
        try Fordel.run(arguments, in: root, timeout: timeout)
    }

    /// Every file under Outputs/ with its bytes.
    func outputSnapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: outputs, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path) {
                files[String(url.path.dropFirst(outputs.path.count))] = data
            }
        }
        return files
    }

    func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: inputs.appendingPathComponent(relativePath))
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: inputs.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Replaces `old` by `new` in an input file; the text must be there.
    func edit(_ relativePath: String, replacing old: String, with new: String) throws {
        let text = try read(relativePath)
        #expect(text.contains(old), "\(relativePath) contains \(old)")
        try write(relativePath, text.replacingOccurrences(of: old, with: new))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Applies `change` to a fresh workspace, runs the batch (or the command `arguments`), and checks that it fails
/// with exactly `message` on stderr, exit code 2, and Outputs/ byte-identical. A run that hangs is killed after
/// a minute and fails.
func expectRunRejected(_ message: String, arguments: [String] = ["run"], change: (Workspace) throws -> Void = { _ in }) throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let before = try workspace.outputSnapshot()
    try change(workspace)
    let result = try workspace.run(arguments, timeout: 60)
    #expect(result.status == 2)
    #expect(result.stderr == "error: \(message)\n")
    #expect(result.stdout.isEmpty)
    #expect(try workspace.outputSnapshot() == before, "Outputs/ changed by a failed run")
}

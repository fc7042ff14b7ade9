import Foundation
import FordelingTestSupport

/// A temporary folder of small sheets (and inputs) written for a test, in which `fordel` runs: with the repository's
/// inputs (`--inputs`), or, with `inputs` nil, as a user outside any repository would.
struct ScratchFolder {
    let root: URL
    /// The inputs folder each command is given, if any.
    let inputs: String?

    init(inputs: String? = RepositoryPaths.inputs.path) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-scratch-\(UUID().uuidString)")
        self.inputs = inputs
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (a path within the folder; its folders are made).
    func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Makes the folder `name` (and its parents) within the folder.
    func folder(_ name: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
    }

    func run(_ arguments: [String]) throws -> Fordel.Result {
        try Fordel.run(arguments + (inputs.map { ["--inputs", $0] } ?? []), in: root)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

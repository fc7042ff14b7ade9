import Foundation
import FordelingCore

/// Replaces an output folder as a whole: files are written to a temporary folder beside it, which then
/// takes its place. A failed or interrupted run leaves the previous folder as it was.
public enum OutputFolder {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Replaces `folder` with exactly `files` (name → bytes). With `keepingOthers`, the folder's other
    /// files are carried over unchanged, except those under `clearing` (a subfolder being rewritten).
    public static func replace(_ folder: String, with files: [(name: String, bytes: [UInt8])], keepingOthers: Bool = false,
                               clearing: String? = nil) throws(WriteError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).fordel-new-\(getpid())")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).fordel-old-\(getpid())")
        recover(folder)
        do {
            try? manager.removeItem(at: staging)
            if keepingOthers, manager.fileExists(atPath: target.path) {
                try manager.copyItem(at: target, to: staging)
                if let clearing {
                    guard isSafeName(clearing) else { throw WriteError(description: "refusing to clear outside the outputs folder: '\(clearing)'") }
                    try? manager.removeItem(at: staging.appendingPathComponent(clearing))
                }
            } else {
                try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            }
            var createdFolders: Set<String> = []
            for file in files {
                guard isSafeName(file.name) else { throw WriteError(description: "refusing to write outside the outputs folder: '\(file.name)'") }
                let url = staging.appendingPathComponent(file.name)
                let folder = url.deletingLastPathComponent().path
                if !createdFolders.contains(folder) {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    createdFolders.insert(folder)
                }
                try write(file.bytes, to: url.path)
            }
            let existed = manager.fileExists(atPath: target.path)
            if existed { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if existed { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
            if existed { try? manager.removeItem(at: retired) }
        } catch let error as WriteError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw WriteError(description: "\(folder): could not write the outputs (\(error.localizedDescription)). The previous outputs are unchanged.")
        }
    }

    /// Tidies after a run that was killed: a folder half written is removed, and if the run died between
    /// moving the old folder aside and moving the new one in, the old one is put back.
    public static func recover(_ folder: String) {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).fordel-"
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let url = parent.appendingPathComponent(name)
            if name.hasPrefix(prefix + "old-") && !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: url, to: target)
            } else {
                try? manager.removeItem(at: url)
            }
        }
    }

    /// Writes a file of the staging folder in one go (no fsync per file: the folder as a whole is swapped in).
    private static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        guard let handle = fopen(path, "wb") else { throw WriteError(description: "\(path): could not create the file.") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard fclose(handle) == 0, written == bytes.count else { throw WriteError(description: "\(path): could not write the file.") }
    }

    /// Relative, without `..`, NUL or an absolute path: a name that stays inside the folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("/") && !name.contains("\0")
            && !name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

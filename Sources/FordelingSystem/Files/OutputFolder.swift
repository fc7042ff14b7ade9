import Foundation
import FordelingCore
import FordelingFormats

/// An outputs folder, replaced as a whole: files are written to a temporary folder beside it, which then
/// takes its place in one step (`FolderSwap`). A failed or interrupted run leaves the previous folder as it
/// was; writers of one folder take turns (`OutputLock`); and a folder whose replacement would delete what is
/// not Fordeling's outputs is refused before anything is touched.
public struct OutputFolder {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The folder as given, for messages.
    private let name: String
    /// The folder as the system resolves it (links followed).
    private let path: String

    /// `folder`, checked against `inputs` (the inputs folder): refuses the current folder or one holding it, the
    /// inputs folder or one inside or holding it, anything that is not a folder, and a mount point. If a killed
    /// run left the folder missing, the previous one is put back first.
    public init(_ folder: String, inputs: String) throws(WriteError) {
        name = "outputs folder '\(folder.abbreviated())'"
        do { path = try RealPath.resolve(folder) } catch {
            throw OutputFolder.danglingLink(error, named: name, kind: "folder")
        }
        OutputFolder.restoreInterrupted(path)
        let current = RealPath.current
        let inputs = try? RealPath.resolve(inputs)
        let ownFolder = "Fordeling replaces its outputs folder as a whole; give it a folder of its own, e.g. --outputs Outputs."
        if path == current { throw WriteError(description: "\(name): this is the current folder. \(ownFolder)") }
        if RealPath.isInside(current, path) { throw WriteError(description: "\(name): this folder holds the current folder. \(ownFolder)") }
        if let inputs {
            if path == inputs { throw WriteError(description: "\(name): this is the inputs folder. \(ownFolder)") }
            if RealPath.isInside(inputs, path) { throw WriteError(description: "\(name): this folder holds the inputs folder. \(ownFolder)") }
            if RealPath.isInside(path, inputs) { throw WriteError(description: "\(name): this folder is inside the inputs folder. \(ownFolder)") }
        }
        try checkKind()
    }

    /// Replaces the folder with exactly `files` (name → bytes). With `keepingOthers`, the folder's other files
    /// are carried over unchanged, except those under `clearing` (a subfolder being rewritten).
    public func replace(with files: [WrittenFile], keepingOthers: Bool = false, clearing: String? = nil) throws(WriteError) {
        if let clearing, !OutputFolder.isSafeName(clearing) { throw WriteError(description: "refusing to clear outside the outputs folder: '\(clearing.abbreviated())'") }
        if let file = files.first(where: { !OutputFolder.isSafeName($0.name) }) {
            throw WriteError(description: "refusing to write outside the outputs folder: '\(file.name.abbreviated())'")
        }
        let manager = FileManager.default
        if !FileKind.exists(RealPath.parent(path)) {
            // Nothing is there to lose, but an update needs the outputs of a full run: refused before any folder is made.
            try OwnedFiles.check(path, named: name, updating: keepingOthers)
            do { try manager.createDirectory(atPath: RealPath.parent(path), withIntermediateDirectories: true) } catch {
                throw WriteError(description: "\(name): could not create the folder that holds it (\(OutputFolder.reason(error))).")
            }
        }
        let lock = try OutputLock(for: path, named: name)
        let previous: String?
        do {
            defer { lock.release() }
            previous = try swapIn(files, keepingOthers: keepingOthers, clearing: clearing)
        }
        // Removed once the next writer may go on: the name is this run's, which no other run removes while it runs.
        if let previous { try? manager.removeItem(atPath: previous) }
    }

    /// Under the lock: writes the new folder beside the old and swaps it in; returns where the previous folder now is.
    private func swapIn(_ files: [WrittenFile], keepingOthers: Bool, clearing: String?) throws(WriteError) -> String? {
        let manager = FileManager.default
        InterruptedRuns.restore(path)
        try checkKind()
        try OwnedFiles.check(path, named: name, updating: keepingOthers)
        InterruptedRuns.removeLeftovers(path)
        let staging = TemporaryName(target: path, kind: "new").make()
        do {
            if keepingOthers {
                try manager.copyItem(atPath: path, toPath: staging)
                if let clearing { try? manager.removeItem(atPath: staging + "/" + clearing) }
            } else {
                try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            }
            var createdFolders: Set<String> = []
            for file in files {
                let url = URL(fileURLWithPath: staging + "/" + file.name)
                let folder = url.deletingLastPathComponent().path
                if !createdFolders.contains(folder) {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    createdFolders.insert(folder)
                }
                try OutputFolder.write(file.bytes, to: url.path)
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw WriteError(description: "\(name): could not write the new outputs (\(OutputFolder.reason(error))). "
                             + "The previous outputs are unchanged.")
        }
        do { return try FolderSwap.replace(path, with: staging) } catch {
            try? manager.removeItem(atPath: staging)
            guard let previous = error.previousAt else {
                throw WriteError(description: "\(name): could not put the new outputs in place (\(error.reason)). The previous outputs are unchanged.")
            }
            throw WriteError(description: "\(name): could not put the new outputs in place (\(error.reason)), nor the previous ones back; "
                             + "they are in \(RealPath.name(previous)) beside it, and the next fordel command puts them back.")
        }
    }

    /// Before a command reads or writes `path`: if it, or a folder on the way to it, is missing because a killed
    /// run's swap left the previous outputs beside it (`FolderSwap`), they are put back. Waits for a run writing it.
    public static func restoreInterrupted(around path: String) {
        guard !path.isEmpty, var missing = try? RealPath.resolve(path), !FileKind.exists(missing) else { return }
        while !FileKind.exists(RealPath.parent(missing)) { missing = RealPath.parent(missing) }
        restoreInterrupted(missing)
    }

    /// `InterruptedRuns.restore(folder)` under the folder's lock, if a killed run left anything to restore.
    private static func restoreInterrupted(_ folder: String) {
        guard !FileKind.exists(folder), !TemporaryName(target: folder, kind: "old").leftovers().isEmpty,
              let lock = try? OutputLock(for: folder, named: folder) else { return }
        InterruptedRuns.restore(folder)
        lock.release()
    }

    /// Refuses what is there if it is not a folder of its own: a file, a device, a mount point.
    private func checkKind() throws(WriteError) {
        guard let mode = FileKind.mode(at: path) else { return }
        guard mode == S_IFDIR else { throw WriteError(description: "\(name): this is \(FileKind.describe(mode)), not a folder. Move it away, or give --outputs a folder.") }
        guard FileKind.device(of: path) == FileKind.device(of: RealPath.parent(path)) else {
            throw WriteError(description: "\(name): a file system is mounted on this folder, and a mount point cannot be replaced. "
                             + "Give --outputs a folder inside it, e.g. --outputs \(RealPath.name(path).abbreviated())/ark.")
        }
    }

    /// The message for a link to nothing on the way to what was `given` as an outputs `kind` ("folder", "file").
    static func danglingLink(_ error: RealPath.DanglingLink, named name: String, kind: String) -> WriteError {
        let what = error.whole ? "this is a symbolic link" : "the symbolic link '\(RealPath.name(error.link).abbreviated())' on its path points"
        return WriteError(description: "\(name): \(what) to '\(error.target.abbreviated())', which does not exist. Create the \(kind) it points to, or remove the link.")
    }

    /// The system's reason for the last failure (`errno`).
    public static func systemError() -> String {
        String(cString: strerror(errno))
    }

    /// The reason `error` gives, in the system's words where it has them (Foundation's file errors wrap them).
    public static func reason(_ error: any Error) -> String {
        if let error = error as? WriteError { return error.description }
        let error = error as NSError
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return error.localizedDescription
    }

    /// Writes a file of the staging folder in one go (no fsync per file: the folder as a whole is swapped in).
    private static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        guard let handle = fopen(path, "wb") else { throw WriteError(description: "\(RealPath.name(path)): \(systemError())") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard fclose(handle) == 0, written == bytes.count else { throw WriteError(description: "\(RealPath.name(path)): \(systemError())") }
    }

    /// Relative, without `..`, NUL or an absolute path: a name that stays inside the folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("/") && !name.contains("\0")
            && !name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

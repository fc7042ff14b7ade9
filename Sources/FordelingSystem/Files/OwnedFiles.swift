import Foundation
import FordelingCore
import FordelingFormats

/// What in an outputs folder is Fordeling's. A folder is Fordeling's when its README.md is the index a full run
/// writes; its own files are then the files of its writers' kinds (`Writers.fileExtensions`: .csv, .md, …), at the
/// top and in `scenarios/NAME/`. Anything else there (another kind of file, a link, a hidden file, another folder) was
/// not written by Fordeling, and a run that would delete it is refused with a list of what it found.
enum OwnedFiles {
    /// Throws if replacing `folder` (named `name` in messages) would delete anything not Fordeling's. An empty or
    /// missing folder is Fordeling's to fill, except when `updating` (`--only`, `--scenario`): they update the
    /// outputs of a full run.
    static func check(_ folder: String, named name: String, updating: Bool) throws(OutputFolder.WriteError) {
        let entries = try names(in: folder, named: name)
        guard !entries.isEmpty else {
            guard !updating else {
                throw OutputFolder.WriteError(description: "\(name): it has no Fordeling index (README.md); --only and --scenario update the outputs of a full run. "
                                              + "Run the whole batch first.")
            }
            return
        }
        guard hasIndex(folder) else { throw foreign(entries.map { isFolder(folder + "/" + $0) ? $0 + "/" : $0 }, in: name, indexed: false) }
        var foreign: [String] = []
        for entry in entries where !isSheetFile(folder + "/" + entry) {
            guard entry == "scenarios", isFolder(folder + "/" + entry) else {
                foreign.append(isFolder(folder + "/" + entry) ? entry + "/" : entry)
                continue
            }
            for scenario in try names(in: folder + "/scenarios", named: name) {
                let path = "scenarios/" + scenario
                guard isFolder(folder + "/" + path) else {
                    foreign.append(path)
                    continue
                }
                for file in try names(in: folder + "/" + path, named: name) where !isSheetFile(folder + "/" + path + "/" + file) {
                    foreign.append(path + "/" + file + (isFolder(folder + "/" + path + "/" + file) ? "/" : ""))
                }
            }
        }
        guard foreign.isEmpty else { throw self.foreign(foreign, in: name, indexed: true) }
    }

    /// At most this many foreign names are listed in a message.
    private static let listed = 5

    private static func foreign(_ names: [String], in name: String, indexed: Bool) -> OutputFolder.WriteError {
        let sorted = names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var list = sorted.prefix(listed).map { $0.abbreviated() }.joined(separator: ", ")
        if sorted.count > listed { list += " and \(sorted.count - listed) more" }
        return OutputFolder.WriteError(description: "\(name): it holds files Fordeling did not write\(indexed ? "" : " (it has no Fordeling index, README.md)"): \(list). "
                                       + "Fordeling replaces its outputs folder as a whole and would delete them; move them elsewhere, or give --outputs another folder.")
    }

    /// The names in `folder`, none if it is missing; a folder that cannot be read cannot be known to hold only outputs.
    private static func names(in folder: String, named name: String) throws(OutputFolder.WriteError) -> [String] {
        guard FileKind.exists(folder) else { return [] }
        do { return try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw OutputFolder.WriteError(description: "\(name): could not read '\(RealPath.name(folder).abbreviated())' in it to check that it holds only outputs (\(OutputFolder.reason(error))).")
        }
    }

    /// Whether `path` is itself a folder (not a link to one).
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// A file a run writes: a regular file (not a link), not hidden, with the extension of one of the writers' files.
    private static func isSheetFile(_ path: String) -> Bool {
        var status = stat()
        let name = RealPath.name(path)
        guard let dot = name.lastIndex(of: "."), lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, !name.hasPrefix(".") else { return false }
        return Writers.fileExtensions.contains(String(name[name.index(after: dot)...]))
    }

    /// Whether `folder`'s README.md is a regular file starting with the heading of Fordeling's index.
    private static func hasIndex(_ folder: String) -> Bool {
        let path = folder + "/README.md"
        let heading = Array((MarkdownIndex.heading + "\n").utf8)
        guard isSheetFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: heading.count)).map { Array($0) == heading } ?? false
    }
}

import Foundation
import FordelingCore
import FordelingFormats

/// Where `split --output` may write: a regular file or a place for a new one, never the key it reads. A link is
/// written through: the file it points to is replaced and the link stays. The file is written under a name of
/// its own beside it and renamed into place when complete (`AtomicFile`), which would replace a device, a pipe or
/// a folder by a file: those are refused.
public enum OutputFile {
    /// The path to write for `given` (links followed), checked against the key file `key`.
    public static func resolve(_ given: String, notOverwriting key: String) throws(OutputFolder.WriteError) -> String {
        let name = "output file '\(given.abbreviated())'"
        let path: String
        do { path = try RealPath.resolve(given) } catch {
            throw OutputFolder.danglingLink(error, named: name, kind: "file")
        }
        guard let mode = FileKind.mode(at: path) else {
            guard FileKind.mode(at: RealPath.parent(path)) == S_IFDIR else {
                throw OutputFolder.WriteError(description: "\(name): the folder it would be in does not exist. Create it, or give --output another path.")
            }
            return path
        }
        guard mode == S_IFREG else {
            throw OutputFolder.WriteError(description: "\(name): this is \(FileKind.describe(mode)), not a regular file. "
                                          + "Fordeling writes a new file and renames it into place, which would replace it; give --output the path of a file.")
        }
        guard !FileKind.same(path, key) else {
            throw OutputFolder.WriteError(description: "\(name): this is the key file. Writing the sheet there would destroy the key; give --output another file.")
        }
        return path
    }
}

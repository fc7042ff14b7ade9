import FordelingFormats
import Foundation

/// Paths as the system resolves them: absolute, every link followed, `.` and `..` gone, so that two names
/// of one place compare equal. A path that does not exist yet resolves through the folder that would hold it.
enum RealPath {
    /// A link on the way that points to nothing: `link` (as resolved up to it), what it points to, and whether
    /// it is the path itself rather than a folder on the way.
    struct DanglingLink: Error {
        let link: String
        let target: String
        let whole: Bool
    }

    static func resolve(_ path: String) throws(DanglingLink) -> String {
        try resolveAbsolute(path.hasPrefix("/") ? path : current + "/" + path, whole: true)
    }

    /// The current folder, resolved.
    static var current: String {
        FileManager.default.currentDirectoryPath
    }

    /// Whether `path` is `folder` or lies inside it (both resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The folder holding `path`.
    static func parent(_ path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    /// The last name of `path`.
    static func name(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }

    /// `path` (absolute) resolved: by the system if it can, else its folder resolved and its name added.
    private static func resolveAbsolute(_ path: String, whole: Bool) throws(DanglingLink) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = try resolveAbsolute(parent(path), whole: false)
        let joined: String
        switch name(path) {
        case ".", "": joined = folder
        case "..": joined = parent(folder)
        case let name: joined = folder == "/" ? "/" + name : folder + "/" + name
        }
        // A link the system cannot resolve to a path but can follow (`/dev/stdout` to a pipe) is left as it is.
        if FileKind.link(at: joined) && FileKind.mode(at: joined) == nil {
            throw DanglingLink(link: joined, target: (try? FileManager.default.destinationOfSymbolicLink(atPath: joined)) ?? "", whole: whole)
        }
        return joined
    }
}

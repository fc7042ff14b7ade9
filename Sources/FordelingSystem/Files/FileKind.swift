import FordelingFormats
import Foundation

/// What is at a path, in the words of the messages: a folder, a file, a link, a pipe.
enum FileKind {
    /// The mode of what `path` names (links followed), nil if nothing is there.
    static func mode(at path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// Whether `path` itself is a symbolic link.
    static func link(at path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Whether anything, even a link to nothing, is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// "a folder", "a file", …, for a mode from `mode(at:)` or `lstat`.
    static func describe(_ mode: mode_t) -> String {
        switch mode {
        case S_IFDIR: return "a folder"
        case S_IFREG: return "a file"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        default: return "a device"
        }
    }

    /// The device (file system) `path` is on, nil if nothing is there.
    static func device(of path: String) -> dev_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_dev : nil
    }

    /// Whether `a` and `b` name one file (one device and inode, links followed).
    static func same(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        return stat(a, &first) == 0 && stat(b, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

import Foundation
import FordelingCore
import FordelingFormats

/// Reads input files, turning every failure into a located message. An input is a regular file (or a link to
/// one) within a size limit: a device, a named pipe or a socket is refused before it is opened, and no file is
/// read past its limit, whatever size it states or however it grows while it is read.
public enum FileReader {
    /// How large an input may be, and what to do about a larger one.
    public struct Limit: Sendable {
        public let bytes: Int
        /// "64 MiB an input may be".
        let label: String
        let fix: String

        /// Registers, keys, definitions, scenarios and approved sheets, and the sheets `check` and `diff` read: 64 MiB,
        /// ten thousand times the largest input of `Inputs/`, and room for a sheet of two million parties (as
        /// `split --output` writes them, about 28 bytes a row).
        public static let input = Limit(bytes: 64 << 20, label: "64 MiB an input may be",
                                        fix: "Check that it is the right file (only a key for 'fordel split --output' may be larger, up to 4 GiB).")
        /// A key for `fordel split --output`, streamed however many parties it has: just under 4 GiB, as the split
        /// addresses the key's text with 32-bit offsets.
        public static let splitKey = Limit(bytes: Int(UInt32.max) - 1, label: "4 GiB a key for a split may be",
                                           fix: "Leave out the columns the split does not use, or split the parties in parts.")
    }

    /// The bytes of the regular file at `path`, at most `limit.bytes` of them.
    public static func bytes(at path: String, limit: Limit = .input) throws(InputError) -> [UInt8] {
        let location = SourceLocation(file: path)
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw InputError(location, "the file does not exist", fix: "Check the path.") }
            throw unreadable(path)
        }
        try check(status, limit: limit, at: location)
        // Non-blocking, so that a named pipe put in the file's place since `stat` cannot hold the open up.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path) }
        try check(status, limit: limit, at: location)
        switch read(descriptor, expected: Int(status.st_size), limit: limit.bytes) {
        case .bytes(let bytes): return bytes
        case .failed: throw unreadable(path)
        case .pastLimit: throw InputError(location, "the file grew while it was read, past the \(limit.label)", fix: limit.fix)
        }
    }

    /// A regular file within the limit passes; anything else is a located error.
    private static func check(_ status: stat, limit: Limit, at location: SourceLocation) throws(InputError) {
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            if kind == S_IFDIR { throw InputError(location, "this is a folder, not a file", fix: "Give the path of a file.") }
            let what = kind == S_IFIFO ? "a named pipe (FIFO)" : kind == S_IFSOCK ? "a socket" : "a device"
            throw InputError(location, "this is \(what), not a regular file", fix: "Give the path of a regular file (save the data into one first).")
        }
        guard status.st_size <= limit.bytes else {
            throw InputError(location, "the file is \(DanishNumberFormat.string(DecimalValue(units: Int128(status.st_size)))) bytes, more than the \(limit.label)",
                             fix: limit.fix)
        }
    }

    private static func unreadable(_ path: String) -> InputError {
        InputError(SourceLocation(file: path), "the file cannot be read", fix: "Check that it is readable (permissions).")
    }

    enum Outcome: Equatable {
        case bytes([UInt8])
        case failed
        case pastLimit
    }

    /// Reads `descriptor` to its end: the `expected` bytes its size stated straight into the array (no
    /// intermediate copy), then whatever a file still growing holds beyond them, never more than `limit`.
    static func read(_ descriptor: Int32, expected: Int, limit: Int) -> Outcome {
        let expected = min(max(expected, 0), limit)
        var failed = false
        var bytes = [UInt8](hugeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected, let base = buffer.baseAddress {
                let got = Foundation.read(descriptor, base + count, expected - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { failed = got < 0; break }
                count += got
            }
        }
        // One byte past the limit is enough to know the file is too large.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed && bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { failed = got < 0; break }
            bytes += chunk[..<got]
        }
        if failed { return .failed }
        return bytes.count > limit ? .pastLimit : .bytes(bytes)
    }

    /// Whether `path` is a folder.
    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The files in `folder` whose names end in `.suffix` (one of them), sorted by name; a missing folder is an error.
    public static func files(in folder: String, suffix: String...) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw InputError(SourceLocation(file: folder), "the folder does not exist or cannot be read", fix: "Create it, or check --inputs.")
        }
        return names.filter { name in suffix.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { folder + "/" + $0 }
    }
}

import Foundation
import FordelingCore

/// Reads input files, turning every failure into a located message.
public enum FileReader {
    public static func bytes(at path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(SourceLocation(file: path), "the file does not exist", fix: "Check the path.")
        }
        if isDirectory.boolValue {
            throw InputError(SourceLocation(file: path), "this is a folder, not a file", fix: "Give the path of a file.")
        }
        guard let bytes = readAll(path) else {
            throw InputError(SourceLocation(file: path), "the file cannot be read", fix: "Check that it is readable (permissions).")
        }
        return bytes
    }

    /// The file's bytes read straight into an array (no intermediate copy); nil if it cannot be read.
    private static func readAll(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        var failed = false
        var bytes = [UInt8](hugeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let got = read(descriptor, buffer.baseAddress! + count, expected - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { failed = got < 0; break }
                count += got
            }
        }
        // Whatever lies past the size the file reported: a file still growing, or a pipe.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { failed = got < 0; break }
            bytes += chunk[..<got]
        }
        return failed ? nil : bytes
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

    /// The files in `folder` whose names end in `.suffix`, sorted by name; a missing folder is an error.
    public static func files(in folder: String, suffix: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw InputError(SourceLocation(file: folder), "the folder does not exist or cannot be read", fix: "Create it, or check --inputs.")
        }
        return names.filter { $0.hasSuffix(".\(suffix)") && !$0.hasPrefix(".") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { folder + "/" + $0 }
    }
}

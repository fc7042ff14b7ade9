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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(SourceLocation(file: path), "the file cannot be read", fix: "Check that it is readable (permissions).")
        }
        return [UInt8](data)
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

import Foundation

/// Everything under a folder, to show that a refused command touched nothing: each path with its kind,
/// a link's target or a file's bytes.
enum TreeSnapshot {
    static func of(_ root: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        var folders = [""]
        while let folder = folders.popLast() {
            for name in try manager.contentsOfDirectory(atPath: root.path + folder) {
                let path = folder + "/" + name
                let attributes = try manager.attributesOfItem(atPath: root.path + path)
                let type = attributes[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?:
                    entries[path] = "folder"
                    folders.append(path)
                case .typeSymbolicLink?:
                    entries[path] = "link to " + (try manager.destinationOfSymbolicLink(atPath: root.path + path))
                case .typeRegular?:
                    entries[path] = "file " + (manager.contents(atPath: root.path + path).map { $0.base64EncodedString() } ?? "unreadable")
                default:
                    entries[path] = "\(type?.rawValue ?? "unknown")"
                }
            }
        }
        return entries
    }
}

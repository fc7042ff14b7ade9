import FordelingCore

/// What a sheet records about how it was made: the tool version and the SHA-256 of each input file.
public struct Provenance: Sendable {
    public struct InputFile: Sendable, Equatable {
        /// The path as messages show it, e.g. "Inputs/keys/befolkning-2019.csv".
        public let path: String
        /// The path relative to the inputs folder, as sheets record it, e.g. "keys/befolkning-2019.csv".
        public let relativePath: String
        public let sha256: String

        public init(path: String, relativePath: String, sha256: String) {
            self.path = path
            self.relativePath = relativePath
            self.sha256 = sha256
        }
    }

    public let toolVersion: String
    public let files: [InputFile]

    public init(toolVersion: String, files: [InputFile]) {
        self.toolVersion = toolVersion
        self.files = files
    }

    /// The recorded files of `sheet`, in the sheet's order.
    public func files(of sheet: Sheet) -> [InputFile] {
        sheet.inputFiles.compactMap { path in files.first { $0.path == path } }
    }
}

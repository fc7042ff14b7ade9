import Foundation

/// Paths of the repository and of `../shared` beside it, for tests that read the real inputs and seeds.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let inputs = root.appendingPathComponent("Inputs")

    /// `../shared/seeds/NAME`, the approved sheets as published.
    public static func seed(_ name: String) -> URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/seeds/\(name)")
    }
}

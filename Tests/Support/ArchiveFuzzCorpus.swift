import Foundation

/// The committed inputs of the archive fuzz targets (`inflate`, `zip`, `xml`): the seed corpus in
/// Tests/Fuzz/Corpus/TARGET and the inputs that once crashed a target in Tests/Fuzz/Regressions/TARGET.
public enum ArchiveFuzzCorpus {
    /// Each input's file name and bytes.
    public static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let fuzz = RepositoryPaths.root.appendingPathComponent("Tests/Fuzz")
        return try ["Corpus", "Regressions"].flatMap { folder in
            let directory = fuzz.appendingPathComponent("\(folder)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return try names.sorted().map { ("\(folder)/\(target)/\($0)", [UInt8](try Data(contentsOf: directory.appendingPathComponent($0)))) }
        }
    }
}

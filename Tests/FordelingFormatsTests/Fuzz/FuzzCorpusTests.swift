import Foundation
import Testing
import FordelingTestSupport

/// Replays the committed fuzz corpus and every crash regression through the fuzz targets: none may crash.
@Suite struct FuzzCorpusTests {
    static let fuzz = RepositoryPaths.root.appendingPathComponent("Tests/Fuzz")

    static func inputs(_ target: String) -> [URL] {
        ["Corpus", "Regressions"].flatMap { folder in
            let directory = fuzz.appendingPathComponent("\(folder)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.sorted().map { directory.appendingPathComponent($0) }
        }
    }

    @Test(arguments: FuzzTargets.names)
    func corpusAndRegressionsRunWithoutCrashing(target: String) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "no seed corpus for \(target)")
        for url in inputs { FuzzTargets.run(target, [UInt8](try Data(contentsOf: url))) }
    }

    /// The `set` target applies its input to a batch of every rule and field; that batch must compute, or every
    /// input would be thrown away unused.
    @Test func theBatchThatSetInputsChangeComputes() {
        #expect(FuzzTargets.everyRuleSheets == ["bidrag", "blok", "sats", "samlet", "niveau", "andel", "aarsvaerk", "trykt", "klynge"])
    }
}

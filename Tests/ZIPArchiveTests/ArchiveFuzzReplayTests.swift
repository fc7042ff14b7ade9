import Testing
import FordelingTestSupport

/// Replays the committed corpus and crash regressions of the `inflate` and `zip` fuzz targets: none may trap.
@Suite struct ArchiveFuzzReplayTests {
    @Test(arguments: ["inflate", "zip"])
    func corpusAndRegressionsRunWithoutTrapping(target: String) throws {
        let inputs = try ArchiveFuzzCorpus.inputs(target)
        #expect(inputs.contains { $0.name.hasPrefix("Regressions/") }, "the crash that fuzzing found is kept")
        for input in inputs {
            target == "zip" ? fuzzZIP(input.bytes) : fuzzInflate(input.bytes)
        }
    }
}

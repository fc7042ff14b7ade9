import Testing
import FordelingTestSupport

/// Replays the committed corpus of the `xml` fuzz target: none may trap.
@Suite struct XMLFuzzReplayTests {
    @Test func corpusRunsWithoutTrapping() throws {
        let inputs = try ArchiveFuzzCorpus.inputs("xml")
        #expect(!inputs.isEmpty)
        for input in inputs { fuzzXML(input.bytes) }
    }
}

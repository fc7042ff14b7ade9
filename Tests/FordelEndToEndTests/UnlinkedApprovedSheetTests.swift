import Foundation
import Testing

/// An approved sheet linked to no definition (no `# ark:`, as Erhvervshus Nordjylland's, whose key is not printed)
/// is audited on its own and named by its file in the run's summary, with nothing dangling after its counts.
@Suite struct UnlinkedApprovedSheetTests {
    @Test func itIsNamedByItsFileInTheSummaryAndTheAudit() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Named by an absolute path, the inputs folder still does not show in the summary.
        let result = try workspace.run(["run", "--inputs", workspace.inputs.path])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("  approved/erhvervshus-nordjylland-2023.csv ") })
        #expect(lines[line].hasSuffix("  0 fejl, 0 advarsler, 0 info") && lines[line + 1].hasPrefix("  regionalt-udviklingsbidrag-2019 "))
        #expect(!result.stdout.contains("; \n") && !result.stdout.contains(workspace.inputs.path))
        let audit = String(decoding: try #require(try workspace.outputSnapshot()["/audit.md"]), as: UTF8.self)
        #expect(audit.contains("| `approved/erhvervshus-nordjylland-2023.csv` |  | 0 | 0 | 0 | ikke tilknyttet en definition |"))
    }
}

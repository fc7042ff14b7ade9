import Foundation
import Testing
import FordelingTestSupport
@testable import FordelingFormats

/// Every field a definition may have is in the field table of `Inputs/README.md`.
@Suite struct DefinitionFieldsDocumentedTests {
    @Test func theFieldTableNamesEveryField() throws {
        let readme = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "| field | required | meaning | example |"))
        let table = String(readme[start.upperBound...]).components(separatedBy: "\n\n").first ?? ""
        for (_, name) in DefinitionFields.table {
            #expect(table.contains("| `\(name)` ") || table.contains("`\(name)` |") || table.contains("and `\(name)`"), "Inputs/README.md documents '\(name)'")
        }
    }
}

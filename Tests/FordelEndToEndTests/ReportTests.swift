import Foundation
import Testing
import FordelingTestSupport

/// The HTML report as written: which pages a run writes, that they stand alone, that every text is escaped, that
/// `--only` keeps a sheet's audit on its page, and `check` and `diff` as HTML.
@Suite struct ReportTests {
    @Test func aRunWritesTheIndexAPagePerSheetAndPerScenarioAndEndsWithTheIndexPath() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last == "Report: Outputs/index.html")
        let files = try workspace.outputSnapshot()
        let sheets = files.keys.filter { $0.hasSuffix(".csv") && !$0.dropFirst().contains("/") }
        #expect(sheets.count == 21)
        for sheet in sheets { #expect(files[sheet.dropLast(4) + ".html"] != nil, "\(sheet): its page") }
        for scenario in ["erhvervshus-plus-10", "platform-30-mio", "klynge-ligelig", "ept4-uden-xyz", "lejre-udtraeder"] {
            #expect(files["/scenarios/\(scenario)/index.html"] != nil, "\(scenario): its page")
        }
        let index = String(decoding: try #require(files["/index.html"]), as: UTF8.self)
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        for sheet in sheets { #expect(index.contains("href=\"\(sheet.dropFirst().dropLast(4)).html\"")) }
    }

    @Test func noPageLoadsAnythingFromAnywhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let pages = try workspace.outputSnapshot().filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 27)
        for (name, bytes) in pages {
            let page = ReportPage(html: String(decoding: bytes, as: UTF8.self))
            #expect(!page.references.isEmpty || name.contains("scenarios"), "\(name) has links")
            for reference in page.references {
                #expect(!reference.lowercased().hasPrefix("http:") && !reference.lowercased().hasPrefix("https:") && !reference.hasPrefix("//"),
                        "\(name): \(reference)")
            }
            for element in ["<script", "<link", "<img", "<iframe", "<object", "@import", "@font-face"] {
                #expect(!page.html.contains(element), "\(name): \(element)")
            }
        }
    }

    @Test func textFromTheInputsIsEscaped() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit("definitions/2019-kkr-sjaelland-erhvervsfremme.txt", replacing: "title = Bidrag til Erhvervshus Sjælland",
                           with: "title = Bidrag <script>alert(\"x\")</script> & 'co'")
        #expect(try workspace.run(["run"]).status == 0)
        let page = String(decoding: try #require(try workspace.outputSnapshot()["/erhvervshus-2019.html"]), as: UTF8.self)
        #expect(!page.contains("<script"))
        #expect(page.contains("Bidrag &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
    }

    @Test func onlyRewritesASheetsPageWithItsAudit() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        let result = try workspace.run(["run", "--only", "telehjerter-2024"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last == "Report: Outputs/telehjerter-2024.html")
        #expect(try workspace.outputSnapshot()["/telehjerter-2024.html"] == before["/telehjerter-2024.html"])
    }

    @Test func checkWritesItsFindingsAsHTML() throws {
        let result = try Fordel.run(["check", "Inputs/approved/telehjerter-2024.csv", "--format", "html"], in: RepositoryPaths.root)
        #expect(result.status == 1)
        let page = ReportPage(html: result.stdout)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(page.marks("error") == 29)
        #expect(result.stdout.contains("29 fejl, 2 advarsler, 2 info"))
        let usage = try Fordel.run(["check", "Inputs/approved", "--format", "md"], in: RepositoryPaths.root)
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("error: --format must be text or html, not 'md'"))
    }

    @Test func diffWritesItsChangesAsHTML() throws {
        let result = try Fordel.run(["diff", "Outputs/telekol-2024.csv", "Inputs/approved/telekol-2024.csv", "--format", "html"], in: RepositoryPaths.root)
        #expect(result.status == 1)
        let page = ReportPage(html: result.stdout)
        #expect(page.marks("diff") == 18)
        #expect(result.stdout.contains("A: 181.319") && result.stdout.contains("B − A: -9"))
        #expect(result.stdout.contains("18 ændrede celler"))
    }
}

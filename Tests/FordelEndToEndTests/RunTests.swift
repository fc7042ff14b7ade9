import Foundation
import Testing
import FordelingTestSupport

@Suite struct RunTests {
    @Test func runWritesEverySheetAndAnIndexAndPrintsASummary() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run"])
        #expect(result.status == 0)
        let line = result.stdout.split(separator: "\n").first { $0.contains("erhvervshus-2019") }
        #expect(line?.contains(" 23.910.000 kr.  afstemt  Bidrag til Erhvervshus Sjælland (2019)") == true)
        #expect(result.stdout.contains("21 sheets written to Outputs/: 20 reconciled, 1 unreconciled (published mode)."))
        let files = try workspace.outputSnapshot().keys.sorted()
        for id in ["erhvervshus-2019", "digital-erhvervsplatform-2019", "borgernaer-velfaerd-2019",
                   "regionalt-udviklingsbidrag-2019", "samlet-omprioritering-2019"] {
            #expect(files.contains("/\(id).csv") && files.contains("/\(id).md"), "\(id)")
        }
        #expect(files.contains("/README.md"))
    }

    @Test func twoRunsGiveByteIdenticalOutputs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.outputSnapshot()
        #expect(try workspace.run(["run"]).status == 0)
        #expect(try workspace.outputSnapshot() == first)
    }

    @Test func committedOutputsAreWhatTheInputsGive() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let committed = RepositoryPaths.root.appendingPathComponent("Outputs")
        for (name, data) in try workspace.outputSnapshot() {
            #expect(FileManager.default.contents(atPath: committed.path + name) == data, "Outputs\(name) is stale: run make")
        }
    }

    @Test func onlyUpdatesOneSheetAndKeepsTheRest() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        try workspace.edit("definitions/2019-kkr-sjaelland-erhvervsfremme.txt", replacing: "national = 25 mio. kr.", with: "national = 30 mio. kr.")
        let result = try workspace.run(["run", "--only", "digital-erhvervsplatform-2019"])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try workspace.outputSnapshot()
        #expect(after["/digital-erhvervsplatform-2019.md"] != before["/digital-erhvervsplatform-2019.md"])
        #expect(after["/erhvervshus-2019.md"] == before["/erhvervshus-2019.md"])
        #expect(after.keys.sorted() == before.keys.sorted())
    }

    @Test func listShowsEveryDefinition() throws {
        let result = try Fordel.run(["list", "--inputs", RepositoryPaths.inputs.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 17)
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("regionalt-udviklingsbidrag-2019 ") }
        #expect(line?.contains("  135 kr. pr. enhed") == true)
        #expect(result.stdout.contains("700.000 kr. pr. enhed") && result.stdout.contains("DK2020: årsværk og kontant finansiering i perioden (september 2020 – juni 2023, pr. år)"))
    }

    @Test func sheetsRecordTheToolVersionAndInputHashesButNoTimestamp() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let markdown = String(decoding: try #require(try workspace.outputSnapshot()["/erhvervshus-2019.md"]), as: UTF8.self)
        #expect(markdown.contains("Beregnet af Fordeling 0.1.0"))
        #expect(markdown.contains("`keys/befolkning-2019.csv` SHA-256 `"))
        #expect(!markdown.contains("2026"))
    }

    @Test func csvIsForDanishExcel() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let bytes = [UInt8](try #require(try workspace.outputSnapshot()["/erhvervshus-2019.csv"]))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("Greve;253;50569;6,04;900000;1445162;545162\r\n"))
        #expect(text.contains("I alt;;836657;100,00;15780000;23910000;8130000\r\n"))
    }
}

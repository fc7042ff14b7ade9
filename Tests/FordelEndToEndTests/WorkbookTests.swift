import Foundation
import Testing
import FordelingTestSupport

/// Workbooks in and out, on the `fordel` binary: a run writes them; split, check and diff read them (LibreOffice
/// converts the CSV inputs: the tests that need it fail without it); a damaged or hostile workbook is a located
/// error with exit 2 and Outputs/ untouched.
@Suite struct WorkbookTests {
    /// The CSV file at `path` (relative to the workspace) converted by LibreOffice as a Danish Excel would, written
    /// beside it as `name`.
    static func convert(_ path: String, in workspace: Workspace, to name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = String(path.split(separator: "/").last ?? "")
        try folder.write(file, [UInt8](try Data(contentsOf: workspace.root.appendingPathComponent(path))))
        try ExternalTools.libreOffice(convert: [file], to: "xlsx", in: folder, importFilter: ExternalTools.danishCSVImport)
        try Data(try folder.read(file.replacingOccurrences(of: ".csv", with: ".xlsx"))).write(to: workspace.root.appendingPathComponent(name))
    }

    @Test func aRunWritesAWorkbookForEverySheetAndOneForTheBatchTheSameEachTime() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.outputSnapshot()
        let sheets = first.keys.filter { !$0.contains("/scenarios/") && $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }
        #expect(sheets.count == 21)
        for sheet in sheets { #expect(first[sheet + ".xlsx"] != nil, "\(sheet).xlsx") }
        #expect(first["/fordeling.xlsx"] != nil)
        #expect(try workspace.run(["run"]).status == 0)
        let second = try workspace.outputSnapshot()
        for (name, bytes) in first where name.hasSuffix(".xlsx") { #expect(second[name] == bytes, "\(name)") }
        #expect(try workspace.run(["run", "--only", "erhvervshus-2019"]).status == 0)
        #expect(try workspace.outputSnapshot() == second)
    }

    @Test func splitReadsTheKeyAsLibreOfficeSavesItAndPrintsThePublishedContributions() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.convert("Inputs/keys/befolkning-2019.csv", in: workspace, to: "befolkning-2019.xlsx")
        let fromWorkbook = try workspace.run(["split", "--total", "23.910.000", "--key", "befolkning-2019.xlsx"])
        let fromCSV = try workspace.run(["split", "--total", "23.910.000", "--key", "Inputs/keys/befolkning-2019.csv"])
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        let rows = { (output: String) in output.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Part") && !$0.hasPrefix("| ---") } }
        #expect(rows(fromWorkbook.stdout).count == 18)
        #expect(rows(fromWorkbook.stdout) == rows(fromCSV.stdout))
        #expect(fromWorkbook.stdout.contains("| Greve | 50.569 | 6,04 | 1.445.162 |"))
        #expect(fromWorkbook.stdout.contains("| **I alt** | **836.657** | **100,00** | **23.910.000** |"))
        #expect(fromWorkbook.stdout.contains("- `befolkning-2019.xlsx` SHA-256 "))

        // Written as a workbook too, from a workbook key, it holds the figures of the CSV file.
        #expect(try workspace.run(["split", "--total", "23.910.000", "--key", "befolkning-2019.xlsx", "--output", "bidrag.xlsx"]).status == 0)
        #expect(try workspace.run(["split", "--total", "23.910.000", "--key", "Inputs/keys/befolkning-2019.csv", "--output", "bidrag.csv"]).status == 0)
        let diff = try workspace.run(["diff", "bidrag.xlsx", "bidrag.csv"])
        #expect(diff.status == 0, "\(diff.stdout)")
        #expect(diff.stdout.hasSuffix("Ingen forskelle mellem bidrag.xlsx og bidrag.csv (54 celler sammenlignet).\n"))
    }

    @Test func diffOfAWorkbookWithItsApprovedSheetIsCleanAndAChangedCellIsNamedByItsAddress() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let clean = try workspace.run(["diff", "Outputs/erhvervshus-2019.xlsx", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(clean.status == 0)
        #expect(clean.stdout.hasSuffix("Ingen forskelle mellem Outputs/erhvervshus-2019.xlsx og Inputs/approved/erhvervshus-2019.csv (90 celler sammenlignet).\n"))
        let batch = try workspace.run(["diff", "Outputs/fordeling.xlsx", "Inputs/approved/erhvervshus-2019.csv", "--sheet", "erhvervshus-2019"])
        #expect(batch.status == 0, "\(batch.stdout)")

        let workbook = [UInt8](try Data(contentsOf: workspace.outputs.appendingPathComponent("erhvervshus-2019.xlsx")))
        try Data(try WorkbookSurgery.changed(workbook, replacing: [("<v>1445162</v>", "<v>1445262</v>")])).write(to: workspace.root.appendingPathComponent("kopi.xlsx"))
        let changed = try workspace.run(["diff", "kopi.xlsx", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("ændret: Greve [Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr.]: 1.445.262 → 1.445.162 (-100)  kopi.xlsx!'erhvervshus-2019'!F4 / Inputs/approved/erhvervshus-2019.csv:11"))
    }

    @Test func checkReadsAnApprovedSheetKeptAsAWorkbook() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.convert("Inputs/approved/telekol-2024.csv", in: workspace, to: "Inputs/approved/telekol-2024.xlsx")
        try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("approved/telekol-2024.csv"))
        let check = try workspace.run(["check", "Inputs/approved/telekol-2024.xlsx"])
        #expect(check.status == 1)
        #expect(check.stdout.hasPrefix("Inputs/approved/telekol-2024.xlsx: 9 fejl, 1 advarsel, 2 info\n"))
        #expect(check.stdout.contains("  fejl: Inputs/approved/telekol-2024.xlsx!'telekol-2024'!D10: København [Andel finansiering kr.] Beløbet afviger fra reglen"))
        let folder = try workspace.run(["check", "Inputs/approved"])
        #expect(folder.stdout.contains("Inputs/approved/telekol-2024.xlsx: 9 fejl, 1 advarsel, 2 info\n"))
        #expect(try workspace.run(["run"]).status == 0)
        #expect(try String(contentsOf: workspace.outputs.appendingPathComponent("audit.md"), encoding: .utf8).contains("`approved/telekol-2024.xlsx`"))
    }

    @Test func aDamagedKeyWorkbookIsALocatedErrorAndOutputsStayAsTheyWere() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.xlsx: the file cannot be read as an Excel workbook (.xlsx). The file is not a ZIP archive, "
                              + "which an .xlsx workbook is. Save it from Excel as an Excel workbook (.xlsx).") { workspace in
            try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("keys/befolkning-2019.csv"))
            try workspace.write("keys/befolkning-2019.xlsx", "Kommune;Befolkning\nGreve;50.569\n")
        }
    }

    @Test func aFormulaWithoutItsValueInAKeyWorkbookIsAnErrorAtItsCell() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.xlsx!'befolkning-2019'!B4: the cell holds a formula without a saved value. Open the workbook in Excel "
                              + "or LibreOffice so that it calculates, and save it again; or type the value instead of the formula.") { workspace in
            try Self.convert("Inputs/keys/befolkning-2019.csv", in: workspace, to: "befolkning.xlsx")
            let bytes = [UInt8](try Data(contentsOf: workspace.root.appendingPathComponent("befolkning.xlsx")))
            let changed = try WorkbookSurgery.changed(bytes, replacing: [(#"<c r="B4" s="0" t="n"><v>50569</v></c>"#, #"<c r="B4" s="0" t="n"><f>SUM(B5:B20)</f></c>"#)])
            try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("keys/befolkning-2019.csv"))
            try Data(changed).write(to: workspace.inputs.appendingPathComponent("keys/befolkning-2019.xlsx"))
        }
    }

    @Test func aKeyGivenAsBothCSVAndWorkbookIsAnError() throws {
        try expectRunRejected("Inputs/keys/dut-2019.xlsx: the key 'dut-2019' is given twice, also as Inputs/keys/dut-2019.csv. Keep one of the two files.") { workspace in
            try Self.convert("Inputs/keys/dut-2019.csv", in: workspace, to: "Inputs/keys/dut-2019.xlsx")
        }
    }

    @Test(arguments: [
        ("gammel.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600),
         "gammel.xls: the file cannot be read as an Excel workbook (.xlsx). The file is an old Excel workbook (.xls) or a password-protected workbook"),
        ("tom.xlsx", [], "tom.xlsx: the file cannot be read as an Excel workbook (.xlsx). The file is empty"),
    ] as [(String, [UInt8], String)])
    func splitRefusesWhatIsNoWorkbook(name: String, bytes: [UInt8], message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(name, bytes)
        let result = try Fordel.run(["split", "--total", "100", "--key", name], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: " + message), "\(result.stderr)")
    }

    @Test func aSheetNameIsForWorkbooks() throws {
        let result = try Fordel.run(["split", "--total", "100", "--key", "Inputs/keys/befolkning-2019.csv", "--sheet", "Ark1"], in: RepositoryPaths.root)
        #expect(result.status == 2)
        #expect(result.stderr == "error: Inputs/keys/befolkning-2019.csv: --sheet 'Ark1' names a worksheet, but the file is text (CSV), not a workbook. Leave out --sheet for a CSV file.\n")
    }

    @Test func aSplitTooLargeForAWorkbookSuggestsCSVAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = "Navn;Vægt\n"
        text.reserveCapacity(20_000_000)
        for index in 0..<1_048_576 { text += "P\(index);1\n" }
        try folder.write("stor.csv", Array(text.utf8))
        let result = try Fordel.run(["split", "--total", "1.000.000", "--key", "stor.csv", "--output", "stor.xlsx"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the split has 1.048.576 parties, and a workbook holds at most 1.048.576 rows"))
        #expect(result.stderr.contains("Write CSV instead: --output with a name ending in .csv."))
        #expect(!FileManager.default.fileExists(atPath: folder.file("stor.xlsx").path))
    }
}

import Foundation
import Testing
import FordelingTestSupport

/// Workbooks wherever a CSV input may stand, read as their cells show: a PL table and a price list kept as workbooks,
/// an approved sheet's findings at their cells, a number read as its format shows it, `--sheet` for the workbooks
/// of a folder, and a workbook made to expand refused at its cell.
@Suite struct WorkbookInputsTests {
    @Test func aPLTableAndAPriceListKeptAsWorkbooksGiveTheSameSheets() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let sheets = { () throws -> [String: [Substring]] in
            try workspace.outputSnapshot().filter { $0.key.hasSuffix(".csv") }.mapValues {
                String(decoding: $0, as: UTF8.self).split(separator: "\n").filter { !$0.contains("SHA-256") }
            }
        }
        let before = try sheets()
        for path in ["indices/pl", "prices/socialtilsyn-takster-2021"] {
            try WorkbookTests.convert("Inputs/\(path).csv", in: workspace, to: "Inputs/\(path).xlsx")
            try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("\(path).csv"))
        }
        let run = try workspace.run(["run"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try sheets() == before)
        let outputs = { (name: String) in try String(contentsOf: workspace.outputs.appendingPathComponent(name), encoding: .utf8) }
        #expect(try outputs("sundhedssekretariat-2024.csv").contains("indices/pl.xlsx;SHA-256 "))
        #expect(try outputs("audit.md").contains("prices/socialtilsyn-takster-2021.xlsx"))
    }

    @Test func aPLTableGivenAsBothCSVAndWorkbookIsAnError() throws {
        try expectRunRejected("Inputs/indices/pl.xlsx: the PL table 'pl' is given twice, also as Inputs/indices/pl.csv. Keep one of the two files.") { workspace in
            try WorkbookTests.convert("Inputs/indices/pl.csv", in: workspace, to: "Inputs/indices/pl.xlsx")
        }
    }

    @Test func aRuleOfAnApprovedWorkbookIsFoundAtItsCell() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit("approved/sosu-dimensionering-kkr-2020.csv", replacing: "Sjælland;345;129;474;", with: "Sjælland;345;129;475;")
        try WorkbookTests.convert("Inputs/approved/sosu-dimensionering-kkr-2020.csv", in: workspace, to: "Inputs/approved/sosu-dimensionering-kkr-2020.xlsx")
        try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("approved/sosu-dimensionering-kkr-2020.csv"))
        let check = try workspace.run(["check", "Inputs/approved/sosu-dimensionering-kkr-2020.xlsx"])
        let file = "Inputs/approved/sosu-dimensionering-kkr-2020.xlsx!'sosu-dimensionering-kkr-2020'"
        #expect(check.stdout.contains(": \(file)!D10: Sjælland [Hjælpere, dimensionering 2020]"), "\(check.stdout)")
        #expect(check.stdout.contains(": \(file)!H14: Hele landet [Assistenter, dimensionering 2020]"), "\(check.stdout)")

        // A rule that names no column is an error at its line's cell.
        let sheet = try String(contentsOf: workspace.inputs.appendingPathComponent("approved/sosu-dimensionering-sjaelland-2020.csv"), encoding: .utf8)
        try Data(sheet.replacingOccurrences(of: "# relation: Hjælpere, dimensionering 2020 =", with: "# relation: Hjælpere i alt =").utf8)
            .write(to: workspace.root.appendingPathComponent("sjaelland.csv"))
        try WorkbookTests.convert("sjaelland.csv", in: workspace, to: "sjaelland.xlsx")
        let rule = try workspace.run(["check", "sjaelland.xlsx"])
        #expect(rule.status == 2)
        #expect(rule.stderr.hasPrefix("error: sjaelland.xlsx!sjaelland!A3: expected 'COLUMN = COLUMN + COLUMN …'"), "\(rule.stderr)")
    }

    @Test func aNumberIsReadAsItsFormatShowsIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Greve's contribution as a formula computes it, shown (#,##0) as the published 1.445.162.
        let workbook = [UInt8](try Data(contentsOf: workspace.outputs.appendingPathComponent("erhvervshus-2019.xlsx")))
        try Data(try WorkbookSurgery.changed(workbook, replacing: [("<v>1445162</v>", "<v>1445161.8644000001</v>")])).write(to: workspace.root.appendingPathComponent("kopi.xlsx"))
        let diff = try workspace.run(["diff", "kopi.xlsx", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(diff.status == 0, "\(diff.stdout)")
        #expect(diff.stdout.hasSuffix("Ingen forskelle mellem kopi.xlsx og Inputs/approved/erhvervshus-2019.csv (90 celler sammenlignet).\n"))
    }

    @Test func checkOfAFolderNamesTheWorksheetOfItsWorkbooks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try WorkbookTests.convert("Inputs/approved/telekol-2024.csv", in: workspace, to: "Inputs/approved/telekol-2024.xlsx")
        try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("approved/telekol-2024.csv"))
        let check = try workspace.run(["check", "Inputs/approved", "--sheet", "telekol-2024"])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("Inputs/approved/telekol-2024.xlsx: 9 fejl, 1 advarsel, 2 info\n"))
        #expect(check.stdout.contains("Inputs/approved/erhvervshus-2019.csv: "))
        let missing = try workspace.run(["check", "Inputs/approved", "--sheet", "Ark9"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: Inputs/approved/telekol-2024.xlsx: the workbook has no worksheet 'Ark9'"), "\(missing.stderr)")
    }

    @Test func aWorkbookMadeToExpandIsRefusedAtItsCell() throws {
        // One shared string of 1 MiB, in a hundred cells: a file of a few kilobytes that would be 100 MiB of text.
        let strings = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"# + String(repeating: "a", count: 1 << 20) + "</t></si></sst>"
        let rows = (1...100).map { #"<row r="\#($0)"><c r="A\#($0)" t="s"><v>0</v></c></row>"# }.joined()
        let worksheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + rows + "</sheetData></worksheet>"
        let file = try WorkbookSurgery.changed(fuzzWorkbookFile(worksheet: Array(worksheet.utf8), sharedStrings: Array(strings.utf8)))
        #expect(file.count < 10_000)
        try expectRunRejected("Inputs/keys/befolkning-2019.xlsx!Ark1!A64: the worksheet's cells make more text than the 64 MiB an input may be. "
                              + "Check that it is the right file, and delete what lies outside the table.") { workspace in
            try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("keys/befolkning-2019.csv"))
            try Data(file).write(to: workspace.inputs.appendingPathComponent("keys/befolkning-2019.xlsx"))
        }
    }
}

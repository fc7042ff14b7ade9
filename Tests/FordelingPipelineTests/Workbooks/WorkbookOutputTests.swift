import Foundation
import Testing
import FordelingCore
@testable import FordelingFormats
import FordelingSystem
import FordelingTestSupport

/// Every workbook a run writes, opened by LibreOffice (required: the test fails without it) and saved as CSV, shows
/// the figures of the sheet's CSV file, cell for cell: with the values Fordeling saved, and with LibreOffice's own
/// totals when the saved values of the formulas are taken out.
@Suite struct WorkbookOutputTests {
    @Test func everyWorkbookShowsTheFiguresOfItsCSVFileInLibreOffice() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let result = try Batch.run(inputs.batch) { SheetPresentation($0).table }
        let files = Writers.files(for: BatchOutput(result, provenance: inputs.provenance))
        let bytes = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        let ids = result.sheets.map(\.id)
        // The batch's worksheets are named by the sheets' ids, cut to Excel's 31 characters and kept unique.
        let worksheets = Dictionary(uniqueKeysWithValues: zip(ids, WorksheetNames.unique(["Oversigt"] + ids).dropFirst()))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for id in ids {
            try folder.write("\(id).xlsx", try #require(bytes["\(id).xlsx"]))
            try folder.write("\(id)-recalculated.xlsx", try WorkbookSurgery.changed(try #require(bytes["\(id).xlsx"]), removingSavedValues: true))
        }
        try folder.write("batch.xlsx", try #require(bytes[XLSXWriter.batchFile]))
        try folder.write("batch-recalculated.xlsx", try WorkbookSurgery.changed(try #require(bytes[XLSXWriter.batchFile]), removingSavedValues: true))
        try ExternalTools.libreOffice(convert: ids.flatMap { ["\($0).xlsx", "\($0)-recalculated.xlsx"] }, to: ExternalTools.csvAsShown, in: folder)
        try ExternalTools.libreOffice(convert: ["batch.xlsx", "batch-recalculated.xlsx"], to: ExternalTools.csvAsShown + ",-1", in: folder)
        for id in ids {
            let csv = try WorkbookComparison.rows(try #require(bytes["\(id).csv"]), file: "\(id).csv")
            #expect(csv.count > 10)
            let worksheet = try #require(worksheets[id])
            for converted in ["\(id).csv", "\(id)-recalculated.csv", "batch-\(worksheet).csv", "batch-recalculated-\(worksheet).csv"] {
                let shown = try WorkbookComparison.rows(try folder.read(converted), file: converted, byLibreOffice: true)
                let difference = shown.firstDifference(from: csv)
                #expect(difference == nil, "\(converted): \(difference.map { "row \($0.row): \($0.1) in LibreOffice, \($0.2) in CSV" } ?? "")")
            }
        }
        let overview = try WorkbookComparison.rows(try folder.read("batch-Oversigt.csv"), file: "Oversigt", byLibreOffice: true)
        #expect(overview[3] == ["erhvervshus-2019", "Bidrag til Erhvervshus Sjælland", "2019", "23910000", "kr.", "Afstemt", "erhvervshus-2019"])
        #expect(overview.count == 3 + ids.count + 2 + inputs.provenance.files.count)
    }

    /// The total row's amount is a formula over the rows: a row typed over in a spreadsheet moves the total with it.
    @Test func aTotalFollowsARowTypedOverInLibreOffice() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let sheet = try #require(try Batch.sheet("erhvervshus-2019", of: inputs.batch).first { $0.id == "erhvervshus-2019" })
        let workbook = XLSXWriter.sheet(sheet, provenance: inputs.provenance)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("typed.xlsx", try WorkbookSurgery.changed(workbook, replacing: [("<v>1445162</v>", "<v>1445163</v>")], removingSavedValues: true))
        try ExternalTools.libreOffice(convert: ["typed.xlsx"], to: ExternalTools.csvAsShown, in: folder)
        let rows = try WorkbookComparison.rows(try folder.read("typed.csv"), file: "typed.csv", byLibreOffice: true)
        #expect(rows[3] == ["Greve", "253", "50569", "6,04", "900000", "1445163", "545162"])
        #expect(rows[20] == ["I alt", "", "836657", "100,00", "15780000", "23910001", "8130000"])
    }
}

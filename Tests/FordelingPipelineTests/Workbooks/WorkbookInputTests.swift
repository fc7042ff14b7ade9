import Foundation
import Testing
import FordelingCore
import FordelingFormats
import FordelingSystem
import FordelingTestSupport

/// The inputs as workbooks: every register, key and approved sheet of Inputs/ converted to .xlsx by LibreOffice
/// (required: the test fails without it) gives the sheets and the findings that the CSV files give.
@Suite struct WorkbookInputTests {
    @Test func inputsConvertedByLibreOfficeGiveTheSameSheetsAndFindings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = folder.file("Inputs")
        try FileManager.default.copyItem(at: RepositoryPaths.inputs, to: inputs)
        var converted: [String] = []
        for subfolder in ["registers", "keys", "approved"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: inputs.appendingPathComponent(subfolder).path) where name.hasSuffix(".csv") {
                try FileManager.default.moveItem(at: inputs.appendingPathComponent("\(subfolder)/\(name)"), to: folder.file(name))
                converted.append("\(subfolder)/\(name.dropLast(4))")
            }
        }
        try ExternalTools.libreOffice(convert: converted.map { String($0.split(separator: "/")[1]) + ".csv" }, to: "xlsx", in: folder,
                                      importFilter: ExternalTools.danishCSVImport)
        for path in converted {
            try FileManager.default.moveItem(at: folder.file(String(path.split(separator: "/")[1]) + ".xlsx"), to: inputs.appendingPathComponent(path + ".xlsx"))
        }
        #expect(converted.count >= 16)

        let fromCSV = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let fromWorkbooks = try InputFolder(path: inputs.path, toolVersion: "test")
        #expect(fromWorkbooks.provenance.files.filter { $0.path.hasSuffix(".xlsx") }.count == converted.count)
        let csv = try Batch.run(fromCSV.batch) { SheetPresentation($0).table }
        let workbooks = try Batch.run(fromWorkbooks.batch) { SheetPresentation($0).table }

        #expect(workbooks.sheets.map(\.id) == csv.sheets.map(\.id))
        for (a, b) in zip(csv.sheets, workbooks.sheets) {
            #expect(b.columns.map(\.heading) == a.columns.map(\.heading), "\(a.id)")
            #expect(b.rows.map(\.party) == a.rows.map(\.party), "\(a.id)")
            #expect(Self.figures(b.rows.map(\.cells) + [b.totals]) == Self.figures(a.rows.map(\.cells) + [a.totals]), "\(a.id)")
            #expect(b.reconciliation == a.reconciliation, "\(a.id)")
        }
        #expect(workbooks.audit.count == csv.audit.count)
        for (a, b) in zip(csv.audit, workbooks.audit) {
            #expect(b.approved.sheetID == a.approved.sheetID)
            #expect(b.findings.map(Self.finding) == a.findings.map(Self.finding), "\(a.approved.table.source)")
            #expect(b.diff?.isClean == a.diff?.isClean)
            #expect(b.diff?.changes.count == a.diff?.changes.count)
        }
        #expect(workbooks.audit.flatMap(\.findings).count == csv.audit.flatMap(\.findings).count)
        let located = try #require(workbooks.audit.flatMap(\.findings).first { $0.column != nil })
        #expect(located.location?.description.contains(".xlsx!") == true)
    }

    /// A cell's figure as the sheet shows it (`0,4` and `0,400` are one figure), or the cell itself when it shows none.
    private static func figures(_ rows: [[Cell]]) -> [[String]] {
        rows.map { $0.map { cell in cell.shown.map { normalised($0) } ?? "\(cell)" } }
    }

    private static func normalised(_ value: DecimalValue) -> String {
        var units = value.units
        var scale = value.scale
        while scale > 0 && units % 10 == 0 { units /= 10; scale -= 1 }
        return DecimalValue(units: units, scale: scale).description
    }

    /// What a finding says, its numbers compared as figures: severity, kind, row (line), party, column, printed,
    /// expected and difference.
    private static func finding(_ finding: Finding) -> String {
        let kind = String(describing: finding.kind).prefix { $0 != "(" }
        let numbers = [finding.printed, finding.expected, finding.difference].map { $0.map(normalised) ?? "-" }
        return "\(finding.severity) \(kind) \(finding.location?.line ?? 0) \(finding.party ?? "") [\(finding.column ?? "")] \(numbers.joined(separator: " "))"
    }
}

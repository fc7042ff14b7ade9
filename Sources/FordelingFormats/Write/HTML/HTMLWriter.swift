import FordelingCore

/// The batch as a report to look at and to print: `index.html` (every sheet, the audit, the scenarios), a page per
/// sheet (`ID.html`: the table with charts beside it, and the audit of its approved sheet) and per scenario
/// (`scenarios/NAME/index.html`). Hand-written HTML with its CSS and SVG charts inline: no script, no file or request
/// beyond the page, the same bytes for the same inputs.
public struct HTMLWriter: OutputWriter {
    public init() {}

    public var fileExtensions: [String] { ["html"] }

    public func files(for output: BatchOutput) -> [WrittenFile] {
        var files = output.sheets.map { sheet in
            WrittenFile("\(sheet.id).html", HTMLSheetPage.page(sheet, audit: output.audited.filter { $0.approved.sheetID == sheet.id },
                                                               provenance: output.provenance))
        }
        if output.isWholeBatch { files.append(WrittenFile("index.html", HTMLIndex.page(output))) }
        return files + output.scenarios.map { WrittenFile("scenarios/\($0.scenario.name)/index.html", HTMLScenarioPage.page($0, provenance: output.provenance)) }
    }

    /// `fordel check --format html`: every approved sheet checked, with its marked cells and findings.
    public static func check(_ entries: [AuditEntry], version: String) -> [UInt8] {
        HTMLAudit.checkPage(entries, version: version)
    }

    /// `fordel diff --format html`: sheet B with the cells that differ from A marked, and the diff.
    public static func diff(_ diff: DiffPresentation, b: SheetTable, version: String) -> [UInt8] {
        HTMLAudit.diffPage(diff, b: b, version: version)
    }
}

import Foundation
import Testing
import FordelingCore
import FordelingFormats
import FordelingTestSupport

/// The HTML report in a real browser: headless Chromium renders each page (its DOM), prints it to PDF (read back with
/// pdftotext) and takes screenshots for a person to look at. Chromium and pdftotext are required: without them these
/// tests fail, they do not pass.
@Suite struct ReportBrowserTests {
    /// Every page of the report: the index, the sheets, the scenarios.
    private static func pages(_ workspace: Workspace) throws -> [String] {
        try workspace.outputSnapshot().keys.filter { $0.hasSuffix(".html") }.sorted()
    }

    private static func sheetIDs(_ workspace: Workspace) throws -> [String] {
        try workspace.outputSnapshot().keys.filter { $0.hasSuffix(".csv") && !$0.dropFirst().contains("/") }.map { String($0.dropFirst().dropLast(4)) }.sorted()
    }

    private static func dom(_ workspace: Workspace, _ page: String) throws -> ReportPage {
        ReportPage(html: try BrowserTools.renderedDOM(of: workspace.outputs.appendingPathComponent(page)))
    }

    /// Each bar's length is its figure's share of the longest bar's figure, within a pixel; its label is the figure.
    private static func expectProportional(_ chart: ReportPage.Chart, _ figures: [(party: String, value: DecimalValue)], _ page: String) {
        #expect(chart.bars.map(\.party) == figures.map(\.party), "\(page) [\(chart.title)]: one bar per party, in the table's order")
        guard let longest = zip(chart.bars, figures).max(by: { abs($0.1.value.approximately) < abs($1.1.value.approximately) }) else { return }
        let pixelsPerUnit = longest.0.width / abs(longest.1.value.approximately)
        for (bar, figure) in zip(chart.bars, figures) {
            #expect(abs(bar.width - abs(figure.value.approximately) * pixelsPerUnit) <= 1, "\(page) \(bar.party): bar \(bar.width) px for \(figure.value)")
            let label = bar.label.hasPrefix("+") ? String(bar.label.dropFirst()) : bar.label
            #expect((try? DanishNumber.parse(label)) == figure.value, "\(page) \(bar.party): label '\(bar.label)' for \(figure.value)")
        }
    }

    @Test func theIndexListsEverySheetWithItsTotal() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let index = try Self.dom(workspace, "index.html")
        let ids = try Self.sheetIDs(workspace)
        #expect(ids.count == 21)
        for id in ids {
            let sheet = try WrittenSheet(workspace.outputs.appendingPathComponent("\(id).csv"))
            let row = index.html.components(separatedBy: "<tr data-sheet=\"\(id)\">").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
            #expect(row.contains("href=\"\(id).html\""), "\(id): linked from the index")
            // A budget statement states no one total (its results stand per period); every other sheet's is listed.
            guard sheet.rowsAreParties else { continue }
            #expect(!sheet.total.isEmpty && row.contains(">\(sheet.total)<"), "\(id): total \(sheet.total) on the index")
        }
    }

    @Test func everySheetPageHasABarPerPartyAsLongAsItsAmount() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        for id in try Self.sheetIDs(workspace) {
            let page = try Self.dom(workspace, "\(id).html")
            let sheet = try WrittenSheet(workspace.outputs.appendingPathComponent("\(id).csv"))
            // A budget statement's rows are its lines, not parties: it has no chart of parties.
            guard sheet.rowsAreParties else {
                #expect(page.charts.isEmpty, "\(id): a budget statement has no chart of parties")
                continue
            }
            let chart = try #require(page.chart("amounts"), "\(id): an amounts chart")
            let amounts = sheet.column(chart.title)
            #expect(!amounts.isEmpty, "\(id): the chart's title '\(chart.title)' heads a column of the CSV")
            Self.expectProportional(chart, amounts, id)
            // Each figure per unit or share column is charted too, and each difference as changes.
            for figures in page.charts where figures.kind != "amounts" {
                Self.expectProportional(figures, sheet.column(figures.title), id)
            }
        }
    }

    @Test func erhvervshusShowsItsContributionsAndTheChangeFrom2018() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = try Self.dom(workspace, "erhvervshus-2019.html")
        #expect(page.chart("amounts")?.bars.count == 17)
        let change = try #require(page.chart("changes"))
        #expect(change.title == "Forskel")
        #expect(change.bars.count == 17)
        #expect(change.bars.allSatisfy { $0.style == "up" && $0.label.hasPrefix("+") }, "every municipality pays more than in 2018")
        #expect(change.bars.first { $0.party == "Greve" }?.label == "+545.162")
    }

    @Test func aScenarioDrawsIncreasesAndDecreasesApart() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = try Self.dom(workspace, "scenarios/lejre-udtraeder/index.html")
        let change = try #require(page.charts.first { $0.kind == "changes" })
        #expect(change.bars.count == 17)
        #expect(change.bars.filter { $0.style == "down" }.map(\.party) == ["Lejre"])
        #expect(change.bars.first { $0.party == "Lejre" }?.label == "-784.381")
        #expect(change.bars.first { $0.party == "Greve" }?.label == "+49.017")
    }

    @Test func theTelehjerterPageHighlightsTheCellsTheAuditFinds() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = try Self.dom(workspace, "telehjerter-2024.html")
        #expect(page.marks("error") == 29)
        #expect(page.marks("warning") == 2)
        #expect(page.marks("info") == 1)
        #expect(page.html.contains("302.504") && page.html.contains("fejl: forventet 302.199"))
    }

    @Test func everyPagePrintsToAPDFWithEveryPartyAndAmount() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.pages(workspace)
        #expect(pages.count == 21 + 1 + 5)
        for page in pages {
            let pdf = folder.file(page.dropFirst().replacingOccurrences(of: "/", with: "_") + ".pdf")
            try BrowserTools.printToPDF(workspace.outputs.appendingPathComponent(String(page.dropFirst())), to: pdf)
            let text = try BrowserTools.text(ofPDF: pdf)
            let id = String(page.dropFirst().dropLast(".html".count))
            guard FileManager.default.fileExists(atPath: workspace.outputs.appendingPathComponent("\(id).csv").path) else {
                #expect(!text.isEmpty, "\(page) prints")
                continue
            }
            let sheet = try WrittenSheet(workspace.outputs.appendingPathComponent("\(id).csv"))
            guard sheet.rowsAreParties else {
                for row in sheet.table.rows { #expect(text.contains(row.label.split(separator: " ").first.map(String.init) ?? ""), "\(page): \(row.label) in the PDF") }
                continue
            }
            let amounts = try #require(ReportPage(html: try String(contentsOf: workspace.outputs.appendingPathComponent("\(id).html"), encoding: .utf8))
                .chart("amounts"))
            for (party, amount) in sheet.column(amounts.title) {
                #expect(text.contains(party), "\(page): \(party) in the PDF")
                #expect(text.contains(DanishNumberFormat.string(amount)), "\(page): \(party)'s \(DanishNumberFormat.string(amount)) in the PDF")
            }
        }
    }

    /// Screenshots for a person to look at (not committed): the index and the Erhvervshus sheet at 1280 px.
    @Test func screenshotsOfTheIndexAndASheetAreWritten() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let folder = RepositoryPaths.root.appendingPathComponent(".build/report-screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (page, height) in [("index", 2200), ("erhvervshus-2019", 2400), ("telehjerter-2024", 5600)] {
            let png = folder.appendingPathComponent("\(page).png")
            try? FileManager.default.removeItem(at: png)
            try BrowserTools.screenshot(workspace.outputs.appendingPathComponent("\(page).html"), to: png, width: 1280, height: height)
            let bytes = [UInt8](try Data(contentsOf: png))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(page).png is a PNG")
            // The width in the PNG's header (IHDR), big-endian at bytes 16-19.
            #expect(bytes.count > 24 && bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1280, "\(page).png is 1280 px wide")
        }
    }
}

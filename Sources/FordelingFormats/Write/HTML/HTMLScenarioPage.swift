import FordelingCore

/// A scenario's page, `scenarios/NAME/index.html`: its changes, the sheets they change, each party's change across
/// them (table and chart), then each changed sheet on a printed page of its own: baseline, scenario and change per
/// party beside the chart of the change, its reconciliation and provenance.
enum HTMLScenarioPage {
    static func page(_ result: ScenarioResult, provenance: Provenance) -> [UInt8] {
        let presentation = ScenarioPresentation(result)
        let scenario = result.scenario
        var main = HTML.text("h1", [], presentation.title)
        main += HTML.text("p", [], ScenarioPresentation.changesIntroduction) + HTML.list(presentation.changes.map(HTML.code))
        if !scenario.notes.isEmpty { main += HTML.list(scenario.notes.map(HTML.escape), [("class", "notes")]) }
        main += HTMLPage.section(HTML.text("h2", [], ScenarioPresentation.changedSheetsHeading) + changedSheets(result))
        main += HTMLPage.section(HTML.text("h2", [], ScenarioPresentation.overviewHeading) + HTML.element("p", [], presentation.countedSheets(code: HTML.code))
                                 + layout(presentation.overview, caption: ScenarioPresentation.overviewHeading, chart: presentation.overviewChart, id: "oversigt"))
        for sheet in result.sheets {
            let id = sheet.scenario.id
            let baseline = SheetPresentation(sheet.baseline)
            var content = HTML.text("h2", [], presentation.heading(sheet))
            content += HTML.element("p", [], HTML.escape(ScenarioPresentation.baselineHeading + ": ") + HTML.link("../../\(id).html", baseline.heading))
            content += layout(presentation.table(sheet), caption: presentation.heading(sheet), chart: presentation.chart(sheet), id: "diagram-\(id)")
            content += HTML.text("h3", [], ScenarioPresentation.reconciliationHeading) + HTMLPage.facts(SheetPresentation(sheet.scenario).reconciliationLines)
            content += HTMLSheetPage.provenanceList(presentation.computedBy(provenance.toolVersion, sheet: sheet, code: HTML.code),
                                                    files: provenance.files(of: sheet.scenario))
            main += HTMLPage.section(content, id: id, page: true)
        }
        return HTMLPage.document(title: presentation.title, index: "../../index.html", main: main,
                                 version: provenance.toolVersion)
    }

    /// Each changed sheet with its baseline and scenario totals, linked to its section.
    private static func changedSheets(_ result: ScenarioResult) -> String {
        let rows = result.sheets.map { sheet -> [String] in
            let text = SheetPresentation(sheet.scenario)
            return [HTML.element("a", [("href", "#" + sheet.scenario.id)], HTML.code(sheet.scenario.id)), HTML.escape(text.heading),
                    HTML.escape(text.amount(sheet.total.baseline)), HTML.escape(text.amount(sheet.total.scenario)),
                    HTML.escape(text.amount(sheet.total.change)), HTMLSheetPage.status(text)]
        }
        return HTMLTable.markup(caption: ScenarioPresentation.changedSheetsHeading, header: ScenarioPresentation.changedSheetsHeadings,
                                numeric: [2, 3, 4], rows: rows)
    }

    /// A table beside its chart.
    private static func layout(_ table: PresentedTable, caption: String, chart: Chart, id: String) -> String {
        HTML.element("div", [("class", "layout")],
                     HTMLTable.table(caption: caption, header: table.header, partyColumns: table.partyColumns, rows: table.rows, total: table.totalRow)
                        + HTMLSheetPage.charts([chart], id: id))
    }
}

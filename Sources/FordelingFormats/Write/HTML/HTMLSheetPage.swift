import FordelingCore

/// A sheet's page: its total and status, the table as an approved sheet prints it and beside it the charts, the
/// reconciliation, the basis and the provenance; then the audit of each approved sheet linked to it.
enum HTMLSheetPage {
    static func page(_ sheet: Sheet, audit: [AuditEntry], provenance: Provenance) -> [UInt8] {
        let presentation = SheetPresentation(sheet)
        var main = HTML.text("h1", [], presentation.heading) + lede(presentation, audit: audit)
        let table = HTMLTable.table(caption: presentation.heading, header: presentation.header, partyColumns: presentation.partyColumns,
                                    rows: presentation.rows, total: presentation.totalRow, attributes: [("class", "sheet")])
        main += HTMLPage.section(HTML.element("div", [("class", "layout")], table + charts(presentation.charts, id: "diagram")))
        main += HTMLPage.section(facts(presentation) + provenanceList(presentation.computedBy(provenance.toolVersion, code: HTML.code),
                                                                      files: provenance.files(of: sheet)))
        main += audit.map(HTMLAudit.section).joined()
        return HTMLPage.document(title: presentation.heading, index: "index.html", main: main,
                                 version: provenance.toolVersion)
    }

    /// The total, the status, and the counts of each linked approved sheet's findings, linked to its audit.
    private static func lede(_ presentation: SheetPresentation, audit: [AuditEntry]) -> String {
        let total = HTML.element("span", [("class", "total")], HTML.escape(presentation.amount(presentation.sheet.reconciliation.total)))
        return HTML.element("p", [("class", "lede")], total + " " + status(presentation)
                            + audit.map { " " + HTML.element("a", [("href", "#" + HTMLAudit.id($0))], HTMLAudit.status($0.findings)) }.joined())
    }

    /// The status, green when the sheet reconciles.
    static func status(_ presentation: SheetPresentation) -> String {
        HTML.text("span", [("class", "status \(presentation.sheet.reconciliation.isReconciled ? "ok" : "bad")")], presentation.status)
    }

    /// Charts beside a table, each with an id of its own on the page.
    static func charts(_ charts: [Chart], id: String) -> String {
        HTML.element("div", [("class", "charts")], charts.enumerated().compactMap { HTMLBarChart.figure($1, id: "\(id)-\($0 + 1)") }.joined())
    }

    /// The reconciliation, the 1:1 matching and the basis.
    private static func facts(_ presentation: SheetPresentation) -> String {
        var html = HTML.text("h2", [], SheetPresentation.reconciliationHeading) + HTMLPage.facts(presentation.reconciliationLines)
        if !presentation.matchingLines.isEmpty {
            html += HTML.text("h2", [], SheetPresentation.matchingHeading) + HTMLPage.facts(presentation.matchingLines)
        }
        return html + HTML.text("h2", [], SheetPresentation.basisHeading) + HTML.list(presentation.noteLines.map(HTML.escape), [("class", "notes")])
    }

    /// Who computed the sheet, and from which input files.
    static func provenanceList(_ computedBy: String, files: [Provenance.InputFile]) -> String {
        HTML.text("h2", [], SheetPresentation.provenanceHeading)
            + HTML.list([computedBy] + files.map { SheetPresentation.inputFile($0.relativePath, sha256: $0.sha256, code: HTML.code) }, [("class", "notes")])
    }
}

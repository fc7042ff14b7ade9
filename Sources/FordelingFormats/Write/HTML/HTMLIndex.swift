import FordelingCore

/// The report's index, `index.html`: every sheet with its title, year, total and status and the findings of the
/// approved sheets linked to it; the audit of every approved sheet; the scenarios; the input files. Each sheet and
/// scenario links to its page.
enum HTMLIndex {
    static func page(_ output: BatchOutput) -> [UInt8] {
        let version = output.provenance.toolVersion
        let audit = output.audit ?? []
        var main = HTML.text("h1", [], IndexPresentation.title)
        main += HTML.element("p", [], HTML.escape(IndexPresentation.generated(version)) + " " + IndexPresentation.doNotEdit(code: HTML.code))
        main += HTML.text("p", [("class", "hint")], IndexPresentation.printing)
        main += HTMLPage.section(sheets(output.sheets, audit: audit), id: "ark")
        main += HTMLPage.section(auditSummary(audit, version: version), id: "revision")
        if !output.scenarios.isEmpty { main += HTMLPage.section(scenarios(output.scenarios), id: "scenarier") }
        main += HTMLPage.section(HTML.text("h2", [], IndexPresentation.inputsHeading) + HTMLTable.markup(
            caption: IndexPresentation.inputsHeading, header: IndexPresentation.inputHeadings, numeric: [],
            rows: output.provenance.files.map { [HTML.code($0.relativePath), HTML.code($0.sha256)] }), id: "inddata")
        return HTMLPage.document(title: IndexPresentation.title, index: nil, main: main, version: version)
    }

    private static func sheets(_ sheets: [Sheet], audit: [AuditEntry]) -> String {
        let rows = sheets.map { sheet -> [String] in
            let presentation = SheetPresentation(sheet)
            let page = "\(sheet.id).html"
            let findings = audit.filter { $0.approved.sheetID == sheet.id }.map { HTML.element("a", [("href", page + "#" + HTMLAudit.id($0))], HTMLAudit.status($0.findings)) }
            return [HTML.code(sheet.id), HTML.link(page, sheet.title), HTML.escape(sheet.year.map(String.init) ?? ""),
                    HTML.escape(presentation.amount(sheet.reconciliation.total)), HTMLSheetPage.status(presentation), findings.joined(separator: " ")]
        }
        return HTMLTable.markup(caption: IndexPresentation.title, header: IndexPresentation.sheetHeadings + [IndexPresentation.auditHeading],
                                numeric: [2, 3], rows: rows, rowAttributes: sheets.map { [("data-sheet", $0.id)] })
    }

    /// The audit's summary per approved sheet; the audit of one linked to no definition follows, as no sheet page has it.
    private static func auditSummary(_ audit: [AuditEntry], version: String) -> String {
        HTML.text("h2", [], AuditPresentation.title)
            + HTML.element("p", [("class", "notes")], AuditPresentation.introduction(version, code: HTML.code).joined(separator: " "))
            + HTMLAudit.summary(audit) { entry in (entry.approved.sheetID.map { "\($0).html" } ?? "") + "#" + HTMLAudit.id(entry) }
            + audit.filter { $0.approved.sheetID == nil }.map(HTMLAudit.section).joined()
    }

    private static func scenarios(_ results: [ScenarioResult]) -> String {
        let rows = results.map { result -> [String] in
            let presentation = ScenarioPresentation(result)
            let overview = presentation.overview
            return [HTML.link("scenarios/\(result.scenario.name)/index.html", result.scenario.name), HTML.escape(result.scenario.title),
                    presentation.changes.map(HTML.code).joined(separator: "<br>"),
                    HTML.escape(overview.totalRow[overview.partyColumns + 2].signedText + " " + Measure.money(.krone).label)]
        }
        return HTML.text("h2", [], IndexPresentation.scenariosHeading) + HTML.element("p", [], IndexPresentation.scenariosIntroduction(code: HTML.code))
            + HTMLTable.markup(caption: IndexPresentation.scenariosHeading, header: IndexPresentation.scenarioHeadings + [IndexPresentation.totalChangeHeading],
                               numeric: [3], rows: rows)
    }
}

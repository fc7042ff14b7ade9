import FordelingCore

/// The audit on the report: an approved sheet as printed, its cells that break a rule or differ from the generated
/// sheet marked like a highlighter (printed value, then the expected value and the difference), every finding with
/// its severity, and the diff against the generated sheet. Also the pages of `check --format html` and
/// `diff --format html`.
enum HTMLAudit {
    /// The fragment id of an approved sheet's audit on its sheet's page.
    static func id(_ entry: AuditEntry) -> String {
        HTML.id("revision", AuditPresentation(entry).file.split(separator: "/").last.map(String.init) ?? "")
    }

    /// An approved sheet's audit, a section of its own printed page.
    static func section(_ entry: AuditEntry) -> String {
        let audit = AuditPresentation(entry)
        var content = HTML.text("h2", [], audit.heading)
        content += HTML.element("p", [("class", "lede")], status(entry.findings) + " " + HTML.escape(audit.diffSummary))
        content += HTML.text("p", [], audit.source) + HTML.text("p", [("class", "notes")], AuditPresentation.marks)
        content += printed(entry.approved.table, caption: audit.file, findings: entry.findings, changes: entry.diff.map { $0.changes + $0.totalChanges } ?? [],
                           valueInA: AuditPresentation.generated, difference: AuditPresentation.difference)
        content += HTML.text("h3", [], AuditPresentation.findingsHeading) + findings(entry.findings)
        if let diff = audit.diff { content += HTML.text("h3", [], AuditPresentation.diffHeading) + diffDetails(diff) }
        return HTMLPage.section(content, id: id(entry), page: true, classes: ["audit"])
    }

    /// The counts of findings as a status: red with an error, yellow with a warning, green otherwise.
    static func status(_ findings: [Finding]) -> String {
        let kind = findings.contains { $0.severity == .error } ? "bad" : findings.contains { $0.severity == .warning } ? "warn" : "ok"
        return HTML.text("span", [("class", "status \(kind)")], FindingText.counts(findings))
    }

    /// The audit's summary: a row per approved sheet with its file (linked to its audit, where `link` says), its
    /// sheet, its counts of findings and its diff's summary.
    static func summary(_ entries: [AuditEntry], link: (AuditEntry) -> String) -> String {
        let rows = entries.map { entry -> [String] in
            let presentation = AuditPresentation(entry)
            return [HTML.element("a", [("href", link(entry))], HTML.code(presentation.file)), entry.approved.sheetID.map(HTML.code) ?? "",
                    String(entry.count(.error)), String(entry.count(.warning)), String(entry.count(.info)), HTML.escape(presentation.diffSummary)]
        }
        return HTMLTable.markup(caption: AuditPresentation.title, header: AuditPresentation.summaryHeadings, numeric: [2, 3, 4], rows: rows)
    }

    /// `fordel check --format html`: every approved sheet's audit.
    static func checkPage(_ entries: [AuditEntry], version: String) -> [UInt8] {
        let all = entries.flatMap(\.findings)
        let main = HTML.text("h1", [], AuditPresentation.checkTitle) + HTML.element("p", [("class", "lede")], status(all))
            + summary(entries) { "#" + id($0) } + entries.map(section).joined()
        return HTMLPage.document(title: AuditPresentation.checkTitle, index: nil, main: main, version: version)
    }

    /// `fordel diff --format html`: B with the cells that differ from A marked, then the diff's rows and notes.
    static func diffPage(_ diff: DiffPresentation, b: SheetTable, version: String) -> [UInt8] {
        var main = HTML.text("h1", [], DiffPresentation.title)
        main += HTML.element("p", [], diff.sheets(code: HTML.code)) + HTML.text("p", [], diff.summary)
        main += HTML.text("p", [("class", "notes")], DiffPresentation.marks)
        main += printed(b, caption: diff.b, findings: [], changes: diff.diff.changes + diff.diff.totalChanges,
                        valueInA: DiffPresentation.valueInA, difference: DiffPresentation.difference)
        main += diffDetails(diff)
        return HTMLPage.document(title: DiffPresentation.title, index: nil, main: main, version: version)
    }

    /// A sheet as printed, with its marks: each finding's cell (the party's cell for a finding about a row), the most
    /// severe first; then each changed cell of a diff that no finding marks, with A's value and the difference as
    /// `valueInA` and `difference` word them.
    private static func printed(_ table: SheetTable, caption: String, findings: [Finding], changes: [SheetDiff.Change],
                                valueInA: (String) -> String, difference: (String) -> String) -> String {
        let printed = AuditPresentation.table(table)
        let partyColumns = printed.partyColumns
        var rowOfLine: [Int: Int?] = [:]
        for (index, row) in table.rows.enumerated() { if let line = row.location.line { rowOfLine[line] = index } }
        if let line = table.total?.location.line { rowOfLine[line] = .some(nil) }
        let position = { (location: SourceLocation?, column: String?) -> HTMLTable.Position? in
            guard let line = location?.line, let row = rowOfLine[line] else { return nil }
            guard let column else { return HTMLTable.Position(row: row, column: 0) }
            return table.column(column).map { HTMLTable.Position(row: row, column: partyColumns + $0) }
        }
        var marks: [HTMLTable.Position: HTMLTable.Mark] = [:]
        for finding in findings.sorted(by: { $0.severity < $1.severity }) {
            guard let at = position(finding.location, finding.column), marks[at] == nil else { continue }
            let severity = FindingWording.severity(finding.severity)
            let lines = finding.expected.map { expected in
                ["\(severity): " + AuditPresentation.expected(FindingText.number(expected))]
                    + (finding.difference.map { [AuditPresentation.difference(FindingText.number($0))] } ?? [])
            } ?? [severity]
            marks[at] = HTMLTable.Mark(kind: "\(finding.severity)", lines: lines)
        }
        for change in changes {
            guard let at = position(change.locationB, change.column), marks[at] == nil else { continue }
            marks[at] = HTMLTable.Mark(kind: "diff", lines: [valueInA(FindingText.value(change.a))]
                                       + (change.difference.map { [difference(FindingText.number($0))] } ?? []))
        }
        return HTMLTable.table(caption: caption, header: printed.header, partyColumns: partyColumns, rows: printed.rows,
                               total: printed.totalRow.isEmpty ? nil : printed.totalRow, marks: marks, attributes: [("class", "printed")])
    }

    /// The findings as a table, each row styled by its severity.
    static func findings(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return HTML.text("p", [], AuditPresentation.noFindings) }
        return HTMLTable.table(caption: AuditPresentation.findingsHeading, header: FindingText.headings, partyColumns: 4,
                               rows: findings.map(FindingText.cells), total: nil, attributes: [("class", "findings")],
                               rowClasses: findings.map { "severity-\($0.severity)" })
    }

    /// A diff's rows, notes and summary.
    static func diffDetails(_ diff: DiffPresentation) -> String {
        let rows = diff.rows
        var html = rows.isEmpty ? "" : HTMLTable.table(caption: DiffPresentation.title, header: DiffPresentation.headings, partyColumns: 3,
                                                       rows: rows, total: nil, attributes: [("class", "diff")])
        if !diff.notes.isEmpty { html += HTML.list(diff.notes.map(HTML.escape)) }
        return html + HTML.text("p", [], diff.summary)
    }
}

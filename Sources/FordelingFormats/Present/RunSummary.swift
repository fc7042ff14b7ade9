import FordelingCore

/// The short summary a run prints: one line per sheet with its total and status.
public enum RunSummary {
    public static func text(_ sheets: [Sheet], outputs: String) -> String {
        let idWidth = sheets.map(\.id.count).max() ?? 0
        let texts = sheets.map(SheetPresentation.init)
        let totals = texts.map { $0.amount($0.sheet.reconciliation.total) }
        let totalWidth = totals.map(\.count).max() ?? 0
        var lines: [String] = []
        for (text, total) in zip(texts, totals) {
            let id = text.sheet.id.padding(idWidth)
            lines.append("  \(id)  \(String(repeating: " ", count: totalWidth - total.count))\(total)  \(text.status.lowercased())  \(text.heading)")
        }
        let reconciled = sheets.filter { $0.reconciliation.isReconciled }.count
        lines.append("\(sheets.count) sheet\(sheets.count == 1 ? "" : "s") written to \(outputs)/: \(reconciled) reconciled, \(sheets.count - reconciled) unreconciled (published mode).")
        return lines.joined(separator: "\n")
    }
}

extension RunSummary {
    /// One line per audited approved sheet, and where the report is.
    public static func audit(_ entries: [AuditEntry], outputs: String) -> String {
        guard !entries.isEmpty else { return "No approved sheets to audit." }
        // A sheet linked to a definition by its id, one without by its file.
        let names = entries.map { $0.approved.sheetID ?? AuditPresentation($0).file }
        let width = names.map(\.count).max() ?? 0
        var lines = ["Audit of the approved sheets (\(outputs)/audit.md):"]
        for (entry, name) in zip(entries, names) {
            let diff = entry.diff.map { $0.isClean ? "; diff clean" : "; diff: \($0.changes.count + $0.totalChanges.count) cells, \($0.onlyInA.count + $0.onlyInB.count) rows differ" } ?? ""
            lines.append("  \(name.padding(width))  \(FindingText.counts(entry.findings))\(diff)")
        }
        return lines.joined(separator: "\n")
    }
}

extension RunSummary {
    /// A scenario's sheets with their baseline and scenario totals, and where they are.
    public static func scenario(_ scenario: Scenario, sheets: [ScenarioSheet], outputs: String) -> String {
        var lines = ["Scenario \(scenario.name) (\(outputs)/scenarios/\(scenario.name)/): \(scenario.overrides.map(\.text).joined(separator: "; "))"]
        let width = sheets.map(\.scenario.id.count).max() ?? 0
        for sheet in sheets {
            let text = SheetPresentation(sheet.scenario)
            lines.append("  \(sheet.scenario.id.padding(width))  \(text.amount(sheet.total.baseline)) → \(text.amount(sheet.total.scenario)) (ændring \(text.amount(sheet.total.change)))  \(text.status.lowercased())")
        }
        return lines.joined(separator: "\n")
    }
}

extension RunSummary {
    /// The last line of a run: the page of the report to open.
    public static func report(_ path: String) -> String {
        "Report: \(path)"
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}

import FordelingCore

/// The short summary a run prints: one line per sheet with its total and status.
public enum RunSummary {
    public static func text(_ sheets: [Sheet], outputs: String) -> String {
        let idWidth = sheets.map(\.id.count).max() ?? 0
        let texts = sheets.map { SheetText(sheet: $0, grouped: true) }
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

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}

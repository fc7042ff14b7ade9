import FordelingCore

/// A `SheetDiff` as text, Markdown or CSV.
public enum DiffText {
    public enum Format: String, CaseIterable { case text, md, csv }

    public static func summary(_ diff: SheetDiff, a: String, b: String) -> String {
        if diff.isClean { return "Ingen forskelle mellem \(a) og \(b) (\(diff.comparedCells) celler sammenlignet)." }
        return "\(diff.changes.count) ændrede celler, \(diff.totalChanges.count) ændrede totaler, \(diff.onlyInA.count) rækker kun i \(a), \(diff.onlyInB.count) rækker kun i \(b)."
    }

    static func rows(_ diff: SheetDiff) -> [[String]] {
        var rows: [[String]] = []
        for change in diff.changes + diff.totalChanges {
            rows.append(["ændret", change.party, change.column, FindingText.value(change.a), FindingText.value(change.b),
                         FindingText.number(change.difference), change.locationA.description, change.locationB.description])
        }
        for row in diff.onlyInA { rows.append(["kun i A", row.label, "", "", "", "", row.location.description, ""]) }
        for row in diff.onlyInB { rows.append(["kun i B", row.label, "", "", "", "", "", row.location.description]) }
        return rows
    }

    static let headings = ["Hvad", "Række", "Kolonne", "A", "B", "B − A", "Sted i A", "Sted i B"]

    public static func render(_ diff: SheetDiff, a: String, b: String, format: Format) -> String {
        let rows = rows(diff)
        let notes = (diff.columnsOnlyInA.isEmpty ? [] : ["Kolonner kun i A (ikke sammenlignet): \(diff.columnsOnlyInA.joined(separator: ", "))"])
            + (diff.columnsOnlyInB.isEmpty ? [] : ["Kolonner kun i B (ikke sammenlignet): \(diff.columnsOnlyInB.joined(separator: ", "))"])
        switch format {
        case .text:
            let lines = rows.map { row in
                row[0] == "ændret" ? "\(row[0]): \(row[1]) [\(row[2])]: \(row[3]) → \(row[4]) (\(row[5]))  \(row[6]) / \(row[7])"
                    : "\(row[0]): \(row[1])  \(row[6])\(row[7])"
            }
            return (lines + notes + [summary(diff, a: a, b: b)]).joined(separator: "\n") + "\n"
        case .md:
            var blocks = [["A: `\(a)`, B: `\(b)`"]]
            if !rows.isEmpty {
                blocks.append(["| " + headings.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headings.count)]
                              + rows.map { "| " + $0.map(Markdown.escape).joined(separator: " | ") + " |" })
            }
            if !notes.isEmpty { blocks.append(notes.map { "- \(Markdown.escape($0))" }) }
            blocks.append([summary(diff, a: a, b: b)])
            return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        case .csv:
            return String(decoding: CSVField.document([headings.map(CSVField.text)] + rows.map { $0.map(CSVField.text) }), as: UTF8.self)
        }
    }
}

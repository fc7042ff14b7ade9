import FordelingCore

/// A `SheetDiff` as text, Markdown or CSV.
public enum DiffText {
    public enum Format: String, CaseIterable { case text, md, csv }

    public static func summary(_ diff: SheetDiff, a: String, b: String) -> String {
        if diff.isClean { return "Ingen forskelle mellem \(a) og \(b) (\(diff.comparedCells) celler sammenlignet)." }
        var parts = ["\(diff.changes.count) ændrede celler", "\(diff.totalChanges.count) ændrede totaler",
                     "\(diff.onlyInA.count) rækker kun i \(a)", "\(diff.onlyInB.count) rækker kun i \(b)"]
        if !diff.repeatedInA.isEmpty { parts.append("\(diff.repeatedInA.count) parter to gange i \(a)") }
        if !diff.repeatedInB.isEmpty { parts.append("\(diff.repeatedInB.count) parter to gange i \(b)") }
        return parts.joined(separator: ", ") + "."
    }

    /// A field of a row: numbers are number cells in CSV, written there without thousands separators.
    enum Field {
        case text(String)
        case number(DecimalValue)

        init(_ value: SheetTable.Value) {
            if case .number(let number) = value { self = .number(number) } else { self = .text(FindingText.value(value)) }
        }

        var text: String {
            switch self {
            case .text(let text): text
            case .number(let number): DanishNumberFormat.string(number)
            }
        }

        var csv: String {
            switch self {
            case .text(let text): CSVField.text(text)
            case .number(let number): CSVField.number(DanishNumberFormat.string(number, grouped: false))
            }
        }
    }

    static func rows(_ diff: SheetDiff) -> [[Field]] {
        var rows: [[Field]] = []
        for change in diff.changes + diff.totalChanges {
            let difference: Field = change.difference.map(Field.number) ?? .text(change.isTooLarge ? "forskel over 38 cifre" : "")
            rows.append([.text("ændret"), .text(change.party), .text(change.column), Field(change.a), Field(change.b), difference,
                         .text(change.locationA.description), .text(change.locationB.description)])
        }
        // A row listed without cells: only in one sheet, or a party's second row in one sheet.
        let listed = { (what: String, label: String, placeA: String, placeB: String) -> [Field] in
            [.text(what), .text(label), .text(""), .text(""), .text(""), .text(""), .text(placeA), .text(placeB)]
        }
        let place = { (repetition: SheetDiff.Repetition) in
            "\(repetition.repeated.location) (første gang \(repetition.first.location) som \(repetition.first.label))"
        }
        rows += diff.onlyInA.map { listed("kun i A", $0.label, $0.location.description, "") }
        rows += diff.onlyInB.map { listed("kun i B", $0.label, "", $0.location.description) }
        rows += diff.repeatedInA.map { listed("to gange i A", $0.repeated.label, place($0), "") }
        rows += diff.repeatedInB.map { listed("to gange i B", $0.repeated.label, "", place($0)) }
        return rows
    }

    static let headings = ["Hvad", "Række", "Kolonne", "A", "B", "B − A", "Sted i A", "Sted i B"]

    public static func render(_ diff: SheetDiff, a: String, b: String, format: Format) -> String {
        let rows = rows(diff)
        let notes = (diff.columnsOnlyInA.isEmpty ? [] : ["Kolonner kun i A (ikke sammenlignet): \(diff.columnsOnlyInA.joined(separator: ", "))"])
            + (diff.columnsOnlyInB.isEmpty ? [] : ["Kolonner kun i B (ikke sammenlignet): \(diff.columnsOnlyInB.joined(separator: ", "))"])
        switch format {
        case .text:
            let lines = rows.map { $0.map(\.text) }.map { row in
                row[0] == "ændret" ? "\(row[0]): \(row[1]) [\(row[2])]: \(row[3]) → \(row[4]) (\(row[5]))  \(row[6]) / \(row[7])"
                    : "\(row[0]): \(row[1])  \(row[6])\(row[7])"
            }
            return (lines + notes + [summary(diff, a: a, b: b)]).joined(separator: "\n") + "\n"
        case .md:
            var blocks = [["A: `\(a)`, B: `\(b)`"]]
            if !rows.isEmpty {
                blocks.append(["| " + headings.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headings.count)]
                              + rows.map { "| " + $0.map { Markdown.escape($0.text) }.joined(separator: " | ") + " |" })
            }
            if !notes.isEmpty { blocks.append(notes.map { "- \(Markdown.escape($0))" }) }
            blocks.append([summary(diff, a: a, b: b)])
            return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        case .csv:
            return String(decoding: CSVField.document([headings.map(CSVField.text)] + rows.map { $0.map(\.csv) }), as: UTF8.self)
        }
    }
}

import FordelingCore

/// A `SheetDiff` in Danish: a summary sentence, one row per changed cell, row only in one sheet or party listed
/// twice, and notes on the columns not compared. `a` and `b` name the two sheets.
public struct DiffPresentation {
    public let diff: SheetDiff
    public let a: String
    public let b: String

    public init(_ diff: SheetDiff, a: String, b: String) {
        self.diff = diff
        self.a = a
        self.b = b
    }

    public static let headings = ["Hvad", "Række", "Kolonne", "A", "B", "B − A", "Sted i A", "Sted i B"]

    /// What a changed cell of B says under its value in the report: A's value and the difference.
    public static func valueInA(_ value: String) -> String { "A: \(value)" }
    public static func difference(_ value: String) -> String { "B − A: \(value)" }
    /// The report's title of a diff, and its legend of the marked cells.
    public static let title = "Sammenligning af to ark"
    public static let marks = "B med de ændrede celler markeret: B's værdi og derunder A's værdi og differencen B − A."

    /// "A: `a`, B: `b`", with `code` marking the names as code.
    public func sheets(code: (String) -> String) -> String { "A: \(code(a)), B: \(code(b))" }

    public var summary: String {
        if diff.isClean { return "Ingen forskelle mellem \(a) og \(b) (\(diff.comparedCells) celler sammenlignet)." }
        var parts = ["\(diff.changes.count) ændrede celler", "\(diff.totalChanges.count) ændrede totaler",
                     "\(diff.onlyInA.count) rækker kun i \(a)", "\(diff.onlyInB.count) rækker kun i \(b)"]
        if !diff.repeatedInA.isEmpty { parts.append("\(diff.repeatedInA.count) parter to gange i \(a)") }
        if !diff.repeatedInB.isEmpty { parts.append("\(diff.repeatedInB.count) parter to gange i \(b)") }
        return parts.joined(separator: ", ") + "."
    }

    /// The rows under `headings`: numbers as numbers, so that a spreadsheet reads them as such.
    public var rows: [[PresentedCell]] {
        var rows: [[PresentedCell]] = []
        let value = { (value: SheetTable.Value) -> PresentedCell in
            if case .number(let number) = value { return .number(number, .figure) }
            return .text(FindingText.value(value))
        }
        for change in diff.changes + diff.totalChanges {
            let difference: PresentedCell = change.difference.map { .number($0, .figure) } ?? .text(change.isTooLarge ? "forskel over 38 cifre" : "")
            rows.append([.text("ændret"), .text(change.party), .text(change.column), value(change.a), value(change.b), difference,
                         .text(change.locationA.description), .text(change.locationB.description)])
        }
        // A row listed without cells: only in one sheet, or a party's second row in one sheet.
        let listed = { (what: String, label: String, placeA: String, placeB: String) -> [PresentedCell] in
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

    /// The columns only one sheet has, which are not compared.
    public var notes: [String] {
        (diff.columnsOnlyInA.isEmpty ? [] : ["Kolonner kun i A (ikke sammenlignet): \(diff.columnsOnlyInA.joined(separator: ", "))"])
            + (diff.columnsOnlyInB.isEmpty ? [] : ["Kolonner kun i B (ikke sammenlignet): \(diff.columnsOnlyInB.joined(separator: ", "))"])
    }

    /// The diff for the terminal: a line per row, the notes and the summary.
    public var text: String {
        let lines = rows.map { $0.map { $0.text(grouped: true) } }.map { row in
            row[0] == "ændret" ? "\(row[0]): \(row[1]) [\(row[2])]: \(row[3]) → \(row[4]) (\(row[5]))  \(row[6]) / \(row[7])"
                : "\(row[0]): \(row[1])  \(row[6])\(row[7])"
        }
        return (lines + notes + [summary]).joined(separator: "\n") + "\n"
    }
}

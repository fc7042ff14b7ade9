import FordelingCore

/// The Danish words and numbers of a sheet, shared by the CSV and Markdown renderers.
public struct SheetText {
    public let sheet: Sheet
    /// Thousands separators in numbers: yes for reading (Markdown), no for Excel cells (CSV).
    public let grouped: Bool

    public init(sheet: Sheet, grouped: Bool) {
        self.sheet = sheet
        self.grouped = grouped
    }

    public var heading: String { sheet.year.map { "\(sheet.title) (\($0))" } ?? sheet.title }

    /// The header row: party, kommunenummer (for municipalities) and the sheet's columns.
    public var header: [String] {
        [sheet.partyHeading] + (showsCodes ? ["Kommunenr."] : []) + sheet.columns.map(\.label)
    }

    public var showsCodes: Bool { sheet.rows.contains { $0.party.code != nil } }

    /// Text cells first, then number cells, for each party row.
    public var rows: [(texts: [String], numbers: [String])] {
        sheet.rows.map { row in
            ([row.party.name] + (showsCodes ? [row.party.code ?? ""] : []), row.cells.map(format))
        }
    }

    public var totalRow: (texts: [String], numbers: [String]) {
        (["I alt"] + (showsCodes ? [""] : []), sheet.totals.map(format))
    }

    public func format(_ cell: Cell) -> String {
        switch cell {
        case .amount(let øre): DanishNumberFormat.amount(øre, decimals: sheet.unit.displayDecimals, grouped: grouped)
        case .number(let value): DanishNumberFormat.string(value, grouped: grouped)
        case .empty: ""
        }
    }

    public func kroner(_ øre: Int128) -> String {
        DanishNumberFormat.amount(øre, decimals: sheet.unit.displayDecimals) + " kr."
    }

    /// Label and value lines proving the sum: total, exact total, sum of rows, differences, status.
    public var reconciliationLines: [(label: String, value: String)] {
        let r = sheet.reconciliation
        var lines: [(String, String)] = [
            ("Total", kroner(r.total)),
            ("Eksakt total", DanishNumberFormat.kroner(exactØre: r.exactTotal) + " kr."),
            ("Sum af rækker", kroner(r.sumOfRows)),
            ("Difference (sum af rækker − total)", kroner(r.difference)),
        ]
        if let rounding = try? r.roundingDifference, rounding.numerator != 0 {
            lines.append(("Afrundingsdifference (total − eksakt total)", DanishNumberFormat.kroner(exactØre: rounding) + " kr."))
        }
        lines.append(("Status", status))
        return lines
    }

    public var status: String {
        sheet.reconciliation.isReconciled ? "Afstemt" : "Ikke afstemt (difference \(kroner(sheet.reconciliation.difference)))"
    }

    /// The basis of the figures, one sentence each.
    public var noteLines: [String] {
        var lines = sheet.notes.map(sentence)
        switch (sheet.rule, sheet.mode) {
        case (.split, .reconciled):
            lines.append("Afrunding: største brøkdel (Hamilton) til hele \(sheet.unit.label); uafgjort går til den største nøgleværdi, derefter laveste kommunenummer/navn.")
        case (.sum, _):
            lines.append("Beløbene er summer af allerede afrundede beløb.")
        default:
            lines.append("Afrunding: hver række afrundes for sig (halv op) til hele \(sheet.unit.label).")
        }
        return lines
    }

    private func sentence(_ note: SheetNote) -> String {
        switch note {
        case .total(let øre): "Beløb til fordeling: \(kroner(øre))"
        case .nationalAmount(let øre): "Landsbeløb: \(kroner(øre)); hver kommune betaler sin procentdel."
        case .rate(let rate, let keyLabel):
            "Sats: \(DanishNumberFormat.kroner(exactØre: rate)) kr. pr. enhed af \(keyLabel)."
        case .component(let title, let column): "Indgår: \(title), kolonnen \"\(column)\"."
        case .key(let label, let source, let vintage):
            "\(label): \(source.isEmpty ? "kilde ikke oplyst" : "kilde: \(source)")\(vintage.isEmpty ? "" : "; årgang \(vintage)")."
        case .text(let text): text
        }
    }
}

import FordelingCore

/// A sheet in Danish: its heading, the headings and cells of its table, its total row, the lines that prove it
/// reconciles, and the sentences that state its basis. Every writer of sheets takes its words from here.
public struct SheetPresentation {
    public let sheet: Sheet

    public init(_ sheet: Sheet) {
        self.sheet = sheet
    }

    public var heading: String { sheet.year.map { "\(sheet.title) (\($0))" } ?? periodHeading ?? sheet.title }

    /// The title of an ad hoc split of `total` øre by the key column headed `keyLabel`.
    public static func splitTitle(total: Int128, unit: RoundingUnit, keyLabel: String) -> String {
        "Fordeling af \(DanishNumberFormat.amount(total, measure: .money(unit))) kr. efter \(keyLabel)"
    }

    /// Whether any party is a municipality: then a kommunenummer column is shown.
    public var showsCodes: Bool { sheet.anyPartyIsAMunicipality }

    /// "Kommune" when every party is a municipality, otherwise "Part".
    public var partyHeading: String {
        if case .budget = sheet.rule { return "Post" }
        return sheet.everyPartyIsAMunicipality ? "Kommune" : "Part"
    }

    /// The header row: party, kommunenummer (when any party is a municipality) and the sheet's columns.
    public var header: [String] {
        [partyHeading] + (showsCodes ? ["Kommunenr."] : []) + sheet.columns.map(ColumnHeadings.heading)
    }

    /// How many leading columns hold text (party, kommunenummer).
    public var partyColumns: Int { showsCodes ? 2 : 1 }

    /// The party rows.
    public var rows: [[PresentedCell]] {
        sheet.rows.map { row in
            [.text(row.party.name)] + (showsCodes ? [row.party.code.map(PresentedCell.text) ?? .empty] : []) + row.cells.map(PresentedCell.init)
        }
    }

    /// The total row "I alt".
    public var totalRow: [PresentedCell] {
        [.text("I alt")] + (showsCodes ? [.empty] : []) + sheet.totals.map(PresentedCell.init)
    }

    /// A generated sheet as the table its files show, headings and numbers as printed: what the audit compares with
    /// the approved sheet.
    public var table: SheetTable {
        let location = SourceLocation(file: sheet.id)
        let value = { (cell: PresentedCell) -> SheetTable.Value in
            switch cell {
            case .number(let number, _): .number(number)
            case .text(let text): .text(text)
            case .empty: .empty
            }
        }
        return SheetTable(source: sheet.id, columns: sheet.columns.map(ColumnHeadings.heading),
                          rows: sheet.rows.map { row in
                              SheetTable.Row(label: row.party.name, code: row.party.code, values: row.cells.map { value(PresentedCell($0)) }, location: location)
                          },
                          total: SheetTable.Row(label: "I alt", code: nil, values: sheet.totals.map { value(PresentedCell($0)) }, location: location))
    }

    /// An amount of the sheet's measure with its unit: `23.910.000 kr.`, `0,75 årsværk`.
    public func amount(_ stored: Int128, measure: Measure? = nil) -> String {
        let measure = measure ?? sheet.measure
        return DanishNumberFormat.amount(stored, measure: measure) + " " + measure.label
    }

    func exact(_ value: Fraction, measure: Measure? = nil) -> String {
        let measure = measure ?? sheet.measure
        return DanishNumberFormat.exact(value, measure: measure) + " " + measure.label
    }

    /// Label and value lines proving the sum: total, exact total, sum of rows, differences, status;
    /// then one line for each further amount column whose total is its sum of rows.
    public var reconciliationLines: [(label: String, value: String)] {
        if case .budget = sheet.rule { return budgetLines }
        let r = sheet.reconciliation
        var lines: [(String, String)] = [
            ("Total", amount(r.total)),
            ("Eksakt total", exact(r.exactTotal)),
            ("Sum af rækker", amount(r.sumOfRows)),
            ("Difference (sum af rækker − total)", amount(r.difference)),
        ]
        if let rounding = try? r.roundingDifference, rounding.numerator != 0 {
            lines.append(("Afrundingsdifference (total − eksakt total)", exact(rounding)))
        }
        lines.append(("Status", status))
        for (role, other) in sheet.otherReconciliations {
            let column = sheet.column(role).map { sheet.columns[$0] }
            let label = column.map(ColumnHeadings.heading) ?? ColumnHeadings.heading(of: role)
            let measure = column?.measure
            var text = "sum af rækker \(amount(other.sumOfRows, measure: measure)); eksakt \(exact(other.exactTotal, measure: measure))"
            if let rounding = try? other.roundingDifference, rounding.numerator != 0 {
                text += "; afrundingsdifference \(exact(rounding, measure: measure))"
            }
            lines.append((label, text))
        }
        return lines
    }

    public var status: String {
        sheet.reconciliation.isReconciled ? "Afstemt" : "Ikke afstemt (difference \(amount(sheet.reconciliation.difference)))"
    }

    /// The 1:1 matching check, when the definition names money to be matched.
    public var matchingLines: [(label: String, value: String)] {
        for case .matching(let required, let raised) in sheet.notes {
            let money = Measure.money(.krone)
            let gap = required - raised
            return [
                ("Midler der skal medfinansieres 1:1", amount(required, measure: money)),
                ("Krævet medfinansiering", amount(required, measure: money)),
                ("Medfinansiering i dette ark", amount(raised, measure: money)),
                (gap >= 0 ? "Mangler" : "Overskud", amount(gap >= 0 ? gap : -gap, measure: money)),
            ]
        }
        return []
    }

    /// The basis of the figures, one sentence each.
    public var noteLines: [String] {
        var lines = sheet.notes.compactMap(sentence)
        switch (sheet.rule, sheet.mode) {
        case (.split, .reconciled) where sheet.column(.minimum) != nil:
            lines.append("Afrunding: største brøkdel (Hamilton) til hele \(unitName) inden for hver parts grænser (Mindst, Højst): parter, hvis eksakte kvote ligger uden for grænserne, holdes ved grænsen, og resten fordeles på de øvrige; uafgjort går til den største nøgleværdi, derefter laveste kommunenummer/navn.")
        case (.split, .reconciled):
            lines.append("Afrunding: største brøkdel (Hamilton) til hele \(unitName); uafgjort går til den største nøgleværdi, derefter laveste kommunenummer/navn.")
        case (.budget, _):
            lines.append("Beløbene står som opgivet (kroner og øre); totalerne er summer af posterne, og overskud/underskud er indtægter − udgifter.")
        case (.sum, _), (.period, _):
            lines.append("Beløbene er summer af allerede afrundede beløb.")
        default:
            lines.append("Afrunding: hver række afrundes for sig (halv op) til hele \(unitName).")
        }
        return lines
    }

    private var unitName: String {
        switch sheet.measure {
        case .money(let unit): unit.label
        case .quantity(let name, let decimals): decimals == 0 ? name : "\(DanishNumberFormat.string(DecimalValue(units: 1, scale: decimals))) \(name)"
        }
    }

    private func sentence(_ note: SheetNote) -> String? {
        switch note {
        case .total(let stored): return "Beløb til fordeling: \(amount(stored))"
        case .nationalAmount(let øre): return "Landsbeløb: \(amount(øre)); hver kommune betaler sin procentdel."
        case .rate(let rate, let keyLabel): return "Sats: \(exact(rate)) pr. enhed af \(keyLabel ?? "ligelig vægt")."
        case .keyedRemainder(let stored, let parties):
            return "Heraf fordelt efter nøgle: \(amount(stored)) på \(parties) parter; de øvrige betaler et fast beløb."
        case .tiers(let tiers):
            return "Niveauer: " + tiers.map { "\($0.name) = \(DanishNumberFormat.weight($0.weight))" }.joined(separator: ", ") + "."
        case .divisor(let divisor, let keyTotal):
            let difference = (try? divisor.fraction.subtracting(keyTotal)).map { DanishNumberFormat.weight($0) } ?? "?"
            return "Divisor \(DanishNumberFormat.string(divisor)) som i det offentliggjorte ark; den er \(difference) større end summen af nøglen (\(DanishNumberFormat.weight(keyTotal)))."
        case .hours(let perOrganisation, let rate):
            return "Medfinansiering i timer: \(DanishNumberFormat.string(perOrganisation)) timer pr. organisation (en gruppe tæller hvert medlem) à \(exact(Fraction(rate)))"
        case .inKindShare(let share):
            return "Medfinansiering i timer: \(DanishNumberFormat.weight(share)) af det eksakte kontante beløb."
        case .price(let øre): return "Pris: \(exact(Fraction(øre), measure: .money(.øre))) pr. \(sheet.measure.label)"
        case .matching: return nil
        case .component(let title, let role, let heading):
            return "Indgår: \(title), kolonnen \"\(heading ?? ColumnHeadings.heading(of: role))\"."
        case .key(let label, let source, let vintage, let scenario):
            let source = source + (scenario.map { "; niveau ændret i scenariet \($0)" } ?? "")
            return "\(label): \(source.isEmpty ? "kilde ikke oplyst" : "kilde: \(source)")\(vintage.isEmpty ? "" : "; årgang \(vintage)")."
        case .text(let text): return text
        case .budgetResult, .budgetFigure, .indexed, .periodYear, .period, .wholePeriod, .deviation, .fees: return ruleSentence(note)
        }
    }
}

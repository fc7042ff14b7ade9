import FordelingCore

/// A sheet in Danish: its heading, the headings and cells of its table, its total row, the lines that prove it
/// reconciles, and the sentences that state its basis. Every writer of sheets takes its words from here.
public struct SheetPresentation {
    public let sheet: Sheet

    public init(_ sheet: Sheet) {
        self.sheet = sheet
    }

    public var heading: String { sheet.year.map { "\(sheet.title) (\($0))" } ?? periodHeading ?? sheet.title }

    /// The title of an ad hoc split of `total` (stored units of `measure`) by the key column headed `keyLabel`.
    public static func splitTitle(total: Int128, measure: Measure, keyLabel: String) -> String {
        "Fordeling af \(DanishNumberFormat.amount(total, measure: measure)) \(measure.label) efter \(keyLabel)"
    }

    /// Whether any party is a municipality: then a kommunenummer column is shown.
    public var showsCodes: Bool { sheet.anyPartyIsAMunicipality }

    /// "Kommune" when every party is a municipality, otherwise "Part".
    public var partyHeading: String {
        if case .budget = sheet.rule { return "Post" }
        return sheet.everyPartyIsAMunicipality ? "Kommune" : Self.anyPartyHeading
    }

    /// The heading of a column of parties of any kind, and of the kommunenummer column.
    public static let anyPartyHeading = "Part"
    public static let codeHeading = "Kommunenr."

    /// The header row: party, kommunenummer (when any party is a municipality) and the sheet's columns.
    public var header: [String] {
        [partyHeading] + (showsCodes ? [Self.codeHeading] : []) + sheet.columns.map(ColumnHeadings.heading)
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

    /// A generated sheet as the table its files show, headings and numbers as printed, and read: amounts in kroner
    /// (a column headed in 1.000 kr. is read as kroner too). What the audit compares with the approved sheet.
    public var table: SheetTable {
        let location = SourceLocation(file: sheet.id)
        let value = { (cell: Cell) -> SheetTable.Value in
            if case .tier(let word) = cell { return .text(word) }
            return cell.shown.map(SheetTable.Value.number) ?? .empty
        }
        return SheetTable(source: sheet.id, columns: sheet.columns.map(ColumnHeadings.heading),
                          rows: sheet.rows.map { row in
                              SheetTable.Row(label: row.party.name, code: row.party.code, values: row.cells.map(value), location: location)
                          },
                          total: SheetTable.Row(label: "I alt", code: nil, values: sheet.totals.map(value), location: location))
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

    /// The headings of the sections under a sheet's table.
    public static let reconciliationHeading = "Afstemning"
    public static let matchingHeading = "Medfinansiering 1:1"
    public static let basisHeading = "Grundlag"
    public static let provenanceHeading = "Sporbarhed"

    /// "Beregnet af Fordeling 0.1.0".
    public static func computedBy(_ version: String) -> String { "Beregnet af Fordeling \(version)" }

    /// "Beregnet af Fordeling 0.1.0, ark-id `id`.", with `code` marking the id as code.
    public func computedBy(_ version: String, code: (String) -> String) -> String {
        "\(Self.computedBy(version)), ark-id \(code(sheet.id))."
    }

    /// An input file and its digest: "`keys/befolkning-2019.csv` SHA-256 `31bf…`".
    public static func inputFile(_ path: String, sha256: String, code: (String) -> String) -> String {
        "\(code(path)) SHA-256 \(code(sha256))"
    }

    /// Label and value lines proving the sum: total, exact total, sum of rows, differences, status;
    /// then one line for each further amount column whose total is its sum of rows.
    public var reconciliationLines: [(label: String, value: String)] {
        if case .budget = sheet.rule { return budgetLines }
        let r = sheet.reconciliation
        var lines: [(String, String)] = [
            (Self.totalLabel, amount(r.total)),
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

    public static let totalLabel = "Total"

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
            lines.append("Afrunding: største brøkdel (Hamilton) til \(unitName) inden for hver parts grænser (Mindst, Højst): parter, hvis eksakte kvote ligger uden for grænserne, holdes ved grænsen, og resten fordeles på de øvrige; uafgjort går til den største nøgleværdi, derefter laveste kommunenummer/navn.")
        case (.split, .reconciled):
            lines.append("Afrunding: største brøkdel (Hamilton) til \(unitName); uafgjort går til den største nøgleværdi, derefter laveste kommunenummer/navn.")
        case (.budget, _):
            lines.append("Beløbene står som opgivet (kroner og øre); totalerne er summer af posterne, og overskud/underskud er indtægter − udgifter.")
        case (.sum, _), (.period, _):
            lines.append("Beløbene er summer af allerede afrundede beløb.")
        default:
            lines.append("Afrunding: hver række afrundes for sig (halv op) til \(unitName).")
        }
        return lines
    }

    /// The unit the amounts are rounded to: `hele kr.`, `hele 0,001 årsværk`.
    var unitName: String {
        switch sheet.measure {
        case .money(let unit): "hele \(unit.label)"
        case .quantity(let name, let decimals): "hele " + (decimals == 0 ? name : "\(DanishNumberFormat.string(DecimalValue(units: 1, scale: decimals))) \(name)")
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
            guard case .quantity(let name, _) = sheet.measure else {
                return "Medfinansiering i timer: \(DanishNumberFormat.weight(share)) af det eksakte kontante beløb."
            }
            return "Medfinansiering: \(DanishNumberFormat.weight(share)) af hver parts eksakte \(name)."
        case .price(let øre): return "Pris: \(exact(Fraction(øre), measure: .money(.øre))) pr. \(sheet.measure.label)"
        case .matching: return nil
        case .component(let title, let role, let heading):
            return "Indgår: \(title), kolonnen \"\(heading ?? ColumnHeadings.heading(of: role))\"."
        case .key(let label, let source, let vintage, let scenario):
            let source = source + (scenario.map { "; niveau ændret i scenariet \($0)" } ?? "")
            return "\(label): \(source.isEmpty ? "kilde ikke oplyst" : "kilde: \(source)")\(vintage.isEmpty ? "" : "; årgang \(vintage)")."
        case .unusedKeyRows(let label, let parties, let restOfCountry): return unusedKeyRows(label: label, parties: parties, restOfCountry: restOfCountry)
        case .text(let text): return text
        case .budgetResult, .budgetFigure, .indexed, .periodYear, .period, .wholePeriod, .deviation, .fees: return ruleSentence(note)
        }
    }

    /// The sentences on key rows no party of the sheet uses, for the run's summary too.
    public var unusedKeyRowLines: [String] {
        sheet.notes.compactMap { note in
            guard case .unusedKeyRows(let label, let parties, let restOfCountry) = note else { return nil }
            return unusedKeyRows(label: label, parties: parties, restOfCountry: restOfCountry)
        }
    }

    /// "Befolkning: 2 rækker i nøglen bruges ikke af nogen part i arket: Hjørring, Aalborg." Up to ten parties are
    /// named; the rest of the country's municipalities are counted.
    private func unusedKeyRows(label: String, parties: [String], restOfCountry: Int?) -> String {
        var parts: [String] = []
        if let rest = restOfCountry, rest > 0 { parts.append("nøglen dækker hele landet, og de øvrige \(rest) kommuner i landet indgår ikke i arket") }
        if !parties.isEmpty {
            let named = parties.prefix(10).joined(separator: ", ") + (parties.count > 10 ? " og \(parties.count - 10) andre" : "")
            parts.append("\(parties.count == 1 ? "1 række" : "\(parties.count) rækker") i nøglen bruges ikke af nogen part i arket: \(named)")
        }
        return "\(label): \(parts.joined(separator: "; "))."
    }
}

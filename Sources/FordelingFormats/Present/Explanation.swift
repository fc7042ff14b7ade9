import FordelingCore

/// `fordel explain`: how each row of a sheet was derived, step by step, so it can be followed by hand.
public enum Explanation {
    public static func text(_ sheet: Sheet, party: String?, register: Register?) throws(InputError) -> String {
        var derivations = sheet.derivations
        if let party {
            let wanted = register?.party(named: party)?.id ?? party
            derivations = derivations.filter { $0.party.id == wanted || normalisedName($0.party.name) == normalisedName(party) }
            guard !derivations.isEmpty else {
                throw InputError(nil, "'\(party)' is not a party of '\(sheet.id)'",
                                 fix: "Use one of: \(sheet.derivations.map(\.party.name).joined(separator: ", ")).")
            }
        }
        let text = SheetPresentation(sheet)
        if case .budget = sheet.rule { return budget(sheet, lines: derivations.map(\.party), text: text) }
        let extraUnits = sheet.derivations.filter { $0.apportionment?.receivedExtraUnit == true }.count
        let apportioned = sheet.derivations.filter { $0.apportionment != nil }.count
        var lines = ["\(text.heading) [\(sheet.id)]", ""]
        for derivation in derivations {
            lines.append(derivation.party.name + (derivation.party.code.map { " (kommunenr. \($0))" } ?? ""))
            lines += steps(derivation, sheet: sheet, text: text, extraUnits: extraUnits, apportioned: apportioned).map { "  " + $0 }
            lines.append("")
        }
        lines.append("Total: \(text.amount(sheet.reconciliation.total)); sum af rækker: \(text.amount(sheet.reconciliation.sumOfRows)); \(text.status.lowercased()).")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func steps(_ d: RowDerivation, sheet: Sheet, text: SheetPresentation, extraUnits: Int, apportioned: Int) -> [String] {
        let exact = DanishNumberFormat.exact(d.exactAmount, measure: sheet.measure) + " " + sheet.measure.label
        var lines: [String] = []
        switch d.pledge {
        case .fixed(let amount)?:
            lines.append("Fast beløb (tilsagn): \(text.amount(amount))")
        case .percent(let percent)?:
            lines.append("Fast andel: \(DanishNumberFormat.weight(percent)) % af det, de faste beløb levner")
            lines.append("Eksakt: \(exact)")
        case nil:
            if let weight = d.weight, let total = d.weightTotal {
                let share = DanishNumberFormat.weight(weight)
                let sum = DanishNumberFormat.weight(total)
                lines.append("Nøgle: \(share) af \(sum)")
                switch sheet.rule {
                case .split where sheet.derivations.contains(where: { $0.bound == .atMinimum || $0.bound == .atMaximum }):
                    // Bounds bind: a free party's quota is its share of what the parties held at a bound leave.
                    if case .apportioned? = d.bound { lines.append("Eksakt kvote af det, grænserne levner: \(exact)") }
                case .split(let given):
                    let amount = text.amount(d.keyedTotal ?? given)
                    lines.append("Eksakt kvote: \(share) / \(sum) × \(amount) = \(exact)")
                case .shareOfNational(let national):
                    lines.append("Eksakt: \(share) % × \(text.amount(national)) = \(exact)")
                case .rate(let rate):
                    lines.append("Eksakt: \(DanishNumberFormat.exact(rate, measure: sheet.measure)) \(sheet.measure.label) × \(share) = \(exact)")
                case .fee:
                    let tier = sheet.cell(party: d.party.id, role: .priceTier).map(PresentedCell.init)?.text(grouped: true) ?? ""
                    lines.append("Takst for takstgruppen \(tier): \(exact)")
                case .sum, .budget, .period:
                    break
                }
            } else {
                lines.append("Summen af de indgående ark: \(exact)")
            }
        }
        switch d.bound {
        case .atMinimum?: lines.append("Holdt ved sin mindstegrænse: \(text.amount(d.amount))")
        case .atMaximum?: lines.append("Holdt ved sin højeste grænse: \(text.amount(d.amount))")
        default: break
        }
        if let share = d.apportionment {
            let step = sheet.measure.step
            // A negative amount is apportioned as the mirror of its magnitude (README.md): the whole units are
            // rounded toward zero and an extra unit goes away from zero.
            let negative = share.quota.numerator < 0
            let floor = text.amount(share.floor * step)
            let remainder = DanishNumberFormat.fraction(Fraction.reduced(share.remainder, share.quota.denominator), decimals: 4)
            lines.append("Største brøkdel: \(negative ? "afrundet mod nul" : "gulv") \(floor), brøkdel \(remainder), rang \(share.rank) af \(apportioned); \(extraUnits) enheder til fordeling efter gulvene")
            lines.append(share.receivedExtraUnit ? "Får en ekstra enhed: \(floor) \(negative ? "-" : "+") \(text.amount(step)) = \(text.amount(d.amount))"
                                                 : "Får ingen ekstra enhed: \(text.amount(d.amount))")
        } else if d.pledge == nil || d.exactAmount != Fraction(d.amount) {
            lines.append("Afrundet (halv op) til hele \(sheet.measure.isMoney ? sheet.measure.label : "enheder"): \(text.amount(d.amount))")
        }
        return lines
    }
}

import FordelingCore

/// The words of budget statements, periods, indexed amounts, quotas and fees.
extension SheetPresentation {
    /// `Title (september 2020 – juni 2023)` for a period's sheet.
    var periodHeading: String? {
        guard case .period(let total) = sheet.rule else { return nil }
        return "\(sheet.title) (\(PeriodWording.text(total.period)))"
    }

    /// A budget statement's totals per period and each period's result.
    var budgetLines: [(label: String, value: String)] {
        var lines: [(String, String)] = []
        for case .budgetResult(let period, let income, let expenses, let result) in sheet.notes {
            lines.append(("Overskud/underskud, \(period) (indtægter − udgifter)", "\(amount(income)) − \(amount(expenses)) = \(amount(result))"))
        }
        lines.append(("Status", "Afstemt (totalerne er summer af posterne)"))
        return lines
    }

    func ruleSentence(_ note: SheetNote) -> String? {
        switch note {
        case .budgetResult: return nil
        case .budgetFigure(let line, let period, let id, let title, let stored):
            return "\(line), \(period): totalen af arket \(title) (\(id)), \(amount(stored))"
        case .indexed(let indexed): return sentence(indexed)
        case .periodYear(let part):
            let year = part.year
            let months = year.months == 12 ? "hele året" : "\(PeriodWording.month(year.firstMonth))–\(PeriodWording.month(year.lastMonth)) \(year.year), \(year.months) af 12 måneder"
            return "År \(year.year) af perioden \(PeriodWording.text(part.period)) (\(months)): beløbet pr. år er ganget med \(year.months)/12 og afrundet én gang."
        case .period(let period, let years):
            return "Perioden \(PeriodWording.text(period)): summen af årene \(PeriodWording.list(years.map(String.init))), hvert års ark for sig."
        case .wholePeriod(let party, let stored): return "\(party): \(amount(stored)) for hele perioden, ikke pr. år"
        case .deviation(let allowed):
            return "Ingen part må afvige mere end \(DanishNumberFormat.weight(allowed.times100)) procentpoint fra sin andel af nøglen; grænserne står i kolonnerne Mindst og Højst."
        case .fees(let list, let column, let source, let vintage):
            return "Takst: kolonnen \(column) i prislisten \(list) (\(source.isEmpty ? "kilde ikke oplyst" : "kilde: \(source)")\(vintage.isEmpty ? "" : "; årgang \(vintage)")); hver part betaler taksten for den takstgruppe, dens nøgletal falder i."
        default: return nil
        }
    }

    private func sentence(_ indexed: IndexedAmount) -> String {
        let rates = indexed.rates.map { rate in
            "\(rate.fromYear)/\(rate.fromYear + 1) \(DanishNumberFormat.string(rate.percent)) % (\(rate.status == .final ? "endelig" : "forventet"); kilde: \(rate.source))"
        }
        let factor = Self.exactDecimal(indexed.factor).map { DanishNumberFormat.string($0) } ?? DanishNumberFormat.weight(indexed.factor)
        let scenario = indexed.changedByScenario.map { "; sats ændret i scenariet \($0)" } ?? ""
        let before = "Beløbet \(exact(indexed.stated)) i \(indexed.priceLevel)-niveau er fremskrevet til \(indexed.year)-niveau med PL \(PeriodWording.list(rates))\(scenario): × \(factor) = \(exact(indexed.exact))"
        guard let rounded = indexed.rounded else { return before + " pr. enhed; hver række afrundes for sig." }
        return before + "; afrundet én gang (halv op) til hele \(unitLabel): \(amount(rounded))"
    }

    private var unitLabel: String {
        if case .money(let unit) = sheet.measure { return unit.label }
        return sheet.measure.label
    }

    /// A fraction whose denominator divides a power of ten (a product of PL rates), written out exactly.
    static func exactDecimal(_ value: Fraction) -> DecimalValue? {
        var power: Int128 = 1
        for scale in 0...30 {
            if power % value.denominator == 0, let units = try? value.numerator.multiplied(by: power / value.denominator, "factor") {
                return DecimalValue(units: units, scale: scale)
            }
            guard let next = try? power.multiplied(by: 10, "factor") else { return nil }
            power = next
        }
        return nil
    }
}

extension Fraction {
    /// The fraction × 100, for percentages and percentage points; unchanged when that would not fit.
    var times100: Fraction { (try? multiplied(by: Fraction(100))) ?? self }
}

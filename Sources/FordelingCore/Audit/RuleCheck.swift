/// Checks each printed amount against the rule of the linked definition: a printed amount is right when it
/// is its exact quota rounded down or up to the sheet's unit. When amounts are wrong, looks for the rounding
/// and divisor or total that would explain them.
struct RuleCheck {
    let approved: ApprovedSheet
    let register: Register?
    let linked: Sheet?

    func findings() -> [Finding] {
        guard let sheet = linked else { return [] }
        var findings: [Finding] = []
        var wrongAmounts = false
        for (index, role) in approved.roles.enumerated() {
            guard case .amount(let columnRole) = role, columnRole != .difference, let generatedColumn = sheet.column(columnRole) else { continue }
            let decimals = sheet.columns[generatedColumn].measure?.storedDecimals ?? 0
            for row in approved.table.rows {
                guard case .number(let printedValue) = row.values[index], let party = party(of: row),
                      let generatedRow = sheet.row(of: party.id),
                      case .amount(let generated, _) = sheet.rows[generatedRow].cells[generatedColumn] else { continue }
                // nil: more decimals than the sheet stores, or more than 38 digits; either way not the rule's amount.
                let printed = try? printedValue.units(exactlyAt: decimals)
                let right: Bool
                if let printed, columnRole == .amount {
                    let derivation = sheet.derivations[generatedRow]
                    right = isRounding(printed, of: derivation.exactAmount, step: sheet.measure.step)
                } else {
                    right = printed == generated
                }
                guard !right else { continue }
                if columnRole == .amount { wrongAmounts = true }
                let expected = RuleCheck.shown(generated, decimals: decimals, like: printedValue)
                findings.append(Finding(.error, .amountBreaksRule(sheet: sheet.id),
                                        location: approved.table.location(of: row, column: index), party: row.label, column: approved.table.columns[index],
                                        printed: printedValue, expected: expected))
            }
        }
        if wrongAmounts, let explanation = explanation(sheet) { findings.append(explanation) }
        return findings
    }

    /// A stored amount with as many decimals as the printed figure it is compared with (at least enough to be exact).
    static func shown(_ stored: Int128, decimals: Int, like printed: DecimalValue) -> DecimalValue {
        var value = DecimalValue(units: stored, scale: decimals)
        while value.scale > printed.scale && value.units % 10 == 0 { value = DecimalValue(units: value.units / 10, scale: value.scale - 1) }
        return value
    }

    private func party(of row: SheetTable.Row) -> Party? {
        guard let register else { return Party(name: row.label) }
        return row.code.flatMap(register.party(named:)) ?? register.party(named: row.label)
    }

    /// Whether `printed` is `exact` rounded down or up to a multiple of `step`.
    private func isRounding(_ printed: Int128, of exact: Fraction, step: Int128) -> Bool {
        guard printed % step == 0, let scaled = try? exact.denominator.multiplied(by: step, "rounding") else { return false }
        let floor = Fraction(numerator: exact.numerator, denominator: scaled).floorAndRemainder
        return printed == floor.floor * step || (floor.remainder != 0 && printed == (floor.floor + 1) * step)
    }

    /// Which rounding of which total with which divisor reproduces the printed key-split amounts.
    private func explanation(_ sheet: Sheet) -> Finding? {
        guard case .split = sheet.rule, let amountIndex = approved.column(.amount(.amount)) else { return nil }
        var printed: [Int128] = []
        var weights: [Fraction] = []
        var keyedTotal: Int128?
        var keySum: Fraction?
        for row in approved.table.rows {
            guard case .number(let value) = row.values[amountIndex], let party = party(of: row),
                  let derivation = sheet.row(of: party.id).map({ sheet.derivations[$0] }),
                  let weight = derivation.weight else { continue }
            // An amount the unit cannot hold is not a rounding of anything.
            guard let stored = try? value.units(exactlyAt: sheet.measure.storedDecimals) else { return nil }
            printed.append(stored)
            weights.append(weight)
            keyedTotal = derivation.keyedTotal ?? sheet.reconciliation.total
            keySum = derivation.weightTotal
        }
        guard let keyedTotal, let keySum, !printed.isEmpty else { return nil }
        var divisors = [keySum]
        if let keyIndex = approved.column(.key), case .number(let printedKeyTotal)? = approved.table.total?.values[keyIndex],
           let printedDivisor = printedKeyTotal.exactFraction, printedDivisor != keySum, printedDivisor.numerator > 0 {
            divisors.append(printedDivisor)
        }
        let step = sheet.measure.step
        let decimals = sheet.measure.storedDecimals
        let shownDecimals = sheet.measure.displayDecimals
        let stored = { (units: Int128) in RuleCheck.shown(units, decimals: decimals, like: DecimalValue(units: 0, scale: shownDecimals)) }
        guard let printedSum = try? printed.checkedSum("x") else { return nil }
        for divisor in divisors {
            let halfUp = weights.map { w in
                (try? Fraction.reduced(keyedTotal.multiplied(by: w.numerator, "x").multiplied(by: divisor.denominator, "x"),
                                       w.denominator.multiplied(by: divisor.numerator, "x")).rounded(toMultiplesOf: step).multiplied(by: step, "x"))
            }
            if halfUp == printed.map(Optional.some) {
                return Finding(.info, .roundedWithDivisor(total: stored(keyedTotal), divisor: decimal(divisor), keySum: decimal(keySum),
                                                          sumOfRows: stored(printedSum)),
                               location: approved.table.location(), column: approved.table.columns[amountIndex])
            }
        }
        for divisor in divisors {
            if let (low, high) = totalInterval(printed: printed, weights: weights, divisor: divisor, step: step) {
                return Finding(.info, .roundedFromTotals(low: rounded(low, decimals: decimals), high: rounded(high, decimals: decimals),
                                                         divisor: decimal(divisor), total: stored(keyedTotal), sumOfRows: stored(printedSum)),
                               location: approved.table.location(), column: approved.table.columns[amountIndex])
            }
        }
        return Finding(.info, .notReproduced(divisors: divisors.map { decimal($0) }, sumOfRows: stored(printedSum), total: stored(keyedTotal)),
                       location: approved.table.location(), column: approved.table.columns[amountIndex])
    }

    /// The totals T for which every row `round(T × w / divisor)` equals its printed amount: [low, high), or nil.
    private func totalInterval(printed: [Int128], weights: [Fraction], divisor: Fraction, step: Int128) -> (Fraction, Fraction)? {
        var low: Fraction?
        var high: Fraction?
        for (amount, weight) in zip(printed, weights) where weight.numerator > 0 {
            // (amount − step/2) ≤ T·w/d < (amount + step/2)  ⇔  (2·amount ∓ step)·d / (2·w) bounds T.
            guard let factorNumerator = try? divisor.numerator.multiplied(by: weight.denominator, "x"),
                  let factorDenominator = try? divisor.denominator.multiplied(by: weight.numerator, "x").multiplied(by: 2, "x"),
                  let twice = try? amount.multiplied(by: 2, "x"),
                  let lowNumerator = try? twice.subtracting(step, "x").multiplied(by: factorNumerator, "x"),
                  let highNumerator = try? twice.adding(step, "x").multiplied(by: factorNumerator, "x") else { return nil }
            let rowLow = Fraction.reduced(lowNumerator, factorDenominator)
            let rowHigh = Fraction.reduced(highNumerator, factorDenominator)
            if low.map({ less($0, rowLow) }) ?? true { low = rowLow }
            if high.map({ less(rowHigh, $0) }) ?? true { high = rowHigh }
        }
        guard let low, let high, less(low, high) else { return nil }
        return (low, high)
    }

    private func less(_ a: Fraction, _ b: Fraction) -> Bool {
        guard let left = try? a.numerator.multiplied(by: b.denominator, "x"), let right = try? b.numerator.multiplied(by: a.denominator, "x") else { return false }
        return left < right
    }

    /// A fraction (in units of 10^-`decimals`) as a decimal with up to four more decimals, trailing zeros dropped.
    private func decimal(_ value: Fraction, decimals: Int = 0) -> DecimalValue {
        guard let shift = try? Int128.powerOfTen(decimals), let denominator = try? value.denominator.multiplied(by: shift, "x"),
              let rounded = Fraction(numerator: value.numerator, denominator: denominator).decimal(4 + decimals) else { return .zero }
        return trimmed(rounded)
    }

    /// A total in stored units as kroner (or the quantity) to two decimals.
    private func rounded(_ value: Fraction, decimals: Int) -> DecimalValue {
        guard let shift = try? Int128.powerOfTen(decimals), let denominator = try? value.denominator.multiplied(by: shift, "x") else { return .zero }
        return Fraction(numerator: value.numerator, denominator: denominator).decimal(2) ?? .zero
    }

    private func trimmed(_ value: DecimalValue) -> DecimalValue {
        var units = value.units
        var scale = value.scale
        while scale > 0 && units % 10 == 0 { units /= 10; scale -= 1 }
        return DecimalValue(units: units, scale: scale)
    }
}

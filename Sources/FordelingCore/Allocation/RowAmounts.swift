/// The amounts of a sheet's rows before columns are laid out: one per party, with their derivation.
struct RowAmounts {
    let derivations: [RowDerivation]
    let reconciliation: Reconciliation
    var amounts: [Int128] { derivations.map(\.amount) }
}

/// Computes the amounts of a keyed rule (split, national share, rate) for parties and their key values.
struct KeyedRule {
    let rule: Rule
    let unit: RoundingUnit
    let mode: RoundingMode
    let parties: [Party]
    let values: [ExactDecimal]

    func amounts() throws(OverflowError) -> RowAmounts {
        let scale = ExactDecimal.commonScale(values)
        var weights: [Int128] = []
        for value in values { weights.append(try value.units(atScale: scale)) }
        let keyTotal = ExactDecimal(units: try weights.checkedSum("sum of the key"), scale: scale)
        let scaleFactor = try Int128.powerOfTen(scale)

        let quotas: [Fraction]
        switch rule {
        case .split(let total):
            quotas = try weights.map { (w) throws(OverflowError) in
                Fraction(numerator: try total.multiplied(by: w, "total × key value"), denominator: keyTotal.units) }
        case .shareOfNational(let national):
            let denominator = try scaleFactor.multiplied(by: 100, "percent key")
            quotas = try weights.map { (w) throws(OverflowError) in
                Fraction(numerator: try national.multiplied(by: w, "national amount × key percentage"), denominator: denominator) }
        case .rate(let rate):
            let denominator = try rate.denominator.multiplied(by: scaleFactor, "rate × key value")
            quotas = try weights.map { (w) throws(OverflowError) in
                Fraction(numerator: try rate.numerator.multiplied(by: w, "rate × key value"), denominator: denominator) }
        case .sum:
            preconditionFailure("sums are computed by SummedRule")
        }

        var shares: [LargestRemainder.Share?] = Array(repeating: nil, count: parties.count)
        var amounts: [Int128] = []
        if case .split(let total) = rule, mode == .reconciled {
            let apportioned = try LargestRemainder.apportion(total: total / unit.minorUnits, weights: weights,
                                                            tieKeys: parties.map(\.id))
            shares = apportioned
            amounts = try apportioned.map { (share) throws(OverflowError) in try share.units.multiplied(by: unit.minorUnits, "amount in øre") }
        } else {
            for quota in quotas {
                amounts.append(try quota.rounded(toMultiplesOf: unit.minorUnits).multiplied(by: unit.minorUnits, "amount in øre"))
            }
        }

        let sumOfRows = try amounts.checkedSum("sum of rows")
        var exactTotal = Fraction(0)
        for quota in quotas { exactTotal = try exactTotal.adding(quota) }
        let reconciliation: Reconciliation
        if case .split(let total) = rule {
            reconciliation = Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: sumOfRows)
        } else {
            reconciliation = Reconciliation(basis: .sumOfRows, total: sumOfRows, exactTotal: exactTotal, sumOfRows: sumOfRows)
        }
        let derivations = parties.indices.map { index in
            RowDerivation(party: parties[index], keyValue: values[index], keyTotal: keyTotal, exactAmount: quotas[index],
                          apportionment: shares[index], amount: amounts[index])
        }
        return RowAmounts(derivations: derivations, reconciliation: reconciliation)
    }
}

/// The columns of a quota: each party's least and largest allowed amount, and with realised figures their shares and
/// each share's deviation from the key share in percentage points (flagged beyond the allowed deviation).
extension SheetLayout {
    func quotaColumns(tables: inout [KeyTable]) throws -> [Column] {
        var columns: [Column] = []
        if let bounds {
            let step = measure.step
            let minimums = try bounds.map { (b) throws(OverflowError) in try b.minimum.multiplied(by: step, "minimum") }
            let maximums = try bounds.map { (b) throws(OverflowError) in try b.maximum.map { (m) throws(OverflowError) in try m.multiplied(by: step, "maximum") } }
            let maximumTotal = maximums.allSatisfy { $0 != nil } ? Cell.amount(try maximums.compactMap { $0 }.checkedSum("maximums"), measure) : .empty
            columns.append((SheetColumn(role: .minimum, heading: nil, measure: measure), minimums.map { .amount($0, measure) },
                            .amount(try minimums.checkedSum("minimums"), measure)))
            columns.append((SheetColumn(role: .maximum, heading: nil, measure: measure), maximums.map { $0.map { .amount($0, measure) } ?? .empty },
                            maximumTotal))
        }
        guard let reference = definition.allocation.bounds.realised, let ruleKey = definition.key else { return columns }
        let realised = try values(reference, field: .realised, tables: &tables)
        let keyed = try KeyValues(ruleKey, for: parties, tiers: definition.tiers, context: context, definition: definition, field: .key)
        for (values, key) in [(realised.weights, reference), (keyed.weights, ruleKey)] {
            var sum = Fraction(0)
            for weight in values { sum = try sum.adding(weight) }
            guard sum.numerator > 0 else { throw InputError(definition.location(of: .realised), .keyHasNoShares(key, file: nil)) }
        }
        let realisedShares = try SharePercent.shares(realised.weights)
        let keyShares = try SharePercent.shares(keyed.weights)
        let decimals = definition.percentDecimals
        var deviations: [Fraction] = []
        for (realisedShare, keyShare) in zip(realisedShares, keyShares) { deviations.append(try realisedShare.subtracting(keyShare)) }
        columns.append((SheetColumn(role: .realised(reference), heading: realised.label), realised.cells, try SheetLayout.sum(realised.cells)))
        columns.append((SheetColumn(role: .realisedShare(reference), heading: nil), realisedShares.map { .percent($0, decimals: decimals) },
                        .percent(Fraction(1), decimals: decimals)))
        columns.append((SheetColumn(role: .deviation, heading: nil), deviations.map { .percent($0, decimals: decimals) }, .empty))
        if let allowed = definition.allocation.bounds.deviation {
            columns.append((SheetColumn(role: .beyondDeviation, heading: nil),
                            try deviations.map { (d) throws(OverflowError) in .flag(try exceeds(d, allowed)) }, .empty))
        }
        return columns
    }

    /// Whether |deviation| > allowed, exactly.
    private func exceeds(_ deviation: Fraction, _ allowed: Fraction) throws(OverflowError) -> Bool {
        let magnitude = Fraction(numerator: deviation.numerator < 0 ? try Int128(0).subtracting(deviation.numerator, "deviation") : deviation.numerator,
                                 denominator: deviation.denominator)
        return try magnitude.subtracting(allowed).numerator > 0
    }
}

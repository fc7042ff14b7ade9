/// Computes the amounts of a keyed rule (split, national share, rate) for its parties, their weights and pledges.
struct KeyedRule {
    let definition: Definition
    let parties: [Party]
    /// One weight per party; pledged parties' weights are not used.
    let weights: [Fraction]
    /// The pledge of each party, if it has one.
    let pledges: [Definition.Pledge.Amount?]
    /// Bounds on each party's whole units, for a quota (splits without pledges only).
    var bounds: [BoundedLargestRemainder.Bounds]? = nil

    private var step: Int128 { definition.measure.step }

    func amounts() throws(InputError) -> RowAmounts {
        do {
            switch definition.rule {
            case .split(let total): return try split(total)
            case .shareOfNational(let national):
                return try perRow { (w) throws(OverflowError) in
                    Fraction(numerator: try national.multiplied(by: w.numerator, "national amount × key percentage"),
                             denominator: try w.denominator.multiplied(by: 100, "percent key"))
                }
            case .rate(let rate):
                return try perRow { (w) throws(OverflowError) in
                    Fraction(numerator: try rate.numerator.multiplied(by: w.numerator, "rate × key value"),
                             denominator: try rate.denominator.multiplied(by: w.denominator, "rate × key value"))
                }
            case .fee:
                // The weights are the fees of the parties' tiers, in stored units.
                return try perRow { (w) throws(OverflowError) in w }
            case .sum, .budget, .period:
                throw InputError(definition.location(of: .key), .sumTakesNoKey)
            }
        } catch {
            throw InputError.from(error, at: definition.location(of: .key))
        }
    }

    /// Rules whose total is the sum of the rows: each row its own amount, rounded half-up; fixed pledges as they are.
    private func perRow(_ quota: (Fraction) throws(OverflowError) -> Fraction) throws -> RowAmounts {
        var quotas: [Fraction] = []
        for (index, weight) in weights.enumerated() {
            switch pledges[index] {
            case .fixed(let amount)?: quotas.append(Fraction(amount))
            case .percent?:
                throw InputError(definition.location(of: .pledges), .percentagePledgeWithoutTotal)
            case nil: quotas.append(try quota(weight))
            }
        }
        var amounts: [Int128] = []
        for quota in quotas { amounts.append(try quota.rounded(toMultiplesOf: step).multiplied(by: step, "rounded amount")) }
        let sum = try amounts.checkedSum("sum of rows")
        var exact = Fraction(0)
        for quota in quotas { exact = try exact.adding(quota) }
        return RowAmounts(derivations: derivations(quotas: quotas, amounts: amounts, shares: [:], keyedTotal: nil),
                          reconciliation: Reconciliation(basis: .sumOfRows, total: sum, exactTotal: exact, sumOfRows: sum))
    }

    /// A given total: fixed pledges first, then percentage pledges, then the rest by key.
    private func split(_ total: Int128) throws -> RowAmounts {
        guard total % step == 0 else {
            throw InputError(definition.location(of: .total), .totalNotWholeUnits)
        }
        let fixedTotal = try pledges.compactMap { pledge -> Int128? in
            if case .fixed(let amount)? = pledge { return amount }
            return nil
        }.checkedSum("sum of pledges")
        let afterFixed = try total.subtracting(fixedTotal, "total − pledges")
        if (total >= 0 && afterFixed < 0) || afterFixed % step != 0 {
            throw InputError(definition.location(of: .pledges), .pledgesDoNotFit(fixed: fixedTotal, total: total, measure: definition.measure))
        }
        let percentIndices = parties.indices.filter { if case .percent? = pledges[$0] { return true } else { return false } }
        let keyedIndices = parties.indices.filter { pledges[$0] == nil }
        let percents = percentIndices.map { index -> Fraction in
            if case .percent(let p)? = pledges[index] { return p }
            return Fraction(0)
        }
        var percentSum = Fraction(0)
        for p in percents { percentSum = try percentSum.adding(p) }
        let rest = try Fraction(100).subtracting(percentSum)
        if rest.numerator < 0 {
            throw InputError(definition.location(of: .pledges), .percentagePledgesOverAHundred)
        }
        if keyedIndices.isEmpty && rest.numerator != 0 && afterFixed != 0 {
            throw InputError(definition.location(of: .pledges), .pledgesLeaveARest)
        }
        if !keyedIndices.isEmpty && rest.numerator == 0 {
            throw InputError(definition.location(of: .pledges), .percentagePledgesLeaveNothing)
        }

        var quotas = [Fraction](repeating: Fraction(0), count: parties.count)
        var amounts = [Int128](repeating: 0, count: parties.count)
        var shares: [Int: LargestRemainder.Share] = [:]
        var outcomes: [Int: BoundedLargestRemainder.Outcome] = [:]
        for index in parties.indices {
            if case .fixed(let amount)? = pledges[index] {
                quotas[index] = Fraction(amount)
                amounts[index] = amount
            }
        }
        // Level 1: the percentage pledges and the rest, of what the fixed pledges leave.
        let levelOne = percents + (keyedIndices.isEmpty ? [] : [rest])
        let levelOneAmounts = try apportion(afterFixed, levelOne, tieKeys: percentIndices.map { parties[$0].id } + (keyedIndices.isEmpty ? [] : ["\u{10FFFF}rest"]))
        for (position, index) in percentIndices.enumerated() {
            quotas[index] = levelOneAmounts.quotas[position]
            amounts[index] = levelOneAmounts.amounts[position]
            shares[index] = levelOneAmounts.shares[position]
        }
        // Level 2: the rest by key, the last of level one.
        var keyedTotal: Int128?
        if !keyedIndices.isEmpty, let restQuota = levelOneAmounts.quotas.last, let restAmount = levelOneAmounts.amounts.last {
            keyedTotal = restAmount
            let keyWeights = keyedIndices.map { weights[$0] }
            if definition.mode == .published {
                // Each row on its own: rest × weight / divisor, where the divisor is the key's total unless the
                // definition gives the one a published sheet used.
                var divisor = Fraction(0)
                if let given = definition.divisor { divisor = try given.fraction } else { for w in keyWeights { divisor = try divisor.adding(w) } }
                for (position, index) in keyedIndices.enumerated() {
                    let w = keyWeights[position]
                    let quota = Fraction.reduced(
                        try restQuota.numerator.multiplied(by: w.numerator, "rest × weight").multiplied(by: divisor.denominator, "rest × weight"),
                        try restQuota.denominator.multiplied(by: w.denominator, "rest × weight").multiplied(by: divisor.numerator, "rest × weight"))
                    quotas[index] = quota
                    amounts[index] = try published(quota)
                }
            } else {
                let levelTwo = try apportion(restAmount, keyWeights, tieKeys: keyedIndices.map { parties[$0].id },
                                             bounds: bounds.map { bounds in keyedIndices.map { bounds[$0] } })
                for (position, index) in keyedIndices.enumerated() {
                    quotas[index] = levelTwo.quotas[position]
                    amounts[index] = levelTwo.amounts[position]
                    shares[index] = levelTwo.shares[position]
                    outcomes[index] = levelTwo.outcomes[position]
                }
            }
        }
        let sum = try amounts.checkedSum("sum of rows")
        var rowDerivations = derivations(quotas: quotas, amounts: amounts, shares: shares, keyedTotal: keyedTotal)
        for (index, outcome) in outcomes { rowDerivations[index].bound = outcome }
        var result = RowAmounts(derivations: rowDerivations,
                                reconciliation: Reconciliation(basis: .givenTotal, total: total, exactTotal: Fraction(total), sumOfRows: sum))
        result.keyedTotal = keyedTotal
        return result
    }

    /// `amount` (a whole number of steps) over exact `weights`: by largest remainder (within `bounds`, in steps, when
    /// given), or each row half-up in published mode.
    private func apportion(_ amount: Int128, _ weights: [Fraction], tieKeys: [String], bounds: [BoundedLargestRemainder.Bounds]? = nil) throws
        -> (quotas: [Fraction], amounts: [Int128], shares: [LargestRemainder.Share?], outcomes: [BoundedLargestRemainder.Outcome?]) {
        guard !weights.isEmpty else { return ([], [], [], []) }
        let integers = try IntegerWeights.overCommonDenominator(weights)
        let weightSum = try integers.checkedSum("sum of the key")
        guard weightSum > 0 else {
            throw InputError(definition.location(of: .key), .keySumsToZeroOverSharers)
        }
        let quotas = try integers.map { (w) throws(OverflowError) in
            Fraction.reduced(try amount.multiplied(by: w, "total × key value"), weightSum)
        }
        if definition.mode == .published {
            let amounts = try quotas.map(published)
            return (quotas, amounts, quotas.map { _ in nil }, quotas.map { _ in nil })
        }
        if let bounds { return try bounded(amount, integers, tieKeys: tieKeys, bounds: bounds) }
        let shares: [LargestRemainder.Share]
        do { shares = try LargestRemainder.apportion(total: amount / step, weights: integers, tieKeys: tieKeys) } catch {
            switch error {
            case .overflow(let overflow): throw overflow
            // Checked before: key values and percentage pledges are never negative, and the weights sum to more than zero.
            case .negativeWeight, .zeroWeightSum: throw InputError(definition.location(of: .key), .apportionment(error))
            }
        }
        let amounts = try shares.map { (share) throws(OverflowError) in try share.units.multiplied(by: step, "amount") }
        return (quotas, amounts, shares, shares.map { _ in nil })
    }

    /// `amount` over integer `weights` by largest remainder within `bounds`: each row's quota is its exact quota in the
    /// bounded split (its bound, or its share of what the bounded rows leave).
    private func bounded(_ amount: Int128, _ weights: [Int128], tieKeys: [String], bounds: [BoundedLargestRemainder.Bounds]) throws
        -> (quotas: [Fraction], amounts: [Int128], shares: [LargestRemainder.Share?], outcomes: [BoundedLargestRemainder.Outcome?]) {
        let location = definition.location(of: definition.allocation.bounds.deviation != nil ? .deviation : .minimum)
        let result: [BoundedLargestRemainder.Share]
        do { result = try BoundedLargestRemainder.apportion(total: amount / step, weights: weights, bounds: bounds, tieKeys: tieKeys) } catch {
            if case .overflow(let overflow) = error { throw overflow }
            var party: String?
            if case .crossedBounds(let index) = error { party = parties.first { $0.id == tieKeys[index] }?.name }
            throw InputError(location, .infeasibleBounds(error, party: party, total: amount, measure: definition.measure))
        }
        var quotas: [Fraction] = [], amounts: [Int128] = [], shares: [LargestRemainder.Share?] = []
        for share in result {
            amounts.append(try share.units.multiplied(by: step, "amount"))
            if case .apportioned(let apportioned) = share.outcome {
                quotas.append(Fraction.reduced(try apportioned.quota.numerator.multiplied(by: step, "quota"), apportioned.quota.denominator))
                shares.append(apportioned)
            } else {
                quotas.append(Fraction(amounts[amounts.count - 1]))
                shares.append(nil)
            }
        }
        return (quotas, amounts, shares, result.map(\.outcome))
    }

    /// Published mode: a row's exact amount rounded half-up on its own (a negative one away from zero), as the kernel rounds it.
    private func published(_ quota: Fraction) throws(OverflowError) -> Int128 {
        let units = LargestRemainderKernel.rounded(quota.numerator.magnitude, over: try quota.denominator.multiplied(by: step, "rounding").magnitude)
        guard let magnitude = Int128(exactly: units) else { throw OverflowError("rounded amount") }
        return try (quota.numerator < 0 ? -magnitude : magnitude).multiplied(by: step, "rounded amount")
    }

    private func derivations(quotas: [Fraction], amounts: [Int128], shares: [Int: LargestRemainder.Share],
                             keyedTotal: Int128?) -> [RowDerivation] {
        let keyedWeights = parties.indices.filter { pledges[$0] == nil }.map { weights[$0] }
        let weightTotal = try? keyedWeights.reduce(Fraction(0)) { (sum, w) throws(OverflowError) in try sum.adding(w) }
        return parties.indices.map { index in
            RowDerivation(party: parties[index], weight: pledges[index] == nil ? weights[index] : nil,
                          weightTotal: pledges[index] == nil ? weightTotal : nil, keyedTotal: keyedTotal,
                          exactAmount: quotas[index], apportionment: shares[index], pledge: pledges[index], amount: amounts[index])
        }
    }
}

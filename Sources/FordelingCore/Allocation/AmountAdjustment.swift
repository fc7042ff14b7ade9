/// An amount carried from one year's price level to a later year's: multiplied by (1 + rate) for each pair of years
/// on the way, as exact fractions (4,8 % is 1048/1000).
public struct IndexedAmount: Sendable, Equatable {
    /// The amount before indexing, exact (in stored units; per key unit for a rate).
    public let stated: Fraction
    public let priceLevel: Int
    public let year: Int
    /// The rates used, year by year.
    public let rates: [PriceIndex.Rate]
    /// The product of (1 + rate).
    public let factor: Fraction
    /// stated × factor.
    public let exact: Fraction
    /// The exact amount rounded once, half-up (away from zero) to the sheet's unit; nil for a rate, whose rows are
    /// rounded instead.
    public let rounded: Int128?
    /// The PL table's id.
    public let table: String
    public let changedByScenario: String?
}

/// The rule's amount as the sheet uses it: for one year of a period, the year's months of the amount per year;
/// stated in another year's prices, carried to the sheet's year by PL rates. Both are exact factors, and a total or
/// national amount is rounded once at the end, half-up to the sheet's unit (a rate stays exact; its rows are
/// rounded). Fixed pledges are carried the same way.
enum AmountAdjustment {
    /// `definition` with its amounts adjusted, and the indexation used; unchanged when there is nothing to adjust.
    static func apply(to definition: Definition, in context: AllocationContext) throws(InputError) -> (Definition, IndexedAmount?) {
        let share = definition.partOfPeriod?.year.fraction ?? Fraction(1)
        let indexation = definition.allocation.indexation
        guard share != Fraction(1) || indexation != nil else { return (definition, nil) }
        let location = definition.location(of: indexation != nil ? .index : .period)
        do {
            var indexFactor = Fraction(1)
            var rates: [PriceIndex.Rate] = []
            var table: PriceIndex?
            if let indexation, let year = definition.year {
                guard let found = context.indices[indexation.index] else {
                    throw InputError(location, .noPriceIndex(indexation.index, known: context.indices.keys.sorted()))
                }
                table = found
                for from in stride(from: indexation.priceLevel, to: year, by: 1) {
                    guard let rate = found.rate(from: from) else {
                        throw InputError(location, .noPriceIndexRate(from: from, table: found.id, file: found.file))
                    }
                    rates.append(rate)
                    indexFactor = try indexFactor.multiplied(by: try rate.factor)
                }
            }
            let factor = try share.multiplied(by: indexFactor)
            let step = definition.measure.step
            func rounded(_ amount: Int128) throws -> Int128 {
                try Fraction(amount).multiplied(by: factor).rounded(toMultiplesOf: step).multiplied(by: step, "adjusted amount")
            }
            var allocation = definition.allocation
            let stated: Fraction
            switch definition.rule {
            case .split(let total):
                stated = Fraction(total)
                allocation.rule = .split(total: try rounded(total))
            case .shareOfNational(let national):
                stated = Fraction(national)
                allocation.rule = .shareOfNational(national: try rounded(national))
            case .rate(let rate):
                stated = rate
                allocation.rule = .rate(perUnit: try rate.multiplied(by: factor))
            default:
                throw InputError(location, indexation != nil ? .indexationWithoutAmount(definition.rule.kind) : .periodWithoutAmount(definition.rule.kind))
            }
            allocation.pledges = try allocation.pledges.map { (pledge) throws -> Definition.Pledge in
                guard case .fixed(let amount) = pledge.amount else { return pledge }
                return Definition.Pledge(party: pledge.party, amount: .fixed(try rounded(amount)), location: pledge.location)
            }
            allocation.indexation = nil
            var indexed: IndexedAmount?
            if let table, let indexation, let year = definition.year {
                let before = try stated.multiplied(by: share)
                let exact = try before.multiplied(by: indexFactor)
                var total: Int128?
                if case .rate = definition.rule {} else { total = try exact.rounded(toMultiplesOf: step).multiplied(by: step, "adjusted amount") }
                indexed = IndexedAmount(stated: before, priceLevel: indexation.priceLevel, year: year, rates: rates,
                                        factor: indexFactor,
                                        exact: exact, rounded: total, table: table.id, changedByScenario: table.changedByScenario)
            }
            return (try definition.changing(allocation: allocation, at: nil), indexed)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.from(error, at: location)
        }
    }
}

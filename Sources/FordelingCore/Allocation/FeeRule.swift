/// A fee sheet's weights: each party's key value is a count (of places, say) that picks a tier of a price list, and
/// the party pays that tier's fee in the chosen column, as listed.
enum FeeRule {
    /// Per party the fee (in stored units, as the weight the rule pays) and the tier's label (as a cell).
    static func fees(_ values: KeyValues, list id: String, column name: String?, definition: Definition,
                     context: AllocationContext) throws(InputError) -> (weights: [Fraction], tiers: [Cell]) {
        let location = definition.location(of: .fees)
        guard let list = context.priceLists[id] else { throw InputError(location, .noPriceList(id, known: context.priceLists.keys.sorted())) }
        let column = try list.column(name, at: location)
        var weights: [Fraction] = []
        var tiers: [Cell] = []
        for (index, party) in values.parties.enumerated() {
            let at = values.locations[index] ?? definition.location(of: .key)
            guard case .keyValue(let value) = values.cells[index], let count = try? value.units(exactlyAt: 0), count >= 0 else {
                let written = if case .keyValue(let value) = values.cells[index] { value } else { DecimalValue.zero }
                throw InputError(at, .countNotWhole(party: party.name, value: written))
            }
            guard let tier = list.tier(of: count) else { throw InputError(at, .noTierForCount(party: party.name, count: count, list: list.id)) }
            guard let fee = list.fees[tier][column] else {
                throw InputError(at, .noFeeInTier(party: party.name, tier: list.tiers[tier].label, column: list.columns[column]))
            }
            weights.append(Fraction(fee))
            tiers.append(.tier(list.tiers[tier].label))
        }
        return (weights, tiers)
    }
}

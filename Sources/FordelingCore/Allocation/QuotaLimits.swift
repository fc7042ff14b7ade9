/// The bounds of a split of whole units, per party and in whole units of the sheet: the definition's named minimums
/// and maximums, and the allowed deviation from each party's key share (from ⌈(share − deviation) × total⌉, at least
/// 0, to ⌊(share + deviation) × total⌋), the tighter of the two where both are given.
enum QuotaLimits {
    static func bounds(_ definition: Definition, parties: [Party], weights: [Fraction], total: Int128,
                       resolver: PartyResolver) throws(InputError) -> [BoundedLargestRemainder.Bounds]? {
        let declared = definition.allocation.bounds
        guard declared.bindsAmounts else { return nil }
        let step = definition.measure.step
        let units = total / step
        let location = definition.location(of: declared.deviation != nil ? .deviation : declared.minimums.isEmpty ? .maximum : .minimum)
        var minimums = [Int128](repeating: 0, count: parties.count)
        var maximums = [Int128?](repeating: nil, count: parties.count)
        do {
            if let deviation = declared.deviation {
                for (index, share) in try SharePercent.shares(weights).enumerated() {
                    let low = try share.subtracting(deviation).multiplied(by: Fraction(units)).floorAndRemainder
                    minimums[index] = max(0, low.remainder == 0 ? low.floor : low.floor + 1)
                    maximums[index] = try share.adding(deviation).multiplied(by: Fraction(units)).floorAndRemainder.floor
                }
            }
        } catch {
            throw InputError.overflow(error, at: location)
        }
        for (field, pledges) in [(Definition.Field.minimum, declared.minimums), (.maximum, declared.maximums)] {
            let named = try SheetCalculator.pledgesByParty(pledges, field: field, parties: parties, resolver: resolver, definition: definition)
            for (index, party) in parties.enumerated() {
                guard case .fixed(let amount)? = named[party.id] else { continue }
                let at = pledges.first { (try? resolver.party(named: $0.party, at: nil)) == party }?.location ?? definition.location(of: field)
                guard amount % step == 0 else { throw InputError(at, .boundNotWholeUnits(party: party.name)) }
                if field == .minimum { minimums[index] = max(minimums[index], amount / step) }
                else { maximums[index] = min(maximums[index] ?? amount / step, amount / step) }
            }
        }
        return zip(minimums, maximums).map { BoundedLargestRemainder.Bounds(minimum: $0, maximum: $1) }
    }
}

import FordelingCore

/// Bounds of a quota (`minimum = PARTY: AMOUNT`, `maximum = …`, `deviation = 2 procentpoint`, `realised = KEY`) and
/// the indexation of an amount (`index = pl`, `price level = 2023`).
extension DefinitionBuilder {
    func bounds(_ measure: Measure) throws(InputError) -> Definition.QuotaBounds {
        var bounds = Definition.QuotaBounds(minimums: try pledges(.minimum, measure: measure), maximums: try pledges(.maximum, measure: measure),
                                            realised: entry(.realised).map { KeyReference($0.value) })
        if let entry = entry(.deviation) {
            let lowered = entry.value.lowercased()
            guard let suffix = ["procentpoint", "pct.-point", "pp"].first(where: { lowered.hasSuffix($0) }),
                  let points = try? DanishNumber.parse(String(entry.value.dropLast(suffix.count)).trimmingSpaces).fraction,
                  let hundredths = try? points.denominator.multiplied(by: 100, "percentage points") else {
                throw InputError(entry.location, "expected a deviation in percentage points, found '\(entry.value.abbreviated())'",
                                 fix: "Write it like 'deviation = 2 procentpoint'.")
            }
            bounds.deviation = Fraction.reduced(points.numerator, hundredths)
        }
        return bounds
    }

    func indexation() throws(InputError) -> Definition.Indexation? {
        let index = entry(.index)
        let level = try integer(.priceLevel, in: 1900...2200)
        guard let index, let level else {
            if let given = index?.location ?? entry(.priceLevel)?.location {
                throw InputError(given, "'index' and 'price level' go together", fix: "Give both, e.g. 'index = pl' and 'price level = 2023'.")
            }
            return nil
        }
        return Definition.Indexation(index: index.value, priceLevel: level)
    }
}

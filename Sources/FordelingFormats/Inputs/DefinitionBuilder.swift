import FordelingCore

/// Checks one `[id]` block field by field and turns it into a `Definition`.
struct DefinitionBuilder {
    let section: DefinitionReader.Section

    func definition() throws(InputError) -> Definition {
        let title = try required("title")
        guard let year = try integer("year", in: 1900...2200) else { throw missing("year") }
        let rule = try self.rule()
        let key = section.values["key"]?.value
        if case .sum = rule, key != nil {
            throw InputError(section.values["key"]?.location, "rule 'sum' adds other sheets and takes no key",
                             fix: "Remove 'key', or use 'per' for a per-inhabitant column.")
        }
        if key == nil, rule.name != "sum" { throw missing("key") }
        var locations = section.values.mapValues(\.location)
        locations["id"] = section.location
        var definition = Definition(id: section.id, title: title, year: year, parties: try parties(), rule: rule, key: key,
                                    locations: locations)
        definition.excluded = list("exclude")
        if let unit = section.values["unit"] {
            guard let parsed = RoundingUnit(spelling: unit.value) else {
                throw InputError(unit.location, "unknown rounding unit '\(unit.value)'", fix: "Write øre, kr or 1000.")
            }
            definition.unit = parsed
        }
        if let mode = section.values["mode"] {
            guard let parsed = RoundingMode(rawValue: mode.value.lowercased()) else {
                throw InputError(mode.location, "unknown mode '\(mode.value)'", fix: "Write reconciled (the default) or published.")
            }
            definition.mode = parsed
        }
        definition.amountLabel = section.values["label"]?.value ?? definition.amountLabel
        definition.columns = try columns()
        definition.compare = section.values["compare"]?.value
        definition.per = section.values["per"]?.value
        definition.perLabel = section.values["per label"]?.value ?? definition.perLabel
        definition.perDecimals = try integer("per decimals", in: 0...6) ?? definition.perDecimals
        definition.percentDecimals = try integer("percent decimals", in: 0...6) ?? definition.percentDecimals
        definition.notes = section.notes
        return definition
    }

    private func missing(_ field: String) -> InputError {
        InputError(section.location, "definition '\(section.id)' has no '\(field)'", fix: "Add a line '\(field) = …'.")
    }

    private func required(_ field: String) throws(InputError) -> String {
        guard let value = section.values[field]?.value else { throw missing(field) }
        return value
    }

    private func integer(_ field: String, in range: ClosedRange<Int>) throws(InputError) -> Int? {
        guard let entry = section.values[field] else { return nil }
        guard let value = Int(entry.value), range.contains(value) else {
            throw InputError(entry.location, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(entry.value)'",
                             fix: "Write digits only, e.g. \(range.lowerBound).")
        }
        return value
    }

    private func list(_ field: String) -> [String] {
        (section.values[field]?.value ?? "").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    private func parties() throws(InputError) -> Definition.PartySet {
        let value = try required("parties")
        if value.lowercased().hasPrefix("kkr ") { return .kkr(String(value.dropFirst(4)).trimmingSpaces) }
        return .listed(list("parties"))
    }

    private func rule() throws(InputError) -> Rule {
        let name = try required("rule")
        let given = DefinitionReader.amountFields.filter { section.values[$0] != nil }
        if given.count > 1, let second = given.map({ section.values[$0]!.location }).max(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
            throw InputError(second, "a definition has one of 'total', 'national' or 'rate', but this one has \(given.map { "'\($0)'" }.joined(separator: " and "))",
                             fix: "Keep the one its rule needs: split takes total, national-share takes national, rate takes rate.")
        }
        let expected: String?
        switch name {
        case "split": expected = "total"
        case "national-share": expected = "national"
        case "rate": expected = "rate"
        case "sum": expected = nil
        default:
            throw InputError(section.values["rule"]?.location, "unknown rule '\(name)'", fix: "Write split, national-share, rate or sum.")
        }
        if let stray = given.first, stray != expected {
            throw InputError(section.values[stray]?.location, "rule '\(name)' does not take '\(stray)'",
                             fix: expected.map { "Write '\($0) = …' instead." } ?? "Remove it; a sum adds the sheets named in 'add'.")
        }
        guard let expected else { return .sum(components: try components()) }
        guard let entry = section.values[expected] else { throw missing(expected) }
        do {
            switch expected {
            case "total": return .split(total: try DanishNumber.parseAmount(entry.value))
            case "national": return .shareOfNational(national: try DanishNumber.parseAmount(entry.value))
            default:
                let rate = try DanishNumber.parse(entry.value)
                let øre = try rate.fraction
                return .rate(perUnit: Fraction.reduced(try øre.numerator.multiplied(by: 100, "rate in øre"), øre.denominator))
            }
        } catch let problem as DanishNumber.Problem {
            throw InputError(entry.location, "expected an amount in kroner: \(problem.reason)", fix: "Write it like 23.910.000 kr. or 25 mio. kr.")
        } catch {
            throw InputError(entry.location, "the amount is too large to compute exactly", fix: "Check it for misplaced digits.")
        }
    }

    private func components() throws(InputError) -> [ColumnReference] {
        let items = list("add")
        guard !items.isEmpty else { throw missing("add") }
        return items.map { (item) -> ColumnReference in
            let parts = item.split(separator: ".", maxSplits: 1).map { String($0).trimmingSpaces }
            return parts.count == 2 ? ColumnReference(sheet: parts[0], column: parts[1]) : ColumnReference(sheet: item)
        }
    }

    private func columns() throws(InputError) -> [Definition.InfoColumn] {
        list("columns").map { (item) -> Definition.InfoColumn in
            let words = item.split(separator: " ").map(String.init)
            return words.count == 2 && words[0].lowercased() == "share" ? .share(key: words[1]) : .values(key: item)
        }
    }
}

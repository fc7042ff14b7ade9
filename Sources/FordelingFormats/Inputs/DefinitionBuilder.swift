import FordelingCore

/// Checks one `[id]` block field by field and turns it into a `Definition`.
struct DefinitionBuilder {
    let section: SectionReader.Section

    func definition() throws(InputError) -> Definition {
        let title = try required("title")
        guard let year = try integer("year", in: 1900...2200) else { throw missing("year") }
        let measure = try self.measure()
        let rule = try self.rule(measure)
        let key = section.values["key"].map { KeyReference($0.value) }
        if case .sum = rule, key != nil {
            throw InputError(section.values["key"]?.location, "rule 'sum' adds other sheets and takes no key",
                             fix: "Remove 'key', or use 'per' for a per-inhabitant column.")
        }
        if key == nil, rule.name != "sum" { throw missing("key") }
        var locations = section.values.mapValues(\.location)
        for (name, entries) in section.repeated { locations[name] = entries.first?.location }
        locations["id"] = section.location
        var definition = Definition(id: section.id, title: title, year: year, parties: .items(partyItems("parties")), rule: rule,
                                    key: key, locations: locations)
        definition.measure = measure
        definition.excluded = list("exclude")
        definition.tiers = try tiers()
        definition.pledges = try pledges("pledge", measure: measure)
        if let mode = section.values["mode"] {
            guard let parsed = RoundingMode(rawValue: mode.value.lowercased()) else {
                throw InputError(mode.location, "unknown mode '\(mode.value)'", fix: "Write reconciled (the default) or published.")
            }
            definition.mode = parsed
        }
        if let divisor = section.values["divisor"] {
            guard definition.mode == .published else {
                throw InputError(divisor.location, "a divisor other than the key's total only reproduces a published sheet",
                                 fix: "Add 'mode = published', or remove the divisor.")
            }
            definition.divisor = try number(divisor)
        }
        definition.price = try section.values["price"].map { (entry) throws(InputError) in try money(entry) }
        definition.amountLabel = section.values["label"]?.value ?? definition.amountLabel
        definition.columns = list("columns").map { (item) -> Definition.InfoColumn in
            let words = item.split(separator: " ", maxSplits: 1).map(String.init)
            return words.count == 2 && words[0].lowercased() == "share" ? .share(KeyReference(words[1])) : .values(KeyReference(item))
        }
        definition.compare = section.values["compare"].map { KeyReference($0.value) }
        definition.per = section.values["per"].map { KeyReference($0.value) }
        definition.perLabel = section.values["per label"]?.value ?? definition.perLabel
        definition.perDecimals = try integer("per decimals", in: 0...6) ?? definition.perDecimals
        definition.percentDecimals = try integer("percent decimals", in: 0...6) ?? definition.percentDecimals
        definition.percentLabel = section.values["percent label"]?.value ?? definition.percentLabel
        definition.inKind = try inKind()
        definition.inKindFixed = try pledges("in kind fixed", measure: .money(.øre))
        definition.inKindExempt = list("in kind exempt")
        definition.match = try section.values["match"].map { (entry) throws(InputError) in try money(entry) }
        definition.notes = section.repeated["note"]?.map(\.value) ?? []
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
            throw InputError(entry.location, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(entry.value.abbreviated())'",
                             fix: "Write digits only, e.g. \(range.lowerBound).")
        }
        return value
    }

    private func list(_ field: String) -> [String] {
        (section.values[field]?.value ?? "").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    private func partyItems(_ field: String) -> [Definition.PartyItem] {
        list(field).map { item in item.lowercased().hasPrefix("kkr ") ? .kkr(String(item.dropFirst(4)).trimmingSpaces) : .named(item) }
    }

    private func number(_ entry: (value: String, location: SourceLocation)) throws(InputError) -> DecimalValue {
        do { return try DanishNumber.parse(entry.value) } catch {
            throw InputError(entry.location, "expected a number: \(error.reason)", fix: "Write it like 1.913.090 or 0,825.")
        }
    }

    /// An amount in kroner, as øre.
    private func money(_ entry: (value: String, location: SourceLocation)) throws(InputError) -> Int128 {
        try amount(entry.value, measure: .money(.øre), location: entry.location)
    }

    /// An amount of `measure` in its stored units: øre for money, 10^-decimals for a quantity.
    private func amount(_ text: String, measure: Measure, location: SourceLocation) throws(InputError) -> Int128 {
        let value: DecimalValue
        do { value = try DanishNumber.parse(text) } catch {
            throw InputError(location, "expected an amount in \(measure.isMoney ? "kroner" : measure.label): \(error.reason)",
                             fix: measure.isMoney ? "Write it like 23.910.000 kr. or 25 mio. kr." : "Write it like 1,5.")
        }
        return try stored(value, measure: measure, location: location)
    }

    private func stored(_ value: DecimalValue, measure: Measure, location: SourceLocation) throws(InputError) -> Int128 {
        let stored: Int128?
        do { stored = try value.units(exactlyAt: measure.storedDecimals) } catch {
            throw InputError(location, "the amount is too large to compute exactly", fix: "Check it for misplaced digits.")
        }
        guard let stored else {
            throw InputError(location, "'\(DanishNumberFormat.string(value))' has more than \(measure.storedDecimals) decimals", fix: "Round it, or allow more decimals.")
        }
        return stored
    }

    private func measure() throws(InputError) -> Measure {
        if let quantity = section.values["quantity"] {
            if let unit = section.values["unit"] {
                throw InputError(unit.location, "a quantity is rounded by 'decimals', not by 'unit'", fix: "Remove 'unit'.")
            }
            return .quantity(name: quantity.value, decimals: try integer("decimals", in: 0...6) ?? 2)
        }
        if let decimals = section.values["decimals"] {
            throw InputError(decimals.location, "'decimals' is for quantities", fix: "Add 'quantity = …' or use 'unit' for money.")
        }
        guard let unit = section.values["unit"] else { return .money(.krone) }
        guard let parsed = RoundingUnit(spelling: unit.value) else {
            throw InputError(unit.location, "unknown rounding unit '\(unit.value)'", fix: "Write øre, kr or 1000.")
        }
        return .money(parsed)
    }

    private func rule(_ measure: Measure) throws(InputError) -> Rule {
        let name = try required("rule")
        let given = DefinitionReader.amountFields.filter { section.values[$0] != nil }
        if given.count > 1, let second = given.compactMap({ section.values[$0]?.location }).max(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
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
            throw InputError(section.values["rule"]?.location, "unknown rule '\(name.abbreviated())'", fix: "Write split, national-share, rate or sum.")
        }
        if let stray = given.first, stray != expected {
            throw InputError(section.values[stray]?.location, "rule '\(name)' does not take '\(stray)'",
                             fix: expected.map { "Write '\($0) = …' instead." } ?? "Remove it; a sum adds the sheets named in 'add'.")
        }
        guard let expected else { return .sum(components: try components()) }
        guard let entry = section.values[expected] else { throw missing(expected) }
        switch expected {
        case "total": return .split(total: try amount(entry.value, measure: measure, location: entry.location))
        case "national": return .shareOfNational(national: try amount(entry.value, measure: measure, location: entry.location))
        default:
            let rate = try number(entry)
            do {
                let perUnit = try rate.fraction
                let scale = try Int128.powerOfTen(measure.storedDecimals)
                return .rate(perUnit: Fraction.reduced(try perUnit.numerator.multiplied(by: scale, "rate"), perUnit.denominator))
            } catch {
                throw InputError(entry.location, "the rate is too large to compute exactly", fix: "Check it for misplaced digits.")
            }
        }
    }

    private func components() throws(InputError) -> [ColumnReference] {
        let items = list("add")
        guard !items.isEmpty else { throw missing("add") }
        var references: [ColumnReference] = []
        for item in items {
            let parts = item.split(separator: ".", maxSplits: 1).map { String($0).trimmingSpaces }
            var reference = ColumnReference(sheet: item)
            if parts.count == 2 {
                guard let role = ColumnNames.role(parts[1]) else {
                    throw InputError(section.values["add"]?.location, "sheet '\(parts[0].abbreviated())' has no amount column '\(parts[1].abbreviated())'",
                                     fix: "Use one of: \(ColumnNames.amounts.map(\.name).joined(separator: ", ")).")
                }
                reference = ColumnReference(sheet: parts[0], role: role)
            }
            if references.contains(reference) {
                throw InputError(section.values["add"]?.location, "'\(item.abbreviated())' is added twice, so it would count twice",
                                 fix: "Name each sheet (or column of a sheet) once in 'add'.")
            }
            references.append(reference)
        }
        return references
    }

    /// `stor 1, lille 1/3, netværk 0`.
    private func tiers() throws(InputError) -> [(name: String, weight: Fraction)] {
        guard let entry = section.values["tiers"] else { return [] }
        var tiers: [(name: String, weight: Fraction)] = []
        for item in list("tiers") {
            guard let space = item.lastIndex(of: " ") else {
                throw InputError(entry.location, "expected a tier name and its weight, found '\(item.abbreviated())'", fix: "Write e.g. 'stor 1, lille 1/3, netværk 0'.")
            }
            let name = String(item[..<space]).trimmingSpaces
            if tiers.contains(where: { normalisedName($0.name) == normalisedName(name) }) {
                throw InputError(entry.location, "the tier '\(name)' is given twice", fix: "Give each tier once.")
            }
            tiers.append((name, try PledgeText.fraction(String(item[space...]), location: entry.location)))
        }
        return tiers
    }

    /// `PARTY: AMOUNT` or `PARTY: PERCENT %` lines, amounts in the stored units of `measure`.
    private func pledges(_ field: String, measure: Measure) throws(InputError) -> [Definition.Pledge] {
        var pledges: [Definition.Pledge] = []
        for entry in section.repeated[field] ?? [] {
            let (party, change) = try PledgeText.pledge(entry.value, field: field, allowPercent: field == "pledge", allowNone: false, location: entry.location)
            switch change {
            case .percent(let percent)?:
                pledges.append(Definition.Pledge(party: party, amount: .percent(percent), location: entry.location))
            case .amount(let value)?:
                pledges.append(Definition.Pledge(party: party, amount: .fixed(try stored(value, measure: measure, location: entry.location)),
                                                 location: entry.location))
            case nil:
                break
            }
        }
        return pledges
    }

    private func inKind() throws(InputError) -> Definition.InKind? {
        let hours = section.values["hours"]
        let rate = section.values["hourly rate"]
        let share = section.values["in kind share"]
        if let share {
            if let other = hours ?? rate {
                throw InputError(other.location, "contributions in kind are either hours at an hourly rate or a share of the cash, not both",
                                 fix: "Keep 'hours' and 'hourly rate', or 'in kind share'.")
            }
            return .shareOfCash(try PledgeText.fraction(share.value, location: share.location))
        }
        guard let hours, let rate else {
            if let lone = hours ?? rate {
                throw InputError(lone.location, "'hours' and 'hourly rate' go together", fix: "Give both, e.g. 'hours = 50' and 'hourly rate = 430 kr.'.")
            }
            return nil
        }
        return .hours(perOrganisation: try number(hours), hourlyRate: try money(rate))
    }
}

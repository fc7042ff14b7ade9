import FordelingCore

/// Reads one `[id]` block field by field into the values of a `Definition`, which checks how they fit together.
struct DefinitionBuilder {
    typealias Entry = (value: String, location: SourceLocation)

    let section: SectionReader.Section

    func definition() throws(InputError) -> Definition {
        let locations = self.locations()
        let title = try required(.title)
        let year = try integer(.year, in: 1900...2200)
        let period = try self.period()
        if year == nil && period == nil { throw missing(.year) }
        let unit = try entry(.unit).map { (unit) throws(InputError) in
            guard let parsed = RoundingUnit(spelling: unit.value) else {
                throw InputError(unit.location, "unknown rounding unit '\(unit.value)'", fix: "Write øre, kr or 1000.")
            }
            return parsed
        }
        let measure = try Definition.measure(unit: unit, quantity: entry(.quantity)?.value, decimals: try integer(.decimals, in: 0...6),
                                             locations: locations)
        var allocation = Definition.Allocation(rule: try rule(measure, locations: locations), key: entry(.key).map { KeyReference($0.value) },
                                               tiers: try tiers(), pledges: try pledges(.pledges, measure: measure), measure: measure)
        if let mode = entry(.mode) {
            guard let parsed = RoundingMode(rawValue: mode.value.lowercased()) else {
                throw InputError(mode.location, "unknown mode '\(mode.value)'", fix: "Write reconciled (the default) or published.")
            }
            allocation.mode = parsed
        }
        allocation.divisor = try entry(.divisor).map { (entry) throws(InputError) in try number(entry) }
        allocation.indexation = try indexation()
        allocation.bounds = try bounds(measure)
        let hours = try entry(.hours).map { (entry) throws(InputError) in try number(entry) }
        let hourlyRate = try entry(.hourlyRate).map { (entry) throws(InputError) in try money(entry) }
        let share = try entry(.inKindShare).map { (entry) throws(InputError) in try PledgeText.fraction(entry.value, location: entry.location) }
        var extras = Definition.Extras(
            compare: entry(.compare).map { KeyReference($0.value) }, per: entry(.per).map { KeyReference($0.value) },
            price: try entry(.price).map { (entry) throws(InputError) in try money(entry) },
            inKind: try Definition.inKind(hours: hours, hourlyRate: hourlyRate, share: share, locations: locations),
            // Contributions in kind are money, but a share of a quantity is that quantity, and so are its fixed amounts.
            inKindFixed: try pledges(.inKindFixed, measure: share != nil && !measure.isMoney ? measure : .money(.øre)), inKindExempt: list(.inKindExempt),
            match: try entry(.match).map { (entry) throws(InputError) in try money(entry) })
        extras.period = try period.map { (period) throws(InputError) in
            Definition.PeriodSpan(period: period, wholePeriod: try pledges(.periodAmount, measure: measure))
        }
        if period == nil, let stray = repeated(.periodAmount).first {
            throw InputError(stray.location, "'period amount' is for a definition over a period", fix: "Add 'period = …', or remove the line.")
        }
        var definition = try Definition(id: section.id, title: title, year: year, membership: .init(.items(partyItems()), excluded: list(.excluded)),
                                        allocation: allocation, extras: extras, locations: locations)
        definition.amountLabel = entry(.amountLabel)?.value ?? definition.amountLabel
        definition.columns = list(.columns).map { (item) -> Definition.InfoColumn in
            let words = item.split(separator: " ", maxSplits: 1).map(String.init)
            return words.count == 2 && words[0].lowercased() == "share" ? .share(KeyReference(words[1])) : .values(KeyReference(item))
        }
        definition.perLabel = entry(.perLabel)?.value ?? definition.perLabel
        definition.perDecimals = try integer(.perDecimals, in: 0...6) ?? definition.perDecimals
        definition.percentDecimals = try integer(.percentDecimals, in: 0...6) ?? definition.percentDecimals
        definition.percentLabel = entry(.percentLabel)?.value ?? definition.percentLabel
        definition.notes = repeated(.notes).map(\.value)
        return definition
    }

    /// Where each field is set: the line of a field given once, the first line of a repeatable one.
    private func locations() -> [Definition.Field: SourceLocation] {
        var locations: [Definition.Field: SourceLocation] = [.id: section.location]
        for (field, name) in DefinitionFields.table {
            if let location = section.values[name]?.location ?? section.repeated[name]?.first?.location { locations[field] = location }
        }
        return locations
    }

    func entry(_ field: Definition.Field) -> Entry? {
        section.values[DefinitionFields.name(of: field)]
    }

    func repeated(_ field: Definition.Field) -> [Entry] {
        section.repeated[DefinitionFields.name(of: field)] ?? []
    }

    func missing(_ field: Definition.Field) -> InputError {
        InputError(section.location, .missingField(definition: section.id, field: field))
    }

    private func required(_ field: Definition.Field) throws(InputError) -> String {
        guard let value = entry(field)?.value else { throw missing(field) }
        return value
    }

    func integer(_ field: Definition.Field, in range: ClosedRange<Int>) throws(InputError) -> Int? {
        guard let entry = entry(field) else { return nil }
        guard let value = Int(entry.value), range.contains(value) else {
            throw InputError(entry.location, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(entry.value.abbreviated())'",
                             fix: "Write digits only, e.g. \(range.lowerBound).")
        }
        return value
    }

    func list(_ field: Definition.Field) -> [String] {
        (entry(field)?.value ?? "").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    private func partyItems() -> [Definition.PartyItem] {
        list(.parties).map { item in item.lowercased().hasPrefix("kkr ") ? .kkr(String(item.dropFirst(4)).trimmingSpaces) : .named(item) }
    }

    func number(_ entry: Entry) throws(InputError) -> DecimalValue {
        do { return try DanishNumber.parse(entry.value) } catch {
            throw InputError(entry.location, "expected a number: \(error.reason)", fix: "Write it like 1.913.090 or 0,825.")
        }
    }

    /// An amount in kroner, as øre.
    func money(_ entry: Entry) throws(InputError) -> Int128 {
        try amount(entry.value, measure: .money(.øre), location: entry.location)
    }

    /// An amount of `measure` in its stored units: øre for money, 10^-decimals for a quantity.
    func amount(_ text: String, measure: Measure, location: SourceLocation) throws(InputError) -> Int128 {
        let value: DecimalValue
        do { value = try DanishNumber.parse(text) } catch {
            throw InputError(location, "expected an amount in \(measure.isMoney ? "kroner" : measure.label): \(error.reason)",
                             fix: measure.isMoney ? "Write it like 23.910.000 kr. or 25 mio. kr." : "Write it like 1,5.")
        }
        return try stored(value, measure: measure, location: location)
    }

    func stored(_ value: DecimalValue, measure: Measure, location: SourceLocation) throws(InputError) -> Int128 {
        let stored: Int128?
        do { stored = try value.units(exactlyAt: measure.storedDecimals) } catch {
            throw InputError(location, "the amount is too large to compute exactly", fix: "Check it for misplaced digits.")
        }
        guard let stored else {
            throw InputError(location, "'\(DanishNumberFormat.string(value))' has more than \(measure.storedDecimals) decimals", fix: "Round it, or allow more decimals.")
        }
        return stored
    }

    private func rule(_ measure: Measure, locations: [Definition.Field: SourceLocation]) throws(InputError) -> Rule {
        let name = try required(.rule)
        guard let kind = DefinitionFields.rule(named: name) else {
            throw InputError(entry(.rule)?.location, "unknown rule '\(name.abbreviated())'",
                             fix: "Write one of: \(DefinitionFields.rules.map(\.name).joined(separator: ", ")).")
        }
        let given = [Definition.Field.total, .national, .rate, .fees].filter { entry($0) != nil }
        let field = try Definition.amountField(of: kind, given: given, definition: section.id, locations: locations)
        if kind == .budget { return .budget(try budget(measure)) }
        guard let entry = field.flatMap(entry) else { return .sum(components: try components()) }
        switch kind {
        case .fee:
            let reference = KeyReference(entry.value)
            guard case .table(let id, let column) = reference else {
                throw InputError(entry.location, "'fees' names a price list of Inputs/prices/, not '\(entry.value.abbreviated())'",
                                 fix: "Write the list's id and its column, e.g. socialtilsyn-takster-2021:Tilsyn.")
            }
            return .fee(list: id, column: column)
        case .split: return .split(total: try amount(entry.value, measure: measure, location: entry.location))
        case .shareOfNational: return .shareOfNational(national: try amount(entry.value, measure: measure, location: entry.location))
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

    /// `sheet` (its amount) or `sheet.column`, as listed in `add`.
    private func components() throws(InputError) -> [ColumnReference] {
        try list(.add).map { (item) throws(InputError) in
            let parts = item.split(separator: ".", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2 else { return ColumnReference(sheet: item) }
            guard let role = ColumnNames.role(parts[1]) else {
                throw InputError(entry(.add)?.location, "sheet '\(parts[0].abbreviated())' has no amount column '\(parts[1].abbreviated())'",
                                 fix: "Use one of: \(ColumnNames.amounts.map(\.name).joined(separator: ", ")).")
            }
            return ColumnReference(sheet: parts[0], role: role)
        }
    }

    /// `stor 1, lille 1/3, netværk 0`.
    private func tiers() throws(InputError) -> [(name: String, weight: Fraction)] {
        guard let entry = entry(.tiers) else { return [] }
        var tiers: [(name: String, weight: Fraction)] = []
        for item in list(.tiers) {
            guard let space = item.lastIndex(of: " ") else {
                throw InputError(entry.location, "expected a tier name and its weight, found '\(item.abbreviated())'", fix: "Write e.g. 'stor 1, lille 1/3, netværk 0'.")
            }
            tiers.append((String(item[..<space]).trimmingSpaces, try PledgeText.fraction(String(item[space...]), location: entry.location)))
        }
        return tiers
    }

    /// `PARTY: AMOUNT` or `PARTY: PERCENT %` lines, amounts in the stored units of `measure`.
    func pledges(_ field: Definition.Field, measure: Measure) throws(InputError) -> [Definition.Pledge] {
        var pledges: [Definition.Pledge] = []
        let name = DefinitionFields.name(of: field)
        for entry in repeated(field) {
            let (party, change) = try PledgeText.pledge(entry.value, field: name, allowPercent: field == .pledges, allowNone: false, location: entry.location)
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
}

/// Applies a scenario's overrides to copies of the definitions and keys; the baseline is never touched.
public struct ScenarioApplier {
    public let definitions: [Definition]
    public let context: AllocationContext

    /// The definitions and context with `scenario` applied, and the ids of the definitions it changed. An
    /// override takes over the location of the fields it changes, so a problem it causes names its line.
    public func apply(_ scenario: Scenario) throws(InputError) -> (definitions: [Definition], context: AllocationContext, changed: Set<String>) {
        var definitions = self.definitions
        var context = self.context
        var changed: Set<String> = []
        for override in scenario.overrides {
            try apply(override, to: &definitions[try index(of: override, in: definitions)], context: &context, scenario: scenario.name)
            changed.insert(override.sheet)
        }
        // A tier is for a party of the sheet as the scenario leaves it, whatever the order of the lines.
        for override in scenario.overrides {
            guard case .tier(let name, _) = override.change else { continue }
            let definition = definitions[try index(of: override, in: definitions)]
            let party = try resolver(context).party(named: name, at: override.location)
            guard try members(of: definition, in: context).contains(party) else {
                throw InputError(override.location, "\(party.name) is not a party of '\(definition.id)'",
                                 fix: "Add it with '\(definition.id).join = \(name.abbreviated())', or give the tier to one of its parties.")
            }
        }
        return (definitions, context, changed)
    }

    private func index(of override: Scenario.Override, in definitions: [Definition]) throws(InputError) -> Int {
        guard let index = definitions.firstIndex(where: { $0.id == override.sheet }) else {
            throw InputError(override.location, "no definition '\(override.sheet)'",
                             fix: "Use one of: \(definitions.map(\.id).joined(separator: ", ")).")
        }
        return index
    }

    private func resolver(_ context: AllocationContext) -> PartyResolver {
        PartyResolver(register: context.register, registerFile: context.registerFile)
    }

    /// The parties of `definition` as the overrides so far leave it.
    private func members(of definition: Definition, in context: AllocationContext) throws(InputError) -> [Party] {
        var key: KeyIndex?
        if case .table(let id, _)? = definition.key { key = context.keys[id] }
        return try resolver(context).parties(of: definition, key: key)
    }

    private func apply(_ override: Scenario.Override, to definition: inout Definition, context: inout AllocationContext,
                       scenario: String) throws(InputError) {
        let location = override.location
        switch override.change {
        case .amount(let field, let change):
            definition.rule = try changed(definition.rule, field: field, change, measure: definition.measure, location: location)
            definition.locations[field] = location
        case .key(let reference):
            guard definition.key != nil else {
                throw InputError(location, "'\(definition.id)' adds other sheets and has no key", fix: "Override a sheet it adds instead.")
            }
            definition.key = reference
            definition.locations["key"] = location
        case .pledge(let party, let change):
            definition.pledges.removeAll { normalisedName($0.party) == normalisedName(party) }
            definition.locations["pledge"] = location
            switch change {
            case .amount(let value)?:
                let stored = try ScenarioApplier.amount(0, .absolute(value), measure: definition.measure, location: location)
                definition.pledges.append(Definition.Pledge(party: party, amount: .fixed(stored), location: location))
            case .percent(let percent)?:
                definition.pledges.append(Definition.Pledge(party: party, amount: .percent(percent), location: location))
            case nil:
                break
            }
        case .tier(let party, let tier):
            try setTier(of: party, to: tier, in: &definition, context: &context, scenario: scenario, location: location)
            definition.locations["key"] = location
        case .leave(let name):
            try leave(name, definition: &definition, context: context, location: location)
        case .join(let name):
            try join(name, definition: &definition, context: context, location: location)
        }
    }

    /// `name` leaves the set and pays nothing: its pledge and contributions in kind leave with it.
    private func leave(_ name: String, definition: inout Definition, context: AllocationContext, location: SourceLocation?) throws(InputError) {
        let resolver = resolver(context)
        let party = try resolver.party(named: name, at: location)
        let denotes = { (other: String) in (try? resolver.party(named: other, at: nil)) == party }
        let members = try members(of: definition, in: context)
        guard members.contains(party) else {
            let left = definition.excluded.contains(where: denotes) ? " (it has left already)" : ""
            throw InputError(location, "\(party.name) is not a party of '\(definition.id)'\(left), so it cannot leave", fix: "Remove this line.")
        }
        guard members.count > 1 else {
            throw InputError(location, "\(party.name) is the last party of '\(definition.id)', so it cannot leave", fix: "Keep at least one party.")
        }
        definition.excluded.append(name)
        definition.pledges.removeAll { denotes($0.party) }
        definition.inKindFixed.removeAll { denotes($0.party) }
        definition.inKindExempt.removeAll(where: denotes)
    }

    /// `name` joins the set, or comes back if the definition excludes it.
    private func join(_ name: String, definition: inout Definition, context: AllocationContext, location: SourceLocation?) throws(InputError) {
        guard case .items(let items) = definition.parties else {
            throw InputError(location, "'\(definition.id)' takes every party of its key", fix: "Add the party to the key instead.")
        }
        let resolver = resolver(context)
        let party = try resolver.party(named: name, at: location)
        let members = try members(of: definition, in: context)
        if members.contains(party) {
            throw InputError(location, "\(party.name) is already a party of '\(definition.id)'", fix: "Remove this line.")
        }
        var set = PartySet(register: context.register)
        for member in members { try set.add(member, at: location) }
        try set.add(party, at: location)
        if let excluded = definition.excluded.firstIndex(where: { (try? resolver.party(named: $0, at: nil)) == party }) {
            definition.excluded.remove(at: excluded)
        } else {
            definition.parties = .items(items + [.named(name)])
        }
        definition.locations["parties"] = location
        definition.locations["key"] = location
    }

    private func changed(_ rule: Rule, field: String, _ change: Scenario.AmountChange, measure: Measure,
                         location: SourceLocation?) throws(InputError) -> Rule {
        func new(_ old: Int128) throws(InputError) -> Int128 { try ScenarioApplier.amount(old, change, measure: measure, location: location) }
        switch (rule, field) {
        case (.split(let total), "total"): return .split(total: try new(total))
        case (.shareOfNational(let national), "national"): return .shareOfNational(national: try new(national))
        case (.rate(let rate), "rate"):
            // A rate may be fractional: change it exactly, in stored units per key unit.
            let scale: Fraction
            do { scale = Fraction(try Int128.powerOfTen(measure.storedDecimals)) } catch { throw InputError.overflow(error, at: location) }
            do {
                switch change {
                case .absolute(let value):
                    let f = try value.fraction
                    return .rate(perUnit: Fraction.reduced(try f.numerator.multiplied(by: scale.numerator, "rate"), f.denominator))
                case .percent(let percent):
                    let factor = try Fraction(100).adding(percent)
                    return .rate(perUnit: Fraction.reduced(try rate.numerator.multiplied(by: factor.numerator, "rate"),
                                                           try rate.denominator.multiplied(by: factor.denominator, "rate").multiplied(by: 100, "rate")))
                case .delta(let value):
                    let f = try value.fraction
                    return .rate(perUnit: try rate.adding(Fraction.reduced(try f.numerator.multiplied(by: scale.numerator, "rate"), f.denominator)))
                }
            } catch {
                throw InputError.overflow(error, at: location)
            }
        default:
            throw InputError(location, "rule '\(rule.name)' has no '\(field)'",
                             fix: "Its amount field is '\(ScenarioApplier.amountField(of: rule))'; the fields are \(Scenario.fields.joined(separator: ", ")).")
        }
    }

    static func amountField(of rule: Rule) -> String {
        switch rule {
        case .split: "total"
        case .shareOfNational: "national"
        case .rate: "rate"
        case .sum: "(none: a sum follows the sheets it adds)"
        }
    }

    /// The new amount in stored units; relative changes are rounded half-up to whole stored units.
    static func amount(_ old: Int128, _ change: Scenario.AmountChange, measure: Measure, location: SourceLocation?) throws(InputError) -> Int128 {
        func stored(_ value: DecimalValue) throws -> Int128 {
            guard let stored = try value.units(exactlyAt: measure.storedDecimals) else {
                throw InputError(location, "'\(value)' has more than \(measure.storedDecimals) decimals", fix: "Round it.")
            }
            return stored
        }
        do {
            switch change {
            case .absolute(let value):
                return try stored(value)
            case .percent(let percent):
                let factor = try Fraction(100).adding(percent)
                return Fraction.reduced(try old.multiplied(by: factor.numerator, "amount × percentage"),
                                        try factor.denominator.multiplied(by: 100, "percentage")).roundedHalfAwayFromZero
            case .delta(let value):
                return try old.adding(try stored(value), "amount + change")
            }
        } catch {
            throw InputError.from(error, at: location)
        }
    }

    /// Gives `party` another tier in a copy of the definition's key table, which the definition then uses.
    private func setTier(of name: String, to tier: String, in definition: inout Definition, context: inout AllocationContext,
                         scenario: String, location: SourceLocation?) throws(InputError) {
        guard !definition.tiers.isEmpty else {
            throw InputError(location, "'\(definition.id)' has no tiers: its key holds numbers, not words such as 'stor' and 'lille'",
                             fix: "Set a tier in a definition with 'tiers', such as ept4-forslag, or change the key's values instead.")
        }
        guard case .table(let id, let columnName)? = definition.key else {
            throw InputError(location, "'\(definition.id)' weighs every party the same (key 'equal'), so it has no tiers to set",
                             fix: "Give it a key of tiers first, e.g. '\(definition.id).key = ept4-niveauer:Forslag'.")
        }
        let index = try context.key(id, for: definition, field: "key")
        guard definition.tiers.contains(where: { normalisedName($0.name) == normalisedName(tier) }) else {
            throw InputError(location, "'\(tier)' is not a tier of '\(definition.id)'",
                             fix: "Use one of: \(definition.tiers.map(\.name).joined(separator: ", ")).")
        }
        let column = try index.table.column(columnName, at: location)
        let party = try resolver(context).party(named: name, at: location)
        var rows = index.table.rows
        let value = KeyTable.Value.text(tier, problem: "a tier")
        if let position = index.position(of: party) {
            var values = rows[position].values
            values[column] = value
            rows[position] = KeyTable.Row(party: rows[position].party, values: values, location: location ?? rows[position].location)
        } else {
            var values = [KeyTable.Value](repeating: .empty, count: index.table.columns.count)
            values[column] = value
            rows.append(KeyTable.Row(party: party.name, values: values, location: location ?? SourceLocation(file: scenario)))
        }
        let table = index.table
        let copyID = "\(id)@\(scenario)"
        let copy = KeyTable(id: copyID, columns: table.columns, source: table.source, vintage: table.vintage, file: table.file, rows: rows,
                            changedByScenario: scenario)
        context.keys[copyID] = try KeyIndex(copy, register: context.register, registerFile: context.registerFile)
        definition.key = .table(id: copyID, column: columnName)
    }
}

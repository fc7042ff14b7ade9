/// Applies a scenario's overrides to copies of the definitions and keys; the baseline is never touched.
public struct ScenarioApplier {
    public let definitions: [Definition]
    public let context: AllocationContext

    /// The definitions and context with `scenario` applied, the ids of the definitions it changed, and the relative
    /// changes it rounded. Each changed definition is checked as a new one. An override takes over the location of the
    /// fields it changes, so a problem it causes names its line.
    public func apply(_ scenario: Scenario) throws(InputError)
        -> (definitions: [Definition], context: AllocationContext, changed: Set<String>, roundings: [Scenario.Rounding]) {
        var definitions = self.definitions
        var context = self.context
        var changed: Set<String> = []
        var roundings: [Scenario.Rounding] = []
        for override in scenario.overrides {
            if let rounding = try apply(override, to: &definitions[try index(of: override, in: definitions)], context: &context, scenario: scenario.name) {
                roundings.append(rounding)
            }
            changed.insert(override.sheet)
        }
        // A tier is for a party of the sheet as the scenario leaves it, whatever the order of the lines.
        for override in scenario.overrides {
            guard case .tier(let name, _) = override.change else { continue }
            let definition = definitions[try index(of: override, in: definitions)]
            let party = try resolver(context).party(named: name, at: override.location)
            guard try members(of: definition, in: context).contains(party) else {
                throw InputError(override.location, .tierOfNonParty(party: party.name, definition: definition.id, written: name))
            }
        }
        return (definitions, context, changed, roundings)
    }

    private func index(of override: Scenario.Override, in definitions: [Definition]) throws(InputError) -> Int {
        guard let index = definitions.firstIndex(where: { $0.id == override.sheet }) else {
            throw InputError(override.location, .noDefinition(override.sheet, known: definitions.map(\.id)))
        }
        return index
    }

    private func resolver(_ context: AllocationContext) -> PartyResolver {
        PartyResolver(register: context.register, registerFiles: context.registerFiles)
    }

    /// The parties of `definition` as the overrides so far leave it.
    private func members(of definition: Definition, in context: AllocationContext) throws(InputError) -> [Party] {
        var ruleKey: KeyIndex?
        if case .table(let id, _)? = definition.key { ruleKey = context.keys[id] }
        return try resolver(context).parties(of: definition, key: ruleKey)
    }

    /// Applies one override; a relative change of an amount that had to be rounded says so.
    private func apply(_ override: Scenario.Override, to definition: inout Definition, context: inout AllocationContext,
                       scenario: String) throws(InputError) -> Scenario.Rounding? {
        let location = override.location
        var allocation = definition.allocation
        switch override.change {
        case .amount(let field, let change):
            let (rule, rounding) = try changed(definition.rule, field: field, change, measure: definition.measure, location: location)
            allocation.rule = rule
            definition = try definition.changing(allocation: allocation, fields: [field], at: location)
            return rounding.map { Scenario.Rounding(override: override.text, sheet: definition.id, field: field, baseline: $0.baseline, exact: $0.exact,
                                                    rounded: $0.rounded, measure: definition.measure) }
        case .key(let reference):
            guard definition.key != nil else { throw InputError(location, .keyOfSum(definition: definition.id)) }
            allocation.ruleKey = reference
            definition = try definition.changing(allocation: allocation, fields: [.key], at: location)
        case .pledge(let party, let change):
            allocation.pledges.removeAll { normalisedName($0.party) == normalisedName(party) }
            switch change {
            case .amount(let value)?:
                let stored = try ScenarioApplier.amount(0, .absolute(value), measure: definition.measure, location: location).amount
                allocation.pledges.append(Definition.Pledge(party: party, amount: .fixed(stored), location: location))
            case .percent(let percent)?:
                allocation.pledges.append(Definition.Pledge(party: party, amount: .percent(percent), location: location))
            case nil:
                break
            }
            definition = try definition.changing(allocation: allocation, fields: [.pledges], at: location)
        case .tier(let party, let tier):
            allocation.ruleKey = try setTier(of: party, to: tier, in: definition, context: &context, scenario: scenario, location: location)
            definition = try definition.changing(allocation: allocation, fields: [.key], at: location)
        case .leave(let name):
            try leave(name, definition: &definition, context: context, location: location)
        case .join(let name):
            try join(name, definition: &definition, context: context, location: location)
        case .indexRate(let fromYear, let percent):
            guard var indexation = allocation.indexation else { throw InputError(location, .notIndexed(definition: definition.id)) }
            indexation.index = try setIndexRate(from: fromYear, to: percent, table: indexation.index, context: &context, scenario: scenario,
                                                definition: definition, location: location)
            allocation.indexation = indexation
            definition = try definition.changing(allocation: allocation, fields: [.index], at: location)
        }
        return nil
    }

    /// `name` leaves the set and pays nothing: its pledge and contributions in kind leave with it.
    private func leave(_ name: String, definition: inout Definition, context: AllocationContext, location: SourceLocation?) throws(InputError) {
        let resolver = resolver(context)
        let party = try resolver.party(named: name, at: location)
        let denotes = { (other: String) in (try? resolver.party(named: other, at: nil)) == party }
        let members = try members(of: definition, in: context)
        guard members.contains(party) else {
            throw InputError(location, .cannotLeave(party: party.name, definition: definition.id, hasLeft: definition.excluded.contains(where: denotes)))
        }
        guard members.count > 1 else { throw InputError(location, .lastParty(party: party.name, definition: definition.id)) }
        var membership = definition.membership
        var allocation = definition.allocation
        var extras = definition.extras
        membership.excluded.append(name)
        allocation.pledges.removeAll { denotes($0.party) }
        extras.inKindFixed.removeAll { denotes($0.party) }
        extras.inKindExempt.removeAll(where: denotes)
        definition = try definition.changing(membership: membership, allocation: allocation, extras: extras, at: location)
    }

    /// `name` joins the set, or comes back if the definition excludes it.
    private func join(_ name: String, definition: inout Definition, context: AllocationContext, location: SourceLocation?) throws(InputError) {
        guard case .items(let items) = definition.parties else {
            throw InputError(location, .everyPartyOfKey(definition: definition.id))
        }
        let resolver = resolver(context)
        let party = try resolver.party(named: name, at: location)
        let members = try members(of: definition, in: context)
        if members.contains(party) {
            throw InputError(location, .alreadyAParty(party: party.name, definition: definition.id))
        }
        var set = PartySet(register: context.register)
        for member in members { try set.add(member, at: location) }
        try set.add(party, at: location)
        var membership = definition.membership
        if let excluded = membership.excluded.firstIndex(where: { (try? resolver.party(named: $0, at: nil)) == party }) {
            membership.excluded.remove(at: excluded)
        } else {
            membership.parties = .items(items + [.named(name)])
        }
        definition = try definition.changing(membership: membership, fields: [.parties, .key], at: location)
    }

    /// The rule with its amount changed, and the rounding of a relative change (the amount before, exact and rounded).
    private func changed(_ rule: Rule, field: Definition.Field, _ change: Scenario.AmountChange, measure: Measure,
                         location: SourceLocation?) throws(InputError) -> (Rule, (baseline: Int128, exact: Fraction, rounded: Int128)?) {
        func new(_ old: Int128, _ make: (Int128) -> Rule) throws(InputError) -> (Rule, (baseline: Int128, exact: Fraction, rounded: Int128)?) {
            let (amount, exact) = try ScenarioApplier.amount(old, change, measure: measure, location: location)
            return (make(amount), exact.map { (old, $0, amount) })
        }
        switch (rule, field) {
        case (.split(let total), .total):
            let split = try new(total) { .split(total: $0) }
            if case .split(let amount) = split.0, amount % measure.step != 0 {
                throw InputError(location, .scenarioTotalNotWholeUnits(amount, measure))
            }
            return split
        case (.shareOfNational(let national), .national): return try new(national) { .shareOfNational(national: $0) }
        case (.rate(let rate), .rate):
            // A rate may be fractional: change it exactly, in stored units per key unit.
            let scale: Fraction
            do { scale = Fraction(try Int128.powerOfTen(measure.storedDecimals)) } catch { throw InputError.overflow(error, at: location) }
            do {
                switch change {
                case .absolute(let value):
                    let f = try value.fraction
                    return (.rate(perUnit: Fraction.reduced(try f.numerator.multiplied(by: scale.numerator, "rate"), f.denominator)), nil)
                case .percent(let percent):
                    let factor = try Fraction(100).adding(percent)
                    return (.rate(perUnit: Fraction.reduced(try rate.numerator.multiplied(by: factor.numerator, "rate"),
                                                            try rate.denominator.multiplied(by: factor.denominator, "rate").multiplied(by: 100, "rate"))), nil)
                case .delta(let value):
                    let f = try value.fraction
                    return (.rate(perUnit: try rate.adding(Fraction.reduced(try f.numerator.multiplied(by: scale.numerator, "rate"), f.denominator))), nil)
                }
            } catch {
                throw InputError.overflow(error, at: location)
            }
        default:
            throw InputError(location, .ruleHasNoAmount(rule.kind, field))
        }
    }

    /// The new amount in stored units: an amount or a change as written, or a relative change rounded half-up to
    /// whole units of the sheet (`measure.step`), with its exact amount when rounding changed it.
    static func amount(_ old: Int128, _ change: Scenario.AmountChange, measure: Measure,
                       location: SourceLocation?) throws(InputError) -> (amount: Int128, exact: Fraction?) {
        func stored(_ value: DecimalValue) throws -> Int128 {
            guard let stored = try value.units(exactlyAt: measure.storedDecimals) else {
                throw InputError(location, .tooManyDecimals(value, decimals: measure.storedDecimals))
            }
            return stored
        }
        do {
            switch change {
            case .absolute(let value):
                return (try stored(value), nil)
            case .percent(let percent):
                let factor = try Fraction(100).adding(percent)
                let exact = Fraction.reduced(try old.multiplied(by: factor.numerator, "amount × percentage"),
                                             try factor.denominator.multiplied(by: 100, "percentage"))
                let rounded = try exact.rounded(toMultiplesOf: measure.step).multiplied(by: measure.step, "rounded amount")
                return (rounded, Fraction(rounded) == exact ? nil : exact)
            case .delta(let value):
                return (try old.adding(try stored(value), "amount + change"), nil)
            }
        } catch {
            throw InputError.from(error, at: location)
        }
    }

    /// Sets the rate from `fromYear` in a copy of the PL table `id`: the table the definition then uses.
    private func setIndexRate(from fromYear: Int, to percent: DecimalValue, table id: String, context: inout AllocationContext, scenario: String,
                              definition: Definition, location: SourceLocation?) throws(InputError) -> String {
        guard let table = context.indices[id] else {
            throw InputError(location, .noPriceIndex(id, known: context.indices.keys.sorted()))
        }
        let rate = PriceIndex.Rate(fromYear: fromYear, percent: percent, status: .final, source: scenario, location: location)
        let copyID = "\(table.id)@\(scenario)"
        context.indices[copyID] = PriceIndex(id: copyID, source: table.source, file: table.file,
                                             rates: table.rates.filter { $0.fromYear != fromYear } + [rate], changedByScenario: scenario)
        return copyID
    }

    /// Gives `party` another tier in a copy of the definition's key table: the key the definition then uses.
    private func setTier(of name: String, to tier: String, in definition: Definition, context: inout AllocationContext,
                         scenario: String, location: SourceLocation?) throws(InputError) -> KeyReference {
        guard !definition.tiers.isEmpty else { throw InputError(location, .noTiers(definition: definition.id)) }
        guard case .table(let id, let columnName)? = definition.key else {
            throw InputError(location, .equalKeyHasNoTiers(definition: definition.id))
        }
        let index = try context.key(id, for: definition, field: .key)
        guard definition.tiers.contains(where: { normalisedName($0.name) == normalisedName(tier) }) else {
            throw InputError(location, .notATier(tier, definition: definition.id, tiers: definition.tiers.map(\.name)))
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
        context.keys[copyID] = try KeyIndex(copy, register: context.register, registerFiles: context.registerFiles)
        return .table(id: copyID, column: columnName)
    }
}

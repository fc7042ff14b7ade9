/// Computes one sheet from its definition: parties, amounts, columns, totals and reconciliation.
public enum SheetCalculator {
    /// The sheets of a definition: its sheet, or for a definition over a period a sheet per year and then the period's.
    public static func sheets(for definition: Definition, in context: AllocationContext) throws(InputError) -> [Sheet] {
        guard definition.extras.period != nil else { return [try calculate(definition, in: context)] }
        return try PeriodRule.sheets(definition, in: context)
    }

    /// The sheet of a definition (of a definition over a period: the period's sheet).
    public static func calculate(_ definition: Definition, in context: AllocationContext) throws(InputError) -> Sheet {
        switch definition.rule {
        case .budget(let statement): return try BudgetRule(statement: statement, definition: definition, context: context).sheet()
        case .period(let total): return try PeriodRule(total: total, definition: definition, context: context).sheet()
        default: break
        }
        if definition.extras.period != nil, let whole = try sheets(for: definition, in: context).last { return whole }
        let (definition, indexed) = try AmountAdjustment.apply(to: definition, in: context)
        var ruleKey: KeyIndex?
        if case .table(let id, _)? = definition.key { ruleKey = try context.key(id, for: definition, field: .key) }
        let resolver = PartyResolver(register: context.register, registerFiles: context.registerFiles)
        var parties = try resolver.parties(of: definition, key: ruleKey)
        let pledges = try pledgesByParty(definition.pledges, field: .pledges, parties: parties, resolver: resolver, definition: definition)

        let rows: RowAmounts
        var bounds: [BoundedLargestRemainder.Bounds]?
        var feeTiers: [Cell]?
        switch definition.rule {
        case .sum(let components):
            if let first = components.first, let sheet = context.sheets[first.sheet] {
                parties = ordered(parties, like: sheet.rows.map(\.party))
            }
            rows = try SummedRule(components: components, parties: parties).amounts(in: context, definition: definition)
        default:
            guard let reference = definition.key else {
                throw InputError(definition.location(of: .id), .missingField(definition: definition.id, field: .key))
            }
            let keyed = parties.filter { pledges[$0.id] == nil }
            let values = try KeyValues(reference, for: keyed, tiers: definition.tiers, context: context, definition: definition, field: .key)
            try check(values, definition: definition)
            var weights = [Fraction](repeating: Fraction(0), count: parties.count)
            var next = 0
            for (index, party) in parties.enumerated() where pledges[party.id] == nil {
                weights[index] = values.weights[next]
                next += 1
            }
            if case .fee(let list, let column) = definition.rule {
                (weights, feeTiers) = try FeeRule.fees(values, list: list, column: column, definition: definition, context: context)
            }
            if case .split(let total) = definition.rule {
                bounds = try QuotaLimits.bounds(definition, parties: parties, weights: weights, total: total, resolver: resolver)
            }
            var rule = KeyedRule(definition: definition, parties: parties, weights: weights, pledges: parties.map { pledges[$0.id] })
            rule.bounds = bounds
            rows = try rule.amounts()
        }
        var layout = SheetLayout(definition: definition, context: context, parties: parties, rows: rows, pledges: pledges)
        layout.indexed = indexed
        layout.bounds = bounds
        layout.feeTiers = feeTiers
        let sheet = try layout.sheet()
        let reconciliation = sheet.reconciliation
        // Renderers print `difference` (sum of rows − total): it must fit, as every amount does.
        if reconciliation.sumOfRows.subtractingReportingOverflow(reconciliation.total).overflow {
            throw InputError.overflow(OverflowError("sum of rows − total"), at: definition.location(of: .id))
        }
        if definition.mode == .reconciled && !reconciliation.isReconciled {
            throw InputError(definition.location(of: .id),
                             .notReconciled(sheet: definition.id, sumOfRows: reconciliation.sumOfRows, total: reconciliation.total))
        }
        return sheet
    }

    /// Pledges keyed by party id; each pledging party must be in the set, and pledge once.
    static func pledgesByParty(_ pledges: [Definition.Pledge], field: Definition.Field, parties: [Party], resolver: PartyResolver,
                               definition: Definition) throws(InputError) -> [String: Definition.Pledge.Amount] {
        var result: [String: Definition.Pledge.Amount] = [:]
        guard !pledges.isEmpty else { return result }
        let members = Set(parties)
        for pledge in pledges {
            let party = try resolver.party(named: pledge.party, at: pledge.location ?? definition.location(of: field))
            guard members.contains(party) else {
                throw InputError(pledge.location, .pledgeOfNonParty(party: party.name, definition: definition.id))
            }
            guard result[party.id] == nil else {
                throw InputError(pledge.location, .pledgedTwice(party: party.name, field: field))
            }
            result[party.id] = pledge.amount
        }
        return result
    }

    /// Key values used as weights: none negative, and a positive total for a split.
    static func check(_ values: KeyValues, definition: Definition) throws(InputError) {
        for (index, weight) in values.weights.enumerated() where weight.numerator < 0 {
            let written = if case .keyValue(let number) = values.cells[index] { number } else { DecimalValue?.none }
            throw InputError(values.locations[index] ?? definition.location(of: .key),
                             .negativeKeyValue(party: values.parties[index].name, value: written, weight: weight))
        }
        if case .split = definition.rule, !values.weights.isEmpty, values.weights.allSatisfy({ $0.numerator == 0 }) {
            throw InputError(definition.location(of: .key), .keySumsToZero(definition.key, definition: definition.id, file: values.table?.file))
        }
    }

    /// `parties` in the order they appear in `reference`; parties not in it keep their order at the end.
    static func ordered(_ parties: [Party], like reference: [Party]) -> [Party] {
        var position: [String: Int] = [:]
        for (index, party) in reference.enumerated() { position[party.id] = index }
        return parties.enumerated().sorted { a, b in
            (position[a.element.id] ?? reference.count + a.offset, a.offset) < (position[b.element.id] ?? reference.count + b.offset, b.offset)
        }.map(\.element)
    }
}

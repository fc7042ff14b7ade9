/// Computes one sheet from its definition: parties, amounts, columns, totals and reconciliation.
public enum SheetCalculator {
    public static func calculate(_ definition: Definition, in context: AllocationContext) throws(InputError) -> Sheet {
        let key = try definition.key.map { (id) throws(InputError) in try context.key(id, for: definition, field: "key") }
        let resolver = PartyResolver(register: context.register, registerFile: context.registerFile)
        var parties = try resolver.parties(of: definition, key: key)

        let rows: RowAmounts
        switch definition.rule {
        case .sum(let components):
            if let first = components.first, let sheet = context.sheets[first.sheet] {
                parties = ordered(parties, like: sheet.rows.map(\.party))
            }
            rows = try SummedRule(components: components, parties: parties).amounts(in: context, definition: definition)
        default:
            guard let key else {
                throw InputError(definition.location(of: "rule"), "rule '\(definition.rule.name)' needs a key", fix: "Add 'key = ID'.")
            }
            if case .kkr = definition.parties { parties = ordered(parties, like: key.entries.map(\.party)) }
            let values = try weights(of: parties, in: key, definition: definition)
            try checkUnit(of: definition)
            do {
                rows = try KeyedRule(rule: definition.rule, unit: definition.unit, mode: definition.mode,
                                     parties: parties, values: values).amounts()
            } catch {
                throw InputError.overflow(error, at: definition.location(of: "key"))
            }
        }
        let sheet = try SheetLayout(definition: definition, context: context, parties: parties, rows: rows).sheet()
        let reconciliation = sheet.reconciliation
        if definition.mode == .reconciled && !reconciliation.isReconciled {
            throw InputError(definition.location(of: "id"),
                             "internal check failed: the rows of '\(definition.id)' sum to \(reconciliation.sumOfRows) øre, not \(reconciliation.total)",
                             fix: "This is a bug in Fordeling; the sheet was not written. Please report it with the inputs.")
        }
        return sheet
    }

    /// Key values for `parties`, checked: every party present, none negative, a positive total.
    static func weights(of parties: [Party], in key: KeyIndex, definition: Definition) throws(InputError) -> [ExactDecimal] {
        var values: [ExactDecimal] = []
        var anyPositive = false
        for party in parties {
            guard let entry = key.entry(for: party) else {
                throw InputError(definition.location(of: "key"), "\(party.name) is in the party set but not in key '\(key.table.id)'",
                                 fix: "Add a row for \(party.name) to \(key.table.file), or exclude it from the definition.")
            }
            if entry.value.isNegative {
                throw InputError(entry.location, "the key value of \(party.name) is negative (\(entry.value))",
                                 fix: "Key values must be zero or more.")
            }
            anyPositive = anyPositive || entry.value.units > 0
            values.append(entry.value)
        }
        if !anyPositive {
            throw InputError(definition.location(of: "key"), "key '\(key.table.id)' sums to zero over the parties of '\(definition.id)'",
                             fix: "A key must have a positive total; check \(key.table.file).")
        }
        return values
    }

    /// A split's total must be a whole number of rounding units.
    static func checkUnit(of definition: Definition) throws(InputError) {
        if case .split(let total) = definition.rule, total % definition.unit.minorUnits != 0 {
            throw InputError(definition.location(of: "total"), "the total is not a whole number of the rounding unit \(definition.unit.label)",
                             fix: "Use a smaller unit (e.g. 'unit = øre') or round the total.")
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

/// The rules a definition follows, whichever reader made it and whatever scenario changed it: the fields its rule
/// uses and no others, a key for every rule but a sum, a divisor only to reproduce a published split, each sheet
/// added and each tier named once, no negative percentage pledge.
enum DefinitionRules {
    static func check(_ definition: Definition) throws(InputError) {
        let kind = definition.rule.kind
        if case .sum(let components) = definition.rule {
            if components.isEmpty { throw InputError(definition.location(of: .id), .missingField(definition: definition.id, field: .add)) }
            var added: Set<ColumnReference> = []
            for reference in components where !added.insert(reference).inserted {
                throw InputError(definition.location(of: .add), .addedTwice(reference))
            }
            if definition.key != nil { throw InputError(definition.location(of: .key), .sumTakesNoKey) }
        } else if kind == .sum || kind == .budget {
            if definition.key != nil { throw InputError(definition.location(of: .key), .ruleTakesNoField(kind, .key)) }
        } else if case .none = definition.key {
            throw InputError(definition.location(of: .id), .missingField(definition: definition.id, field: .key))
        }
        var tiers: Set<String> = []
        for tier in definition.tiers where !tiers.insert(normalisedName(tier.name)).inserted {
            throw InputError(definition.location(of: .tiers), .tierTwice(tier.name))
        }
        if definition.divisor != nil, definition.mode != .published {
            throw InputError(definition.location(of: .divisor), .divisorWithoutPublishedMode)
        }
        if kind == .sum || kind == .budget { try checkSum(definition) }
        if definition.mode == .published, kind != .split {
            throw InputError(definition.location(of: .mode), .publishedModeOnlyForSplit(kind))
        }
        if let divisor = definition.divisor, divisor.units <= 0 {
            throw InputError(definition.location(of: .divisor), .divisorNotPositive(divisor))
        }
        if definition.price != nil, definition.measure.isMoney {
            throw InputError(definition.location(of: .price), .priceOnMoney)
        }
        try checkBudgetsFeesIndexationPeriodsAndBounds(definition)
        for pledge in definition.pledges {
            if case .percent(let percent) = pledge.amount, percent.numerator < 0 {
                throw InputError(pledge.location ?? definition.location(of: .pledges), .negativePercentagePledge(party: pledge.party))
            }
        }
    }

    /// A sum adds sheets: the fields of the sheets it adds are set there.
    private static func checkSum(_ definition: Definition) throws(InputError) {
        if let pledge = definition.pledges.first {
            throw InputError(pledge.location ?? definition.location(of: .pledges), .notForSum(.pledges))
        }
        let given: [Definition.Field?] = [definition.tiers.isEmpty ? nil : .tiers, definition.price.map { _ in .price },
                                          definition.match.map { _ in .match }, definition.inKind?.field,
                                          definition.inKindFixed.isEmpty ? nil : .inKindFixed, definition.inKindExempt.isEmpty ? nil : .inKindExempt]
        if let field = given.compactMap({ $0 }).first {
            throw InputError(definition.location(of: field), definition.rule.kind == .sum ? .notForSum(field) : .ruleTakesNoField(.budget, field))
        }
    }

    /// The fields of budgets, fees, indexation, periods and bounds: each only where it means something.
    static func checkBudgetsFeesIndexationPeriodsAndBounds(_ definition: Definition) throws(InputError) {
        let kind = definition.rule.kind
        let location = { (field: Definition.Field) in definition.location(of: field) }
        if case .budget(let statement) = definition.rule {
            if case .items(let items) = definition.parties, !items.isEmpty { throw InputError(location(.parties), .ruleTakesNoField(.budget, .parties)) }
            let given: [Definition.Field?] = [definition.compare.map { _ in .compare }, definition.per.map { _ in .per },
                                              definition.columns.isEmpty ? nil : .columns, definition.measure.isMoney ? nil : .quantity]
            if let field = given.compactMap({ $0 }).first { throw InputError(location(field), .ruleTakesNoField(.budget, field)) }
            try BudgetRule.check(statement, definition: definition)
        }
        if kind == .fee {
            let given: [Definition.Field?] = [definition.tiers.isEmpty ? nil : .tiers, definition.pledges.isEmpty ? nil : .pledges,
                                              definition.price.map { _ in .price }]
            if let field = given.compactMap({ $0 }).first { throw InputError(location(field), .ruleTakesNoField(.fee, field)) }
        }
        if let indexation = definition.allocation.indexation {
            guard [.split, .shareOfNational, .rate].contains(kind) else { throw InputError(location(.index), .indexationWithoutAmount(kind)) }
            let firstYear = definition.year ?? definition.extras.period?.period.from.year
            if let firstYear, indexation.priceLevel > firstYear {
                throw InputError(location(.priceLevel), .priceLevelAfterYear(priceLevel: indexation.priceLevel, year: firstYear))
            }
        }
        if let span = definition.extras.period {
            guard [.split, .shareOfNational, .rate].contains(kind) else { throw InputError(location(.period), .periodWithoutAmount(kind)) }
            if span.period.years.isEmpty { throw InputError(location(.period), .periodEndsBeforeItStarts) }
            let given: [Definition.Field?] = [definition.year.map { _ in .year }, definition.compare.map { _ in .compare },
                                              definition.match.map { _ in .match }, definition.inKind?.field,
                                              definition.inKindFixed.isEmpty ? nil : .inKindFixed, definition.mode == .published ? .mode : nil]
            if let field = given.compactMap({ $0 }).first { throw InputError(location(field), .notForPeriod(field)) }
        }
        let bounds = definition.allocation.bounds
        if !bounds.isEmpty {
            let field: Definition.Field = bounds.deviation != nil ? .deviation : bounds.minimums.isEmpty ? (bounds.maximums.isEmpty ? .realised : .maximum) : .minimum
            guard kind == .split, definition.mode == .reconciled else { throw InputError(location(field), .boundsOnlyForReconciledSplit) }
            if let pledge = definition.pledges.first { throw InputError(pledge.location ?? location(.pledges), .boundsWithPledges) }
            if let deviation = bounds.deviation, deviation.numerator < 0 || deviation.numerator > deviation.denominator {
                throw InputError(location(.deviation), .deviationOutOfRange)
            }
        }
    }
}

extension Definition {
    /// What the amounts measure, from the fields that declare it: a `quantity` rounded to `decimals` (default 2),
    /// or money rounded to `unit` (default kroner).
    public static func measure(unit: RoundingUnit?, quantity: String?, decimals: Int?,
                               locations: [Field: SourceLocation]) throws(InputError) -> Measure {
        if let quantity {
            if unit != nil { throw InputError(locations[.unit], .quantityWithUnit) }
            return .quantity(name: quantity, decimals: decimals ?? 2)
        }
        if decimals != nil { throw InputError(locations[.decimals], .decimalsWithoutQuantity) }
        return .money(unit ?? .krone)
    }

    /// The field that holds the amount of rule `kind` (nil for a sum), given the amount fields a definition has:
    /// exactly that one.
    public static func amountField(of kind: Rule.Kind, given: [Field], definition id: String,
                                   locations: [Field: SourceLocation]) throws(InputError) -> Field? {
        if given.count > 1 {
            let last = given.compactMap { locations[$0] }.max { ($0.line ?? 0) < ($1.line ?? 0) }
            throw InputError(last, .severalAmountFields(given))
        }
        if let stray = given.first, stray != kind.amountField { throw InputError(locations[stray], .ruleTakesNoField(kind, stray)) }
        if let field = kind.amountField, given.isEmpty {
            throw InputError(locations[.id], .missingField(definition: id, field: field))
        }
        return kind.amountField
    }

    /// Contributions in kind, from the fields that declare them: `hours` with an `hourlyRate`, or an `inKindShare`.
    public static func inKind(hours: DecimalValue?, hourlyRate: Int128?, share: Fraction?,
                              locations: [Field: SourceLocation]) throws(InputError) -> InKind? {
        if let share {
            if hours != nil || hourlyRate != nil { throw InputError(locations[hours != nil ? .hours : .hourlyRate], .inKindBothWays) }
            return .shareOfCash(share)
        }
        guard let hours, let hourlyRate else {
            if hours != nil || hourlyRate != nil { throw InputError(locations[hours != nil ? .hours : .hourlyRate], .hoursWithoutHourlyRate) }
            return nil
        }
        return .hours(perOrganisation: hours, hourlyRate: hourlyRate)
    }
}

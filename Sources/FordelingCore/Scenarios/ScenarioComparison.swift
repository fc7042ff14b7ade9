/// A sheet under a scenario beside its baseline: per party the baseline amount, the scenario amount and the change.
public struct ScenarioSheet: Sendable {
    public struct Row: Sendable {
        /// The party; nil for the total row.
        public let party: Party?
        /// In stored units (øre for money); 0 for a party not in that sheet.
        public let baseline: Int128
        public let scenario: Int128
        /// scenario − baseline.
        public let change: Int128

        public init(party: Party?, baseline: Int128, scenario: Int128) throws(OverflowError) {
            self.party = party
            self.baseline = baseline
            self.scenario = scenario
            change = try scenario.subtracting(baseline, "scenario − baseline")
        }

        /// The change in percent of the baseline, to two decimals; nil when the baseline is 0 (or too large to negate).
        public var changePercent: DecimalValue? {
            guard baseline != 0 else { return nil }
            // A fraction's denominator is positive: a negative baseline's sign moves to the numerator.
            let sign: Int128 = baseline < 0 ? -1 : 1
            guard let numerator = try? change.multiplied(by: 100 * sign, "percent"),
                  let denominator = try? baseline.multiplied(by: sign, "percent") else { return nil }
            return try? Fraction.reduced(numerator, denominator).roundedToDecimals(decimals: 2)
        }
    }

    public let baseline: Sheet
    public let scenario: Sheet
    public let rows: [Row]
    public let total: Row
    /// The relative changes of this sheet's amounts that the scenario rounded to the sheet's unit.
    public let roundings: [Scenario.Rounding]

    /// Parties in the baseline's order, then those that joined.
    public init(baseline: Sheet, scenario: Sheet, roundings: [Scenario.Rounding] = []) throws(OverflowError) {
        func amounts(_ sheet: Sheet) -> [String: Int128] {
            var amounts: [String: Int128] = [:]
            for row in sheet.rows {
                if case .amount(let value, _)? = sheet.cell(party: row.party.id, role: .amount) { amounts[row.party.id] = value }
            }
            return amounts
        }
        let before = amounts(baseline)
        let after = amounts(scenario)
        var parties = baseline.rows.map(\.party)
        parties += scenario.rows.map(\.party).filter { party in baseline.row(of: party.id) == nil }
        self.baseline = baseline
        self.scenario = scenario
        self.roundings = roundings
        self.rows = try parties.map { (party) throws(OverflowError) in try Row(party: party, baseline: before[party.id] ?? 0, scenario: after[party.id] ?? 0) }
        self.total = try Row(party: nil, baseline: baseline.reconciliation.total, scenario: scenario.reconciliation.total)
    }
}

/// Each party's change across the scenario's money sheets (sums of other sheets left out, so nothing counts twice).
public struct ScenarioSummary: Sendable {
    public let rows: [ScenarioSheet.Row]
    public let total: ScenarioSheet.Row
    /// The sheets counted.
    public let sheets: [String]

    public init(_ sheets: [ScenarioSheet]) throws(OverflowError) {
        var order: [Party] = []
        var baseline: [String: Int128] = [:]
        var scenario: [String: Int128] = [:]
        var counted: [String] = []
        for sheet in sheets where sheet.scenario.measure.isMoney {
            if sheet.scenario.rule.kind == .sum { continue }  // sums and periods add sheets counted here already
            counted.append(sheet.scenario.id)
            for row in sheet.rows {
                // A party is in `order` once it has an amount in `baseline`.
                guard let party = row.party else { continue }
                if baseline[party.id] == nil { order.append(party) }
                baseline[party.id] = try (baseline[party.id] ?? 0).adding(row.baseline, "sum of baseline amounts")
                scenario[party.id] = try (scenario[party.id] ?? 0).adding(row.scenario, "sum of scenario amounts")
            }
        }
        rows = try order.map { (party) throws(OverflowError) in
            try ScenarioSheet.Row(party: party, baseline: baseline[party.id] ?? 0, scenario: scenario[party.id] ?? 0)
        }
        total = try ScenarioSheet.Row(party: nil, baseline: try rows.map(\.baseline).checkedSum("sum of baseline amounts"),
                                  scenario: try rows.map(\.scenario).checkedSum("sum of scenario amounts"))
        self.sheets = counted
    }
}

/// Computes a scenario beside the baseline: the definitions it changes and the sums that add them.
public enum ScenarioRun {
    public static func compare(_ scenario: Scenario, definitions: [Definition], context: AllocationContext,
                               baseline: [Sheet]) throws(InputError) -> [ScenarioSheet] {
        let (changedDefinitions, changedContext, changed, roundings) = try ScenarioApplier(definitions: definitions, context: context).apply(scenario)
        var affected = changed
        var grew = true
        while grew {
            let before = affected.count
            for definition in changedDefinitions where definition.dependencies.contains(where: affected.contains) { affected.insert(definition.id) }
            grew = affected.count > before
        }
        // Only the affected sheets are computed again, in the batch's order; the others are the baseline's.
        var context = changedContext
        for sheet in baseline { context.sheets[sheet.id] = sheet }
        var computed: [String: Sheet] = [:]
        for definition in try BatchCalculator.order(changedDefinitions) where affected.contains(definition.id) {
            let sheets: [Sheet]
            do { sheets = try SheetCalculator.sheets(for: definition, in: context) } catch { throw blamed(error, on: definition.id, scenario) }
            for sheet in sheets {
                context.sheets[sheet.id] = sheet
                computed[sheet.id] = sheet
            }
        }
        var compared: [ScenarioSheet] = []
        // Sheets of parties only: a budget statement's rows are its lines.
        for base in baseline where base.column(.amount) != nil {
            guard let sheet = computed[base.id] else { continue }
            do { compared.append(try ScenarioSheet(baseline: base, scenario: sheet, roundings: roundings.filter { $0.sheet == base.id })) } catch {
                throw InputError.overflow(error, at: scenario.location)
            }
        }
        return compared
    }

    /// `error` from computing sheet `id` under `scenario`, blamed on the override that changed the sheet (or the
    /// scenario's last): the baseline computed, so a problem the definition's own lines show is the change's doing.
    static func blamed(_ error: InputError, on id: String, _ scenario: Scenario) -> InputError {
        let ownLocations = scenario.overrides.map(\.location) + [scenario.location]
        if ownLocations.contains(error.location) { return error }
        let override = scenario.overrides.last { $0.sheet == id } ?? scenario.overrides.last
        return InputError(override?.location ?? scenario.location, .causedByChange(at: error.location, error.problem))
    }
}

/// A sheet under a scenario beside its baseline: per party the baseline amount, the scenario amount and the change.
public struct ScenarioSheet: Sendable {
    public struct Row: Sendable {
        public let party: Party
        /// In stored units (øre for money); 0 for a party not in that sheet.
        public let baseline: Int128
        public let scenario: Int128
        public var change: Int128 { scenario - baseline }
        /// The change in percent of the baseline, to two decimals; nil when the baseline is 0.
        public var changePercent: DecimalValue? {
            guard baseline != 0 else { return nil }
            return (try? Fraction.reduced(change.multiplied(by: 100, "percent"), baseline).roundedToDecimals(decimals: 2))
        }
    }

    public let baseline: Sheet
    public let scenario: Sheet
    public let rows: [Row]
    public let total: Row

    /// Parties in the baseline's order, then those that joined.
    public init(baseline: Sheet, scenario: Sheet) {
        func amounts(_ sheet: Sheet) -> [String: Int128] {
            var amounts: [String: Int128] = [:]
            for row in sheet.rows {
                if case .amount(let value)? = sheet.cell(party: row.party.id, column: SheetColumn.amountID) { amounts[row.party.id] = value }
            }
            return amounts
        }
        let before = amounts(baseline)
        let after = amounts(scenario)
        var parties = baseline.rows.map(\.party)
        parties += scenario.rows.map(\.party).filter { party in baseline.row(of: party.id) == nil }
        self.baseline = baseline
        self.scenario = scenario
        self.rows = parties.map { Row(party: $0, baseline: before[$0.id] ?? 0, scenario: after[$0.id] ?? 0) }
        self.total = Row(party: Party(name: "I alt"), baseline: baseline.reconciliation.total, scenario: scenario.reconciliation.total)
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
            if case .sum = sheet.scenario.rule { continue }
            counted.append(sheet.scenario.id)
            for row in sheet.rows {
                // A party is in `order` once it has an amount in `baseline`.
                if baseline[row.party.id] == nil { order.append(row.party) }
                baseline[row.party.id] = try (baseline[row.party.id] ?? 0).adding(row.baseline, "sum of baseline amounts")
                scenario[row.party.id] = try (scenario[row.party.id] ?? 0).adding(row.scenario, "sum of scenario amounts")
            }
        }
        rows = order.map { ScenarioSheet.Row(party: $0, baseline: baseline[$0.id] ?? 0, scenario: scenario[$0.id] ?? 0) }
        total = ScenarioSheet.Row(party: Party(name: "I alt"), baseline: try rows.map(\.baseline).checkedSum("sum of baseline amounts"),
                                  scenario: try rows.map(\.scenario).checkedSum("sum of scenario amounts"))
        self.sheets = counted
    }
}

/// Computes a scenario beside the baseline: the definitions it changes and the sums that add them.
public enum ScenarioRun {
    public static func compare(_ scenario: Scenario, definitions: [Definition], context: AllocationContext,
                               baseline: [Sheet]) throws(InputError) -> [ScenarioSheet] {
        let (changedDefinitions, changedContext, changed) = try ScenarioApplier(definitions: definitions, context: context).apply(scenario)
        var affected = changed
        var grew = true
        while grew {
            let before = affected.count
            for definition in changedDefinitions where definition.dependencies.contains(where: affected.contains) { affected.insert(definition.id) }
            grew = affected.count > before
        }
        // Only the affected sheets are computed again, dependencies first; the others are the baseline's.
        var context = changedContext
        for sheet in baseline { context.sheets[sheet.id] = sheet }
        var pending = changedDefinitions.filter { affected.contains($0.id) }
        var computed: [String: Sheet] = [:]
        while !pending.isEmpty {
            guard let index = pending.firstIndex(where: { !$0.dependencies.contains { affected.contains($0) && computed[$0] == nil } }) else {
                return try BatchCalculator.calculate(changedDefinitions, context: changedContext).filter { affected.contains($0.id) }.compactMap { sheet in
                    baseline.first { $0.id == sheet.id }.map { ScenarioSheet(baseline: $0, scenario: sheet) }
                }  // a cycle: let the batch report it
            }
            let definition = pending.remove(at: index)
            let sheet = try SheetCalculator.calculate(definition, in: context)
            context.sheets[definition.id] = sheet
            computed[definition.id] = sheet
        }
        return baseline.filter { affected.contains($0.id) }.compactMap { base in computed[base.id].map { ScenarioSheet(baseline: base, scenario: $0) } }
    }
}

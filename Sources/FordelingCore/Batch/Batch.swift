/// What an inputs folder holds, read: the definitions, the register and keys they use, the approved sheets (each
/// with what reading it found) and the scenarios.
public struct BatchInputs: Sendable {
    public let definitions: [Definition]
    public let context: AllocationContext
    public let approved: [(sheet: ApprovedSheet, findings: [Finding])]
    public let scenarios: [Scenario]

    public init(definitions: [Definition], context: AllocationContext, approved: [(sheet: ApprovedSheet, findings: [Finding])],
                scenarios: [Scenario]) {
        self.definitions = definitions
        self.context = context
        self.approved = approved
        self.scenarios = scenarios
    }
}

/// A scenario computed beside the baseline: each changed sheet, and each party's change across them.
public struct ScenarioResult: Sendable {
    public let scenario: Scenario
    public let sheets: [ScenarioSheet]
    public let summary: ScenarioSummary
}

/// Everything a batch computes: the sheets, the audit of the approved sheets, and the scenarios.
public struct BatchResult: Sendable {
    public let sheets: [Sheet]
    public let audit: [AuditEntry]
    public let scenarios: [ScenarioResult]
}

/// The batch as one call: inputs in, every sheet, the audit and the scenario results out. Pure: reading the inputs
/// and writing the results are the caller's.
public enum Batch {
    /// Every sheet, the audit of every approved sheet (each generated sheet compared as `printed` gives it: the table
    /// its files show), and every scenario of the inputs.
    public static func run(_ inputs: BatchInputs, printed: (Sheet) -> SheetTable) throws(InputError) -> BatchResult {
        let sheets = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
        let audit = try Audit.run(inputs.approved, sheets: sheets, register: inputs.context.register, printed: printed)
        var scenarios: [ScenarioResult] = []
        for scenario in inputs.scenarios { scenarios.append(try self.scenario(scenario, of: inputs, baseline: sheets)) }
        return BatchResult(sheets: sheets, audit: audit, scenarios: scenarios)
    }

    /// Sheet `id` alone (computed with the sheets it adds).
    public static func sheet(_ id: String, of inputs: BatchInputs) throws(InputError) -> [Sheet] {
        try BatchCalculator.calculate(inputs.definitions, context: inputs.context, only: id).filter { $0.id == id }
    }

    /// The audit of the approved sheets linked to `sheets` (as `run` audits them).
    public static func audit(of sheets: [Sheet], inputs: BatchInputs, printed: (Sheet) -> SheetTable) throws(InputError) -> [AuditEntry] {
        let ids = Set(sheets.map(\.id))
        return try Audit.run(inputs.approved.filter { $0.sheet.sheetID.map(ids.contains) ?? false }, sheets: sheets,
                             register: inputs.context.register, printed: printed)
    }

    /// `scenario` beside the baseline (computed here unless given).
    public static func scenario(_ scenario: Scenario, of inputs: BatchInputs, baseline: [Sheet]? = nil) throws(InputError) -> ScenarioResult {
        let baseline = if let baseline { baseline } else { try BatchCalculator.calculate(inputs.definitions, context: inputs.context) }
        let sheets = try ScenarioRun.compare(scenario, definitions: inputs.definitions, context: inputs.context, baseline: baseline)
        let summary: ScenarioSummary
        do { summary = try ScenarioSummary(sheets) } catch { throw InputError.overflow(error, at: scenario.location) }
        return ScenarioResult(scenario: scenario, sheets: sheets, summary: summary)
    }
}

import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel run`: the whole batch, Inputs/ → Outputs/, with the audit of the approved sheets and every
/// scenario; or one sheet (`--only`), or one scenario (`--scenario`, `--set`) beside the baseline.
enum RunCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "run", allowed: ["inputs", "outputs", "only", "scenario", "set"], repeatable: ["set"])
        try options.noPositionals(command: "run")
        let outputs = options["outputs"] ?? "Outputs"
        if outputs.isEmpty { throw UsageError(message: "--outputs is empty; give the folder to write, e.g. --outputs Outputs", command: "run") }
        let sets = options.lists["set"] ?? []
        if options["only"] != nil && options["scenario"] != nil {
            throw UsageError(message: "--only and --scenario do not go together", command: "run")
        }
        if !sets.isEmpty && options["scenario"] == nil {
            throw UsageError(message: "--set needs --scenario NAME (the folder Outputs/scenarios/NAME it writes to)", command: "run")
        }
        let inputsPath = options["inputs"] ?? "Inputs"
        let inputs = try InputFolder(path: inputsPath, toolVersion: Version.current)
        let folder = try OutputFolder(outputs, inputs: inputsPath)
        if let only = options["only"] {
            let sheets = try Batch.sheet(only, of: inputs.batch)
            let audited = try Batch.audit(of: sheets, inputs: inputs.batch) { SheetPresentation($0).table }
            try folder.replace(with: Writers.files(for: BatchOutput(sheets: sheets, audited: audited, provenance: inputs.provenance)), keepingOthers: true)
            print(RunSummary.text(sheets, outputs: outputs))
            if let unused = RunSummary.unusedKeyRows(sheets) { print(unused) }
            print(RunSummary.report("\(outputs)/\(only).html"))
            return 0
        }
        if let name = options["scenario"] {
            let baseline = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
            let result = try Batch.scenario(try scenario(name, sets: sets, inputs: inputs), of: inputs.batch, baseline: baseline)
            try folder.replace(with: Writers.files(for: BatchOutput(scenarios: [result], provenance: inputs.provenance)),
                               keepingOthers: true, clearing: "scenarios/\(result.scenario.name)")
            print(RunSummary.scenario(result.scenario, sheets: result.sheets, outputs: outputs))
            print(RunSummary.report("\(outputs)/scenarios/\(result.scenario.name)/index.html"))
            return 0
        }
        let result = try Batch.run(inputs.batch) { SheetPresentation($0).table }
        try folder.replace(with: Writers.files(for: BatchOutput(result, provenance: inputs.provenance)))
        print(RunSummary.text(result.sheets, outputs: outputs))
        if let unused = RunSummary.unusedKeyRows(result.sheets) { print(unused) }
        print(RunSummary.audit(result.audit, outputs: outputs))
        for scenario in result.scenarios { print(RunSummary.scenario(scenario.scenario, sheets: scenario.sheets, outputs: outputs)) }
        print(RunSummary.report("\(outputs)/index.html"))
        return 0
    }

    /// The scenario `name` from Inputs/scenarios/ with the `--set` overrides on top, or one made of them alone.
    private static func scenario(_ name: String, sets: [String], inputs: InputFolder) throws -> Scenario {
        try ScenarioReader.checkName(name)
        var overrides: [Scenario.Override] = []
        for text in sets { overrides.append(try ScenarioReader.override(text, location: SourceLocation(file: "--set \(text)"))) }
        if let stored = inputs.scenarios.first(where: { $0.name == name }) {
            return Scenario(name: name, title: stored.title, notes: stored.notes, overrides: stored.overrides + overrides, location: stored.location)
        }
        guard !overrides.isEmpty else {
            let known = inputs.scenarios.map(\.name).joined(separator: ", ")
            throw UsageError(message: "no scenario '\(name)' in Inputs/scenarios/ (\(known.isEmpty ? "none there" : "known: \(known)")); give --set ID.FIELD=VALUE to make one",
                             command: "run")
        }
        return Scenario(name: name, title: name, notes: [], overrides: overrides, location: SourceLocation(file: "--scenario \(name)"))
    }
}

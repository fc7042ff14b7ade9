import Foundation
import Testing
import FordelingSystem
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The generated sweep, in process: every rule × every pair of definition fields × every value, and every
/// scenario field × every value on every definition, each computed and rendered (as CSV, explained, and the
/// scenario's files; Markdown shares the CSV's text). A case must give a sheet or a located input error that is
/// not a bug report; a trap would end the test process and so fail the suite.
@Suite struct InputSweepTests {
    /// The failures of a sweep, for the expectation's message (the first few).
    private struct Outcome {
        var computed = 0
        var rejected = 0
        var failures: [String] = []

        mutating func record(_ summary: String, _ body: () throws -> Void) {
            do {
                try body()
                computed += 1
            } catch let error as InputError {
                rejected += 1
                if error.location == nil || ErrorWording(error).fix.contains("bug in Fordeling") { failures.append("\(summary): \(ErrorWording.text(error))") }
            } catch {
                failures.append("\(summary): \(error)")
            }
        }
    }

    private func inputs(committedDefinitions: Bool) throws -> (InputFolder, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-sweep-\(UUID().uuidString)")
        try InputSweep.writeInputs(to: folder, committedDefinitions: committedDefinitions)
        return (try InputFolder(path: folder.path, toolVersion: "test"), folder)
    }

    @Test func everyRuleWithEveryPairOfFieldsAndValues() throws {
        let (inputs, folder) = try inputs(committedDefinitions: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        var context = inputs.context
        for sheet in try BatchCalculator.calculate(inputs.definitions, context: context) { context.sheets[sheet.id] = sheet }
        var outcome = Outcome()
        for sweep in InputSweep.definitionCases() {
            outcome.record(sweep.summary) {
                let definitions = try DefinitionReader.read(sweep.text, file: "sweep.txt")
                for definition in definitions {
                    let sheet = try SheetCalculator.calculate(definition, in: context)
                    _ = CSVWriter.sheet(sheet, provenance: inputs.provenance)
                    _ = try Explanation.text(sheet, party: nil, register: context.register)
                }
            }
        }
        #expect(outcome.failures.isEmpty, "\(outcome.failures.count) failures: \(outcome.failures.prefix(10).joined(separator: "\n"))")
        #expect(outcome.computed > 1_000 && outcome.rejected > 1_000, "computed \(outcome.computed), rejected \(outcome.rejected)")
    }

    @Test func everyScenarioFieldWithEveryValueOnEveryDefinition() throws {
        let (inputs, folder) = try inputs(committedDefinitions: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
        var outcome = Outcome()
        for sweep in InputSweep.overrides(of: try InputSweep.definitionIDs(in: folder)) {
            outcome.record(sweep.summary) {
                let override = try ScenarioReader.override(sweep.text, location: SourceLocation(file: "--set \(sweep.text)"))
                let scenario = Scenario(name: "s", title: "S", notes: [], overrides: [override], location: SourceLocation(file: "--scenario s"))
                let result = try Batch.scenario(scenario, of: inputs.batch, baseline: baseline)
                _ = try? Writers.files(for: BatchOutput(scenarios: [result], provenance: inputs.provenance))
            }
        }
        #expect(outcome.failures.isEmpty, "\(outcome.failures.count) failures: \(outcome.failures.prefix(10).joined(separator: "\n"))")
        #expect(outcome.computed > 100 && outcome.rejected > 100, "computed \(outcome.computed), rejected \(outcome.rejected)")
    }
}

import FordelingCore
import FordelingTestSupport
import FordelingSystem
@testable import FordelingFormats

/// The whole batch computed once from the repository's Inputs/, for the seed tests.
enum SeedBatch {
    static func sheets() throws -> [String: Sheet] {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let computed = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
        return Dictionary(uniqueKeysWithValues: computed.map { ($0.id, $0) })
    }

    /// The amounts of `column` of `sheet`, by party name.
    static func amounts(_ sheet: Sheet, column: ColumnRole = .amount) -> [String: Int128] {
        var amounts: [String: Int128] = [:]
        for row in sheet.rows {
            if let value = sheet.cell(party: row.party.id, role: column)?.amount { amounts[row.party.name] = value }
        }
        return amounts
    }

    /// Printed figures in a seed: lines `Name number number …` between two line numbers (1-based, inclusive).
    static func printedRows(_ seed: String, lines: ClosedRange<Int>) throws -> [(name: String, numbers: [String])] {
        let text = try String(contentsOf: RepositoryPaths.seed(seed), encoding: .utf8)
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard all.count >= lines.upperBound else { throw MissingSeed(path: seed) }
        return all[(lines.lowerBound - 1)...(lines.upperBound - 1)].compactMap { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let firstNumber = words.firstIndex(where: { $0.first?.isNumber == true || $0 == "-" }), firstNumber > 0 else { return nil }
            return (words[..<firstNumber].joined(separator: " "), Array(words[firstNumber...]))
        }
    }
}

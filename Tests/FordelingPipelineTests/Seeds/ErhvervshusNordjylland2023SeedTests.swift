import Testing
import FordelingCore
import FordelingSystem
import FordelingTestSupport
@testable import FordelingFormats

/// Erhvervshus Nordjylland's base grant of 17,645 mio. kr. for 2023, printed in 1.000 kr. per municipality
/// (../shared/seeds/erhvervshus-nordjylland-2023.txt lines 8-20): transcribed as printed and checked without a
/// definition (the population key behind it is not printed), each printing error reported with the printed and
/// the expected value.
@Suite struct ErhvervshusNordjylland2023SeedTests {
    static let seed = "erhvervshus-nordjylland-2023.txt"

    @Test func theTranscriptionIsThePrintedTableAndCheckFindsExactlyItsPrintingErrors() throws {
        let printed = try SeedBatch.printedRows(Self.seed, lines: 9...20)
        let rows = printed.filter { $0.name != "Nordjylland i alt" }
        let total = try #require(printed.first { $0.name == "Nordjylland i alt" })
        // The printed figures are thousands of kroner: 598 is 598.000 kr.
        let thousands = { (text: String) throws -> DecimalValue in
            let value = try DanishNumber.parse(text)
            return DecimalValue(units: value.units * 1_000, scale: value.scale)
        }
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let (approved, reading) = try #require(inputs.approved.first { $0.sheet.table.source.hasSuffix("/erhvervshus-nordjylland-2023.csv") })
        #expect(approved.sheetID == nil && approved.kkr == "Nordjylland")
        #expect(approved.table.rows.map(\.label) == rows.map(\.name))
        #expect(try approved.table.rows.map(\.values) == rows.map { [.number(try thousands($0.numbers[0]))] })
        #expect(try approved.table.total?.values == [.number(try thousands(total.numbers[0]))])

        // The printing errors the seed's own figures show: a total that is not the sum of its rows.
        let sum = try rows.map { try thousands($0.numbers[0]).units }.reduce(0, +)
        let printedTotal = try thousands(total.numbers[0])
        let expected = sum == printedTotal.units ? [] : ["Nordjylland i alt [1.000 kr.] \(DanishNumberFormat.string(printedTotal)) ≠ \(DanishNumberFormat.string(DecimalValue(units: sum)))"]
        let findings = reading + SheetChecker(approved, register: inputs.context.register, linked: nil).findings()
        #expect(findings.map { "\($0.party ?? "") [\($0.column ?? "")] \(FindingText.number($0.printed)) ≠ \(FindingText.number($0.expected))" } == expected)
    }
}

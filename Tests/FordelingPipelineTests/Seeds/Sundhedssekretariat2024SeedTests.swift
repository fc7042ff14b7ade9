import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The health secretariat of the 11 North Jutland municipalities, against
/// ../shared/seeds/sundhedssekretariat-nordjylland-2024.txt: every printed line figure, the totals and results, and
/// the 2024 collection as the 2023 collection indexed by the printed PL rate.
@Suite struct Sundhedssekretariat2024SeedTests {
    static let seed = "sundhedssekretariat-nordjylland-2024.txt"
    let sheets: [String: Sheet]

    init() throws { sheets = try SeedBatch.sheets() }

    private func øre(_ value: DecimalValue) throws -> Int128 { try #require(try value.øre()) }

    /// The amounts printed on a line of the seed.
    private func numbers(line: Int) throws -> [DecimalValue] {
        let row = try #require(try SeedBatch.printedRows(Self.seed, lines: line...line).first)
        return try row.numbers.map { try SeedText.amount($0) }
    }

    @Test func theCollectionFor2024IsThe2023CollectionIndexedByThePrintedRate() throws {
        let printed = try numbers(line: 8)
        let rate = try SeedText.number(Self.seed, line: 69, before: "% for 2023/2024). PL")  // 4,8
        #expect(rate == DecimalValue(units: 48, scale: 1))
        let sheet = try #require(sheets["sundhedssekretariat-opkraevning-2024"])
        #expect(sheet.reconciliation.total == (try øre(printed[2])))  // 1.771.663 kr.
        let indexed = try #require(sheet.notes.compactMap { if case .indexed(let indexed) = $0 { indexed } else { nil } }.first)
        #expect(indexed.stated == Fraction(try øre(printed[1])))  // 1.690.518,25 kr.
        #expect(indexed.factor == Fraction.reduced(1_000 + rate.units, 1_000))
        #expect(indexed.rates.map(\.status) == [.expected])
    }

    @Test func everyPrintedLineFigureIsInItsColumn() throws {
        let sheet = try #require(sheets["sundhedssekretariat-2024"])
        let periods = ["Budget 2023", "Regnskab 2023", "Budget 2024"]
        var checked = 0
        for row in try SeedBatch.printedRows(Self.seed, lines: 8...54) {
            // A name broken over lines is printed with its figures after its last words, which may end in a year.
            let (name, words) = row.numbers.count > periods.count ? (row.name + " " + row.numbers[0], Array(row.numbers.dropFirst())) : (row.name, row.numbers)
            let line = try #require(sheet.rows.first { $0.party.name.hasSuffix(name) }, "\(name)")
            for (period, word) in zip(periods, words) {
                let columns = BudgetStatement.Side.allCases.compactMap { sheet.column(.budget(period: period, side: $0)) }
                let cell = try #require(columns.map { line.cells[$0] }.first { $0 != .empty }, "\(name) \(period)")
                #expect(cell.amount == (try øre(try SeedText.amount(word))), "\(name) \(period)")
                checked += 1
            }
        }
        #expect(checked == 16 * 3 + 1)  // the pool's figures for 2023 regnskab and 2024 stand on lines of their own
        let pool = try #require(sheet.rows.last)
        #expect(pool.cells[try #require(sheet.column(.budget(period: "Regnskab 2023", side: .expenses)))].amount == (try øre(try SeedText.amount(try SeedText.line(Self.seed, 56).trimmingSpaces))))
        #expect(pool.cells[try #require(sheet.column(.budget(period: "Budget 2024", side: .expenses)))].amount == (try øre(try SeedText.amount(try SeedText.line(Self.seed, 58).trimmingSpaces))))
    }

    @Test func theTotalsAreThePrintedOnesButOneAndTheResultsFollow() throws {
        let sheet = try #require(sheets["sundhedssekretariat-2024"])
        let totals = try numbers(line: 60)
        let computed = sheet.totals.map(\.amount)
        for index in totals.indices where index != 4 { #expect(computed[index] == (try øre(totals[index])), "total \(index)") }
        // The printed expenses of budget 2024 are 1 kr. short of their lines: the error the audit reports.
        #expect(computed[4] == (try øre(totals[4])) + 100)
        let printedResults = try numbers(line: 62)
        let results = sheet.notes.compactMap { if case .budgetResult(_, _, _, let result) = $0 { result } else { nil } }
        #expect(results[0] == (try øre(printedResults[0])))
        #expect(results[1] == 57_148_947)  // 571.489,47 kr., printed rounded to 571.490 kr.
        #expect(try øre(printedResults[1]) == 57_149_000)
        #expect(results[2] == (try øre(printedResults[2])) - 100)
    }
}

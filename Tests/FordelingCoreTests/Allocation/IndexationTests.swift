import Testing
@testable import FordelingCore

/// Amounts carried to the sheet's year by PL rates: exact products, one half-up rounding at the end.
@Suite struct IndexationTests {
    let context: AllocationContext

    /// PL rates typed for the tests: 2021/2022 2,3 % and 2022/2023 4,1 % (final), 2023/2024 4,8 % (expected).
    static func table() -> PriceIndex {
        let rate = { (from: Int, percent: String, status: PriceIndex.Status) in
            PriceIndex.Rate(fromYear: from, percent: TestModel.decimal(percent), status: status, source: "test", location: nil)
        }
        return PriceIndex(id: "pl", source: "test", file: "pl.csv", rates: [rate(2021, "2.3", .final), rate(2022, "4.1", .final), rate(2023, "4.8", .expected)])
    }

    init() throws {
        let register = try TestModel.register()
        var context = AllocationContext(register: register, registerFiles: ["register.csv"],
                                        keys: ["pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register)])
        context.indices["pl"] = Self.table()
        self.context = context
    }

    private func definition(_ rule: Rule, priceLevel: Int, year: Int = 2024) throws -> Definition {
        try TestModel.definition(rule: rule, year: year) { allocation, _ in
            allocation.indexation = Definition.Indexation(index: "pl", priceLevel: priceLevel)
        }
    }

    @Test func theCollectionOf2023IndexedBy4Point8PercentIs1771663Kroner() throws {
        let sheet = try SheetCalculator.calculate(try definition(.split(total: 169_051_825), priceLevel: 2023), in: context)
        #expect(sheet.reconciliation.total == 177_166_300)
        #expect(TestModel.amounts(sheet).reduce(0, +) == 177_166_300)
        let indexed = sheet.notes.compactMap { if case .indexed(let indexed) = $0 { indexed } else { nil } }.first
        #expect(indexed?.factor == Fraction(numerator: 131, denominator: 125))  // 1,048
        #expect(indexed?.exact == Fraction.reduced(17_716_631_260, 100))  // 1.771.663,126 kr. in øre
        #expect(indexed?.rates.map(\.status) == [.expected])
    }

    @Test func threeYearsChainExactlyAndRoundOnceAtTheEnd() throws {
        // 100.013 kr. × 1,023 × 1,041 × 1,048 = 100.013 × 139.507.533 / 125.000.000 = 111.620,535… kr. → 111.621 kr.;
        // rounding after each year would give 102.313, 106.508 and then 111.620 kr.
        let sheet = try SheetCalculator.calculate(try definition(.split(total: 10_001_300), priceLevel: 2021), in: context)
        let indexed = try #require(sheet.notes.compactMap { if case .indexed(let indexed) = $0 { indexed } else { nil } }.first)
        #expect(indexed.factor == Fraction(numerator: 139_507_533, denominator: 125_000_000))
        #expect(indexed.exact == Fraction.reduced(10_001_300 * 139_507_533, 125_000_000))
        #expect(indexed.rounded == 11_162_100)
        #expect(sheet.reconciliation.total == 11_162_100)
    }

    @Test func aRateIsIndexedExactlyAndItsRowsRounded() throws {
        // 135 kr. per unit × 1,048 = 141,48 kr.: Greve's 5 units 707,40 kr. → 707 kr.
        let sheet = try SheetCalculator.calculate(try definition(.rate(perUnit: Fraction(13_500)), priceLevel: 2023), in: context)
        #expect(sheet.rule == .rate(perUnit: Fraction(14_148)))
        #expect(sheet.cell(party: "253", role: .amount)?.amount == 70_700)
    }

    @Test func aMissingRateIsALocatedError() throws {
        var definition = try definition(.split(total: 100), priceLevel: 2020)
        definition = try definition.changing(fields: [.index], at: SourceLocation(file: "d.txt", line: 9))
        #expect(throws: InputError(SourceLocation(file: "d.txt", line: 9), .noPriceIndexRate(from: 2020, table: "pl", file: "pl.csv"))) {
            try SheetCalculator.calculate(definition, in: context)
        }
    }

    @Test func aPriceLevelAfterTheYearIsRefused() throws {
        #expect(throws: InputError(SourceLocation(file: TestModel.file, line: 1), .priceLevelAfterYear(priceLevel: 2025, year: 2019))) {
            try TestModel.definition(rule: .split(total: 100)) { allocation, _ in allocation.indexation = Definition.Indexation(index: "pl", priceLevel: 2025) }
        }
    }

    @Test func theFinalRateReplacingTheExpectedOneChangesEachPartysShare() throws {
        // A user-typed final rate of 5,2 % for 2023/2024: 1.000.000 kr. in 2023 prices is 1.048.000 kr., then 1.052.000 kr.
        let base = try definition(.split(total: 100_000_000), priceLevel: 2023)
        let override = Scenario.Override(sheet: base.id, change: .indexRate(fromYear: 2023, percent: TestModel.decimal("5.2")),
                                         text: "test.index rate = 2023/2024: 5,2 %", location: nil)
        let scenario = Scenario(name: "endelig", title: "Endelig PL", notes: [], overrides: [override], location: nil)
        let baseline = try BatchCalculator.calculate([base], context: context)
        let compared = try ScenarioRun.compare(scenario, definitions: [base], context: context, baseline: baseline)
        let sheet = try #require(compared.first)
        #expect(sheet.total.baseline == 104_800_000 && sheet.total.scenario == 105_200_000)
        #expect(sheet.rows.map(\.change) == [120_000, 200_000, 80_000])  // Lejre 3/10, Greve 5/10, Køge 2/10 of 4.000 kr.
        let indexed = sheet.scenario.notes.compactMap { if case .indexed(let indexed) = $0 { indexed } else { nil } }.first
        #expect(indexed?.changedByScenario == "endelig" && indexed?.rates.first?.status == .final)
    }
}

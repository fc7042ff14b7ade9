import Testing
@testable import FordelingCore

/// Quotas of whole units within bounds, realised deviations, and fees by tier of a price list.
@Suite struct QuotaAndFeeTests {
    let context: AllocationContext

    init() throws {
        let register = try TestModel.register()
        var context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register),
            // Realised figures and counts of places, typed for the tests.
            "realised": try TestModel.key("realised", [("Lejre", 40), ("Greve", 45), ("Køge", 15)], register: register),
            "places": try TestModel.key("places", [("Lejre", 7), ("Greve", 8), ("Køge", 50)], register: register),
        ])
        context.priceLists["fees"] = PriceList(id: "fees", tierHeading: "Plads antal", columns: ["Tilsyn", "Skærpet"],
                                               tiers: [.init(lower: 0, upper: 7, label: "0 - 7"), .init(lower: 8, upper: 49, label: "8 - 49"),
                                                       .init(lower: 50, upper: nil, label: "50 +")],
                                               fees: [[3_493_900, 349_400], [4_192_700, nil], [10_481_800, 1_048_200]],
                                               source: "test", vintage: "2021", file: "fees.csv")
        self.context = context
    }

    private func quota(_ total: Int128, _ change: (inout Definition.QuotaBounds) -> Void) throws -> Definition {
        try TestModel.definition(rule: .split(total: total)) { allocation, _ in
            allocation.measure = .quantity(name: "forløb", decimals: 0)
            change(&allocation.bounds)
        }
    }

    @Test func aDeviationInPercentagePointsBoundsEachPartyAroundItsShare() throws {
        // 100 forløb by 3:5:2 within 2 percentage points: Lejre 28 to 32, Greve 48 to 52, Køge 18 to 22.
        let sheet = try SheetCalculator.calculate(try quota(100) { $0.deviation = Fraction.reduced(2, 100) }, in: context)
        #expect(TestModel.amounts(sheet) == [30, 50, 20])
        #expect(sheet.rows.map { $0.cells[sheet.column(.minimum) ?? 0].amount } == [28, 48, 18])
        #expect(sheet.rows.map { $0.cells[sheet.column(.maximum) ?? 0].amount } == [32, 52, 22])
    }

    @Test func aBindingMaximumHoldsThePartyAndTheOthersShareTheRest() throws {
        let sheet = try SheetCalculator.calculate(try quota(100) {
            $0.maximums = [Definition.Pledge(party: "Greve", amount: .fixed(40), location: nil)]
        }, in: context)
        #expect(TestModel.amounts(sheet) == [36, 40, 24])  // 60 by 3:2
        #expect(sheet.derivations.map(\.bound) == [.apportioned(try #require(sheet.derivations[0].apportionment)), .atMaximum,
                                                  .apportioned(try #require(sheet.derivations[2].apportionment))])
        #expect(sheet.derivations[0].exactAmount == Fraction(36))
    }

    @Test func boundsThatNoSplitMeetsAreALocatedError() throws {
        let definition = try quota(100) {
            $0.minimums = [Definition.Pledge(party: "Greve", amount: .fixed(60), location: nil), Definition.Pledge(party: "Lejre", amount: .fixed(50), location: nil)]
        }
        #expect(throws: InputError(SourceLocation(file: TestModel.file, line: 1),
                                   .infeasibleBounds(.minimumsExceedTotal(sum: 110), party: nil, total: 100, measure: .quantity(name: "forløb", decimals: 0)))) {
            try SheetCalculator.calculate(definition, in: context)
        }
    }

    @Test func realisedFiguresShowEachDeviationInPercentagePointsAndFlagThoseBeyondIt() throws {
        // Realised 40:45:15 against 30:50:20: +10, −5 and −5 percentage points; beyond 5 only Lejre.
        let sheet = try SheetCalculator.calculate(try quota(100) {
            $0.deviation = Fraction.reduced(5, 100)
            $0.realised = .table(id: "realised", column: nil)
        }, in: context)
        let deviations = sheet.rows.map { $0.cells[sheet.column(.deviation) ?? 0] }
        #expect(deviations == [.percent(Fraction.reduced(1, 10), decimals: 2), .percent(Fraction.reduced(-1, 20), decimals: 2),
                               .percent(Fraction.reduced(-1, 20), decimals: 2)])
        #expect(sheet.rows.map { $0.cells[sheet.column(.beyondDeviation) ?? 0] } == [.flag(true), .flag(false), .flag(false)])
    }

    @Test func boundsAreForAReconciledSplitWithoutPledges() {
        #expect(throws: InputError.self) {
            try TestModel.definition(rule: .rate(perUnit: Fraction(1))) { allocation, _ in allocation.bounds.deviation = Fraction.reduced(2, 100) }
        }
        #expect(throws: InputError.self) {
            try TestModel.definition(rule: .split(total: 100)) { allocation, _ in
                allocation.bounds.deviation = Fraction.reduced(2, 100)
                allocation.pledges = [Definition.Pledge(party: "Greve", amount: .fixed(10), location: nil)]
            }
        }
    }

    @Test func eachPartyPaysTheFeeOfTheTierItsCountFallsIn() throws {
        let definition = try TestModel.definition(rule: .fee(list: "fees", column: "Tilsyn"), key: "places")
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [3_493_900, 4_192_700, 10_481_800])
        #expect(sheet.rows.map { $0.cells[sheet.column(.priceTier) ?? 0] } == [.tier("0 - 7"), .tier("8 - 49"), .tier("50 +")])
        #expect(sheet.reconciliation.total == 18_168_400)
    }

    @Test func aFeeTheListDoesNotHaveIsALocatedError() throws {
        let definition = try TestModel.definition(rule: .fee(list: "fees", column: "Skærpet"), key: "places")
        #expect(throws: InputError(SourceLocation(file: "places.csv", line: 3).with(field: "column 'places'"),
                                   .noFeeInTier(party: "Greve", tier: "8 - 49", column: "Skærpet"))) {
            try SheetCalculator.calculate(definition, in: context)
        }
    }

    @Test func tiersMustFollowEachOther() {
        let tiers: [PriceList.Tier] = [.init(lower: 0, upper: 7, label: "0 - 7"), .init(lower: 9, upper: 20, label: "9 - 20"),
                                       .init(lower: 15, upper: nil, label: "15 +"), .init(lower: 30, upper: 40, label: "30 - 40")]
        #expect(PriceList.problems(tiers).map(\.problem) == [.notContiguous(expected: 8), .notContiguous(expected: 21), .openBeforeLast])
    }
}

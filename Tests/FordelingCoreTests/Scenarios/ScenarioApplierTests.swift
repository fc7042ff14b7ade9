import Testing
@testable import FordelingCore
import FordelingFormats

/// Every kind of override, applied to copies: the baseline definitions and keys stay as they were.
@Suite struct ScenarioApplierTests {
    let definitions: [Definition]
    let context: AllocationContext
    let baseline: [Sheet]

    init() throws {
        let register = try TestModel.register()
        var context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register),
            "other": try TestModel.key("other", [("Lejre", 1), ("Greve", 1), ("Køge", 2)], register: register),
            "tier": try TestModel.textKey("tier", [("Stort selskab", "stor"), ("Lille selskab", "lille")], register: register),
        ])
        let split = try TestModel.definition("split", rule: .split(total: 100_000)) { allocation, _ in  // 1.000 kr.
            allocation.pledges = [Definition.Pledge(party: "Greve", amount: .fixed(50_000), location: nil)]
        }
        let tiers = try TestModel.definition("tiers", parties: .items([.named("Stort selskab"), .named("Lille selskab")]),
                                             rule: .rate(perUnit: Fraction(30_000)), key: "tier") { allocation, _ in  // 300 kr. per stor
            allocation.tiers = [("stor", Fraction(1)), ("lille", Fraction(numerator: 1, denominator: 3))]
        }
        let national = try TestModel.definition("national", rule: .shareOfNational(national: 1_000_000), key: "pop")
        let sum = try TestModel.definition("sum", rule: .sum(components: [ColumnReference(sheet: "split")]), key: nil)
        definitions = [split, tiers, national, sum]
        baseline = try BatchCalculator.calculate(definitions, context: context)
        context.sheets = [:]
        self.context = context
    }

    private func run(_ changes: [(String, Scenario.Override.Change)]) throws -> [String: ScenarioSheet] {
        let scenario = Scenario(name: "s", title: "S", notes: [],
                                overrides: changes.map { Scenario.Override(sheet: $0.0, change: $0.1, text: "", location: SourceLocation(file: "s.txt", line: 1)) },
                                location: nil)
        let sheets = try ScenarioRun.compare(scenario, definitions: definitions, context: context, baseline: baseline)
        return Dictionary(uniqueKeysWithValues: sheets.map { ($0.scenario.id, $0) })
    }

    private func amounts(_ sheet: ScenarioSheet?) -> [Int128] { sheet?.rows.map(\.scenario) ?? [] }

    @Test func totalsChangeByPercentageByAmountOrToANewValue() throws {
        // 1.000 kr., Greve pledges 500; Lejre and Køge share the rest 3:2.
        #expect(amounts(try run([("split", .amount(field: .total, .percent(Fraction(10))))])["split"]) == [36_000, 50_000, 24_000])
        #expect(amounts(try run([("split", .amount(field: .total, .delta(DecimalValue(units: -500))))])["split"]) == [0, 50_000, 0])
        let absolute = try run([("split", .amount(field: .total, .absolute(DecimalValue(units: 2_000))))])
        #expect(amounts(absolute["split"]) == [90_000, 50_000, 60_000])
        #expect(absolute["split"]?.rows.map(\.change) == [60_000, 0, 40_000])
        #expect(absolute["split"]?.rows.first?.changePercent == DecimalValue(units: 20_000, scale: 2))
        // The sum follows the sheet it adds.
        #expect(absolute["sum"]?.total.change == 100_000)
    }

    @Test func theSameValuesAsTheBaselineChangeNothing() throws {
        let same = try run([("split", .amount(field: .total, .absolute(DecimalValue(units: 1_000)))),
                            ("national", .amount(field: .national, .absolute(DecimalValue(units: 10_000)))),
                            ("tiers", .amount(field: .rate, .absolute(DecimalValue(units: 300))))])
        #expect(same.count == 4)
        for sheet in same.values {
            #expect(sheet.rows.allSatisfy { $0.change == 0 } && sheet.total.change == 0, "\(sheet.scenario.id)")
        }
    }

    @Test func ratesNationalAmountsAndKeysCanChange() throws {
        #expect(amounts(try run([("tiers", .amount(field: .rate, .absolute(DecimalValue(units: 600))))])["tiers"]) == [60_000, 20_000])
        #expect(amounts(try run([("national", .amount(field: .national, .percent(Fraction(-50))))])["national"]) == [15_000, 25_000, 10_000])
        // The rest 500 kr. split 1:2 by "other" (Lejre 1, Køge 2) instead of 3:2.
        #expect(amounts(try run([("split", .key(KeyReference("other")))])["split"]) == [16_700, 50_000, 33_300])
        #expect(amounts(try run([("split", .key(.equal))])["split"]) == [25_000, 50_000, 25_000])
    }

    @Test func pledgesTiersAndMembershipCanChange() throws {
        #expect(amounts(try run([("split", .pledge(party: "Greve", .amount(DecimalValue(units: 600))))])["split"]) == [24_000, 60_000, 16_000])
        #expect(amounts(try run([("split", .pledge(party: "Greve", nil))])["split"]) == [30_000, 50_000, 20_000])
        #expect(amounts(try run([("tiers", .tier(party: "Lille selskab", tier: "stor"))])["tiers"]) == [30_000, 30_000])
        let left = try run([("split", .leave(party: "Køge"))])["split"]
        #expect(left?.rows.map(\.party?.name) == ["Lejre", "Greve", "Køge"])
        #expect(amounts(left) == [50_000, 50_000, 0])
        let joined = try run([("tiers", .join(party: "Regionen")), ("tiers", .tier(party: "Regionen", tier: "lille"))])["tiers"]
        #expect(joined?.rows.map(\.party?.name) == ["Stort selskab", "Lille selskab", "Regionen"])
        #expect(amounts(joined) == [30_000, 10_000, 10_000])
        #expect(baseline.first { $0.id == "tiers" }?.rows.count == 2)  // the baseline is untouched
    }

    /// The percentage is of the baseline's size: −200 to −220 is 10 % more.
    @Test func aChangeOfANegativeBaselineHasAPercentage() throws {
        #expect(try ScenarioSheet.Row(party: Party(name: "x"), baseline: -20_000, scenario: -22_000).changePercent == DecimalValue(units: 1_000, scale: 2))
        #expect(try ScenarioSheet.Row(party: Party(name: "x"), baseline: Int128.min, scenario: -1).changePercent == nil)
        #expect(throws: OverflowError.self) { try ScenarioSheet.Row(party: Party(name: "x"), baseline: Int128.min, scenario: 1) }
    }

    @Test func invalidOverridesAreLocatedErrorsThatListTheValidChoices() throws {
        let unknown = try #require(throws: InputError.self) { try run([("nope", .leave(party: "Greve"))]) }
        #expect(ErrorWording(unknown).problem == "no definition 'nope'" && ErrorWording(unknown).fix == "Use one of: split, tiers, national, sum.")
        let wrongField = try #require(throws: InputError.self) { try run([("split", .amount(field: .rate, .percent(Fraction(1))))]) }
        #expect(ErrorWording(wrongField).problem == "rule 'split' has no 'rate'")
        #expect(ErrorWording(wrongField).fix.hasPrefix("Its amount field is 'total'"))
        #expect(wrongField.location == SourceLocation(file: "s.txt", line: 1))
        let badTier = try #require(throws: InputError.self) { try run([("tiers", .tier(party: "Lille selskab", tier: "mellem"))]) }
        #expect(ErrorWording(badTier).fix == "Use one of: stor, lille.")
        #expect(throws: InputError.self) { try run([("sum", .key(.equal))]) }
    }
}

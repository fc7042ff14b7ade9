import Testing
@testable import FordelingCore
import FordelingFormats

@Suite struct SheetCalculatorTests {
    let register: Register
    let context: AllocationContext

    init() throws {
        register = try TestModel.register()
        let pop = try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2), ("København", 100)], register: register)
        let dut = try TestModel.key("dut", [("Greve", TestModel.decimal("0.825")), ("Køge", TestModel.decimal("1.08")), ("Lejre", TestModel.decimal("0.438"))], register: register)
        let before = try TestModel.key("before", [("Greve", 1), ("Køge", 2), ("Lejre", 3)], register: register)
        context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: ["pop": pop, "dut": dut, "before": before])
    }

    @Test func splitsATotalByKeyInKeyOrder() throws {
        let definition = try TestModel.definition(rule: .split(total: 700))  // 7 kr.
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.rows.map(\.party.name) == ["Lejre", "Greve", "Køge"])  // the key's order, København not in KKR
        #expect(TestModel.amounts(sheet) == [200, 400, 100])  // 2,1 / 3,5 / 1,4 kr. → 2 / 4 / 1
        #expect(sheet.reconciliation.isReconciled)
        #expect(sheet.reconciliation.total == 700)
    }

    @Test func publishedModeRoundsEachRowAndMayNotReconcile() throws {
        // 10 kr. over three equal weights: 3,33… each, half-up → 3 each, 9 kr. in all.
        let key = try TestModel.key("equal", [("Greve", 1), ("Køge", 1), ("Lejre", 1)], register: register)
        var context = context
        context.keys["equal"] = key
        let definition = try TestModel.definition(rule: .split(total: 1000), key: "equal") { allocation, _ in allocation.mode = .published }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [300, 300, 300])
        #expect(!sheet.reconciliation.isReconciled)
        #expect(sheet.reconciliation.difference == -100)
    }

    @Test func nationalShareIsThePercentOfTheNationalAmount() throws {
        let definition = try TestModel.definition(rule: .shareOfNational(national: 2_500_000_000), key: "dut")  // 25 mio. kr.
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [20_625_000, 27_000_000, 10_950_000])
        #expect(sheet.reconciliation.basis == .sumOfRows)
        #expect(sheet.reconciliation.total == 58_575_000)
    }

    @Test func rateTimesKeyRoundsEachRowAndShowsTheRoundingDifference() throws {
        // 0,335 kr. per unit: 3 × 33,5 øre = 100,5 → 1 kr. (unit kr) after half-up of 1,005; sums differ from exact.
        let definition = try TestModel.definition(rule: .rate(perUnit: Fraction(numerator: 335, denominator: 10))) { allocation, _ in
            allocation.measure = .money(.øre)
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [101, 168, 67])  // 100,5 → 101; 167,5 → 168; 67
        #expect(sheet.reconciliation.total == 336)
        #expect(sheet.reconciliation.exactTotal == Fraction(numerator: 335, denominator: 1))
        #expect(try sheet.reconciliation.roundingDifference == Fraction(1))
    }

    @Test func compareAddsPreviousAndDifference() throws {
        let definition = try TestModel.definition(rule: .split(total: 1000)) { _, extras in extras.compare = KeyReference("before") }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.columns.map(\.role) == [.previous, .amount, .difference])
        #expect(sheet.cell(party: "350", role: .difference)?.amount == Int128(300 - 300))
        #expect(sheet.cell(party: "253", role: .difference)?.amount == Int128(500 - 100))
        #expect(sheet.totals.last?.amount == Int128(1000 - 600))
    }

    @Test func sumAddsColumnsOfOtherSheetsAndDividesPerUnit() throws {
        var context = context
        let first = try TestModel.definition("a", rule: .split(total: 1000)) { _, extras in extras.compare = KeyReference("before") }
        context.sheets["a"] = try SheetCalculator.calculate(first, in: context)
        context.sheets["b"] = try SheetCalculator.calculate(try TestModel.definition("b", rule: .split(total: 2000)), in: context)
        var sum = try TestModel.definition("s", rule: .sum(components: [ColumnReference(sheet: "a", role: .difference), ColumnReference(sheet: "b")]),
                                           key: nil) { _, extras in extras.per = KeyReference("pop") }
        sum.perDecimals = 1
        let sheet = try SheetCalculator.calculate(sum, in: context)
        // Lejre: forskel 0 + 600; Greve: 400 + 1000; Køge: 200 − 200 + 400.
        #expect(TestModel.amounts(sheet) == [600, 1400, 400])
        #expect(sheet.reconciliation.isReconciled)
        #expect(sheet.reconciliation.total == 2400)
        #expect(sheet.cell(party: "253", role: .perUnit(KeyReference("pop")))?.shown == DecimalValue(units: 28, scale: 1))  // 14 kr / 5
    }

    @Test func partyMissingFromTheKeyIsALocatedError() throws {
        let definition = try TestModel.definition(parties: .items([.named("Greve"), .named("Høje Tåstrup")]), rule: .split(total: 100), key: "dut")
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
        #expect(error.location?.line == 5)
        #expect(ErrorWording(error).problem == "Høje-Taastrup is a party of 'test' but not in key 'dut'")
    }

    @Test func zeroKeyTotalIsAnError() throws {
        var context = context
        context.keys["zero"] = try TestModel.key("zero", [("Greve", 0), ("Køge", 0), ("Lejre", 0)], register: register)
        let error = try #require(throws: InputError.self) {
            try SheetCalculator.calculate(try TestModel.definition(rule: .split(total: 100), key: "zero"), in: context)
        }
        #expect(ErrorWording(error).problem.contains("sums to zero"))
    }

    @Test func negativeKeyValueIsAnErrorAtItsRow() throws {
        var context = context
        context.keys["neg"] = try TestModel.key("neg", [("Greve", 4), ("Køge", -1), ("Lejre", 3)], register: register)
        let error = try #require(throws: InputError.self) {
            try SheetCalculator.calculate(try TestModel.definition(rule: .split(total: 100), key: "neg"), in: context)
        }
        #expect(error.location == SourceLocation(file: "neg.csv", line: 3, field: "column 'neg'"))
        #expect(ErrorWording(error).problem == "the key value of Køge is negative (-1)")
        #expect(ErrorWording(error).problem.contains("negative"))
    }

    @Test func partyListedTwiceIsAnError() throws {
        let definition = try TestModel.definition(parties: .items([.named("Greve"), .named("greve")]), rule: .split(total: 100))
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
        #expect(ErrorWording(error).problem == "Greve is listed twice")
    }

    /// "To kommuner" stands for Greve and Køge: naming Greve beside it would count Greve twice.
    @Test func aMunicipalityCountedTwiceThroughAGroupIsAnError() throws {
        let definition = try TestModel.definition(parties: .items([.named("To kommuner"), .named("Lejre"), .named("Greve")]), rule: .split(total: 100))
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
        #expect(ErrorWording(error).problem == "Greve is counted twice, as a member of To kommuner and by itself")
    }

    /// A pledged party's per-unit figure is its amount over its own key value, like every other row's.
    @Test func aPerUnitColumnHasACellForAPledgedParty() throws {
        // 10 kr.: Greve (5) pledges 4 kr.; Lejre (3) and Køge (2) share 6 kr. as 3,6 / 2,4 → 4 / 2 kr.
        let definition = try TestModel.definition(rule: .split(total: 1_000)) { allocation, extras in
            allocation.pledges = [Definition.Pledge(party: "Greve", amount: .fixed(400), location: nil)]
            extras.per = KeyReference("pop")
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.rows.map { $0.cells.last?.shown } == [TestModel.decimal("1.3"), TestModel.decimal("0.8"), TestModel.decimal("1.0")])
        #expect(sheet.totals.last?.shown == TestModel.decimal("1.0"))
    }

    @Test func unknownMunicipalitySuggestsTheClosestName() throws {
        let error = try #require(throws: InputError.self) { try TestModel.key("bad", [("Grve", 1)], register: register) }
        #expect(ErrorWording(error).problem == "unknown municipality or organisation 'Grve'")
        #expect(ErrorWording(error).fix.contains("Did you mean 'Greve'?"))
    }

    @Test func overflowingAmountsAreLocatedErrors() throws {
        var context = context
        context.keys["big"] = try TestModel.key("big", [("Greve", 1000), ("Køge", 1000), ("Lejre", 1000)], register: register)
        let definition = try TestModel.definition(rule: .split(total: Int128.max / 1000 * 100), key: "big")
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
        #expect(ErrorWording(error).problem.contains("too large to compute exactly"))
        #expect(error.location?.line == 5)
    }

    @Test func splitTotalMustBeWholeUnits() throws {
        let definition = try TestModel.definition(rule: .split(total: 150))
        #expect(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
    }
}

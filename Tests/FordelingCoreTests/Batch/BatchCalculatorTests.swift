import Testing
@testable import FordelingCore
import FordelingFormats

@Suite struct BatchCalculatorTests {
    let context: AllocationContext

    init() throws {
        let register = try TestModel.register()
        context = AllocationContext(register: register, registerFiles: ["register.csv"],
                                    keys: ["pop": try TestModel.key("pop", [("Greve", 1), ("Køge", 1), ("Lejre", 2)], register: register)])
    }

    @Test func computesSumsAfterTheSheetsTheyAdd() throws {
        let sum = try TestModel.definition("s", rule: .sum(components: [ColumnReference(sheet: "a")]), key: nil)
        let sheets = try BatchCalculator.calculate([sum, try TestModel.definition("a", rule: .split(total: 400))], context: context)
        #expect(sheets.map(\.id) == ["s", "a"])
        #expect(TestModel.amounts(sheets[0]) == TestModel.amounts(sheets[1]))
    }

    @Test func aCycleIsNamed() throws {
        let a = try TestModel.definition("a", rule: .sum(components: [ColumnReference(sheet: "b")]), key: nil)
        let b = try TestModel.definition("b", rule: .sum(components: [ColumnReference(sheet: "a")]), key: nil)
        let error = try #require(throws: InputError.self) { try BatchCalculator.calculate([a, b], context: context) }
        #expect(ErrorWording(error).problem == "'a' depends on itself: a → b → a")
    }

    @Test func duplicateIDsAreErrors() throws {
        let a = try TestModel.definition("a", rule: .split(total: 100))
        let error = try #require(throws: InputError.self) { try BatchCalculator.calculate([a, a], context: context) }
        #expect(ErrorWording(error).problem.contains("used twice"))
    }

    @Test func onlyComputesTheSheetAndItsDependencies() throws {
        let sum = try TestModel.definition("s", rule: .sum(components: [ColumnReference(sheet: "a")]), key: nil)
        let other = try TestModel.definition("other", rule: .split(total: 100))
        let sheets = try BatchCalculator.calculate([other, sum, try TestModel.definition("a", rule: .split(total: 400))],
                                                   context: context, only: "s")
        #expect(sheets.map(\.id) == ["s", "a"])
    }
}

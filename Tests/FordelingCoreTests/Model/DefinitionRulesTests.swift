import Testing
@testable import FordelingCore

typealias Location = FordelingCore.SourceLocation

/// A definition is checked when it is made, whoever makes it: a reader, a program, or a scenario that changes one.
@Suite struct DefinitionRulesTests {
    static let header = Location(file: "d.txt", line: 1)
    static func line(_ field: Definition.Field, _ number: Int) -> (Definition.Field, Location) {
        (field, Location(file: "d.txt", line: number))
    }
    static let locations = Dictionary(uniqueKeysWithValues: [line(.id, 1), line(.key, 2), line(.divisor, 3), line(.mode, 4), line(.price, 5),
                                                             line(.tiers, 6), line(.add, 7), line(.match, 8), line(.inKindExempt, 9)])

    private func problem(_ allocation: Definition.Allocation, extras: Definition.Extras = Definition.Extras()) -> InputError? {
        do {
            _ = try Definition(id: "d", title: "D", year: 2024, membership: .init(.items([.named("Greve")])), allocation: allocation,
                               extras: extras, locations: Self.locations)
            return nil
        } catch {
            return error
        }
    }

    private func at(_ line: Int, _ problem: InputProblem) -> InputError {
        InputError(Location(file: "d.txt", line: line), problem)
    }

    @Test func aKeyIsForEveryRuleButASum() {
        let key = KeyReference("k")
        #expect(problem(.init(rule: .split(total: 100), key: nil)) == at(1, .missingField(definition: "d", field: .key)))
        #expect(problem(.init(rule: .sum(components: [ColumnReference(sheet: "a")]), key: key)) == at(2, .sumTakesNoKey))
        #expect(problem(.init(rule: .split(total: 100), key: key)) == nil)
    }

    @Test func aSumAddsSomethingAndEachColumnOnce() {
        #expect(problem(.init(rule: .sum(components: []), key: nil)) == at(1, .missingField(definition: "d", field: .add)))
        let twice = [ColumnReference(sheet: "a"), ColumnReference(sheet: "b"), ColumnReference(sheet: "a", role: .amount)]
        #expect(problem(.init(rule: .sum(components: twice), key: nil)) == at(7, .addedTwice(ColumnReference(sheet: "a"))))
    }

    @Test func aSumTakesNoFieldOfTheSheetsItAdds() {
        let sum = Definition.Allocation(rule: .sum(components: [ColumnReference(sheet: "a")]), key: nil)
        #expect(problem(sum, extras: .init(match: 100)) == at(8, .notForSum(.match)))
        #expect(problem(sum, extras: .init(inKindExempt: ["Greve"])) == at(9, .notForSum(.inKindExempt)))
        var pledged = sum
        pledged.pledges = [Definition.Pledge(party: "Greve", amount: .fixed(5), location: Location(file: "d.txt", line: 12))]
        #expect(problem(pledged) == at(12, .notForSum(.pledges)))
    }

    @Test func aDivisorReproducesAPublishedSplit() {
        let key = KeyReference("k")
        #expect(problem(.init(rule: .split(total: 100), key: key, divisor: DecimalValue(units: 5))) == at(3, .divisorWithoutPublishedMode))
        #expect(problem(.init(rule: .split(total: 100), key: key, mode: .published, divisor: .zero)) == at(3, .divisorNotPositive(.zero)))
        #expect(problem(.init(rule: .rate(perUnit: Fraction(1)), key: key, mode: .published)) == at(4, .publishedModeOnlyForSplit(.rate)))
    }

    @Test func tiersPricesAndPledgesFollowTheirRules() {
        let key = KeyReference("k")
        #expect(problem(.init(rule: .split(total: 100), key: key, tiers: [("stor", Fraction(1)), ("Stor", Fraction(2))])) == at(6, .tierTwice("Stor")))
        #expect(problem(.init(rule: .split(total: 100), key: key), extras: .init(price: 100)) == at(5, .priceOnMoney))
        let negative = Definition.Pledge(party: "Greve", amount: .percent(Fraction(-5)), location: nil)
        #expect(problem(.init(rule: .split(total: 100), key: key, pledges: [negative])) == at(1, .negativePercentagePledge(party: "Greve")))
    }

    @Test func fieldsThatMakeOneValueTogether() throws {
        let locations = Dictionary(uniqueKeysWithValues: [Self.line(.id, 1), Self.line(.unit, 2), Self.line(.decimals, 3), Self.line(.total, 4),
                                                          Self.line(.rate, 6), Self.line(.hours, 7)])
        #expect(throws: InputError(locations[.unit], .quantityWithUnit)) {
            try Definition.measure(unit: .krone, quantity: "årsværk", decimals: nil, locations: locations)
        }
        #expect(throws: InputError(locations[.decimals], .decimalsWithoutQuantity)) {
            try Definition.measure(unit: nil, quantity: nil, decimals: 2, locations: locations)
        }
        #expect(try Definition.measure(unit: nil, quantity: "årsværk", decimals: nil, locations: locations) == .quantity(name: "årsværk", decimals: 2))
        #expect(throws: InputError(locations[.rate], .severalAmountFields([.total, .rate]))) {
            try Definition.amountField(of: .split, given: [.total, .rate], definition: "d", locations: locations)
        }
        #expect(throws: InputError(locations[.rate], .ruleTakesNoField(.split, .rate))) {
            try Definition.amountField(of: .split, given: [.rate], definition: "d", locations: locations)
        }
        #expect(throws: InputError(locations[.id], .missingField(definition: "d", field: .national))) {
            try Definition.amountField(of: .shareOfNational, given: [], definition: "d", locations: locations)
        }
        #expect(throws: InputError(locations[.hours], .hoursWithoutHourlyRate)) {
            try Definition.inKind(hours: DecimalValue(units: 50), hourlyRate: nil, share: nil, locations: locations)
        }
        #expect(throws: InputError(locations[.hours], .inKindBothWays)) {
            try Definition.inKind(hours: DecimalValue(units: 50), hourlyRate: nil, share: Fraction(1), locations: locations)
        }
    }

    /// A scenario changes a definition through the same check, and the problem names the scenario's line.
    @Test func aScenarioCannotMakeAnInvalidDefinition() throws {
        let register = try TestModel.register()
        let context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [:])
        let sum = try TestModel.definition("sum", rule: .sum(components: [ColumnReference(sheet: "a")]), key: nil)
        let line = Location(file: "s.txt", line: 3)
        let scenario = Scenario(name: "s", title: "S", notes: [], overrides: [
            Scenario.Override(sheet: "sum", change: .pledge(party: "Greve", .amount(DecimalValue(units: 5))), text: "sum.pledge = Greve: 5", location: line),
        ], location: Location(file: "s.txt", line: 1))
        #expect(throws: InputError(line, .notForSum(.pledges))) { try ScenarioApplier(definitions: [sum], context: context).apply(scenario) }
    }
}

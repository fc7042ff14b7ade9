import Testing
@testable import FordelingCore

/// Contributions in kind, quantities with a price, 1:1 matching and published divisors.
@Suite struct InKindAndQuantityTests {
    let context: AllocationContext

    init() throws {
        let register = try TestModel.register()
        context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register),
        ])
    }

    @Test func hoursPerOrganisationAtAnHourlyRateCountGroupMembers() throws {
        // 50 h × 430 kr. = 21.500 kr. per organisation; "To kommuner" counts 2; Regionen is exempt.
        let definition = try TestModel.definition(parties: .items([.named("Stort selskab"), .named("To kommuner"), .named("Regionen")]),
                                                  rule: .split(total: 0), key: "equal") { _, extras in
            extras.inKind = .hours(perOrganisation: DecimalValue(units: 50), hourlyRate: 43_000)
            extras.inKindExempt = ["Regionen"]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.cell(party: "Stort selskab", role: .hours)?.shown == DecimalValue(units: 50))
        #expect(sheet.cell(party: "To kommuner", role: .hours)?.shown == DecimalValue(units: 100))
        #expect(sheet.cell(party: "To kommuner", role: .inKind)?.amount == 4_300_000)
        #expect(sheet.cell(party: "Regionen", role: .inKind)?.amount == 0)
        #expect(sheet.otherReconciliations.first?.reconciliation.total == 6_450_000)
    }

    @Test func inKindAsAShareOfTheExactCashAndFixedWhereGiven() throws {
        // 1 kr. over 3:5:2 in øre → 30, 50, 20; a third of the exact cash: 10, 16,67 → 17, 6,67 → 7; Køge fixed 99.
        let definition = try TestModel.definition(rule: .split(total: 100)) { allocation, extras in
            allocation.measure = .money(.øre)
            extras.inKind = .shareOfCash(Fraction(numerator: 1, denominator: 3))
            extras.inKindFixed = [Definition.Pledge(party: "Køge", amount: .fixed(99), location: nil)]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        let inKind = sheet.rows.map { sheet.cell(party: $0.party.id, role: .inKind)?.amount }
        #expect(inKind == [10, 17, 99])
        let other = try #require(sheet.otherReconciliations.first?.reconciliation)
        #expect(other.sumOfRows == 126)
        #expect(other.exactTotal == Fraction(numerator: 377, denominator: 3))  // 10 + 50/3 + 99
    }

    @Test func quantitiesSplitWithDecimalsAndAreValuedAtAPrice() throws {
        // 1,5 årsværk: Regionen 50 %, the rest 0,75 by 3:5:2 → 0,225 / 0,375 / 0,15; at 600.000 kr. per årsværk.
        let definition = try TestModel.definition(parties: .items([.named("Regionen"), .kkr("Sjælland")]), rule: .split(total: 1_500)) { allocation, extras in
            allocation.measure = .quantity(name: "årsværk", decimals: 3)
            allocation.pledges = [Definition.Pledge(party: "Regionen", amount: .percent(Fraction(50)), location: nil)]
            extras.price = 60_000_000
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [750, 225, 375, 150])
        #expect(sheet.cell(party: "253", role: .value)?.amount == 22_500_000)  // 0,375 × 600.000 kr.
        #expect(sheet.otherReconciliations.first?.reconciliation.total == 90_000_000)
    }

    @Test func matchingNotesWhatIsRequiredAndRaised() throws {
        let definition = try TestModel.definition(rule: .split(total: 100_000_000)) { _, extras in extras.match = 1_250_000_000 }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        let matching = sheet.notes.compactMap { note -> (Int128, Int128)? in
            if case .matching(let required, let raised) = note { return (required, raised) }
            return nil
        }
        #expect(matching.count == 1 && matching[0] == (1_250_000_000, 100_000_000))
    }

    @Test func aPublishedDivisorReproducesAPrintedSheet() throws {
        // 100 kr. by 3:5:2 with divisor 11 instead of 10: 27,27 → 27; 45,45 → 45; 18,18 → 18; 90 in all.
        let definition = try TestModel.definition(rule: .split(total: 10_000)) { allocation, _ in
            allocation.mode = .published
            allocation.divisor = DecimalValue(units: 11)
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [2_700, 4_500, 1_800])
        #expect(sheet.reconciliation.difference == -1_000)
        #expect(!sheet.reconciliation.isReconciled)
    }
}

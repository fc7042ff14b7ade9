import Testing
@testable import FordelingCore
import FordelingFormats

/// Fixed pledges, percentage pledges (nested splits), equal keys and tiers, on hand-checked small cases.
@Suite struct PledgeAndTierTests {
    let register: Register
    let context: AllocationContext

    init() throws {
        register = try TestModel.register()
        var context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register),
            "tier": try TestModel.textKey("tier", [("Stort selskab", "stor"), ("Lille selskab", "lille"), ("Regionen", "stor")], register: register),
        ])
        context.keys["bad-tier"] = try TestModel.textKey("bad-tier", [("Stort selskab", "kæmpe")], register: register)
        self.context = context
    }

    private func pledge(_ party: String, _ amount: Definition.Pledge.Amount) -> Definition.Pledge {
        Definition.Pledge(party: party, amount: amount, location: SourceLocation(file: TestModel.file, line: 9))
    }

    @Test func fixedPledgeAndTheRestByKey() throws {
        // 1.000 kr.: Greve pledges 500; Lejre and Køge share 500 by 3:2 → 300 and 200.
        let definition = try TestModel.definition(rule: .split(total: 100_000)) { allocation, _ in allocation.pledges = [pledge("Greve", .fixed(50_000))] }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.rows.map(\.party.name) == ["Lejre", "Greve", "Køge"])
        #expect(TestModel.amounts(sheet) == [30_000, 50_000, 20_000])
        #expect(sheet.cell(party: "253", role: .fixedPledge)?.amount == 50_000)
        #expect(sheet.cell(party: "253", role: .keyedShare) == .empty)
        #expect(sheet.cell(party: "350", role: .keyedShare)?.amount == 30_000)
        #expect(sheet.reconciliation.isReconciled)
    }

    @Test func percentagePledgeNestsASplitByKey() throws {
        // 1.000 kr. split 50/50 between the region and the municipalities; the municipal 500 by 3:5:2.
        let definition = try TestModel.definition(parties: .items([.named("Regionen"), .kkr("Sjælland")]), rule: .split(total: 100_000)) { allocation, _ in
            allocation.pledges = [pledge("Regionen", .percent(Fraction(50)))]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [50_000, 15_000, 25_000, 10_000])
        #expect(!sheet.everyPartyIsAMunicipality)  // headed "Part"
    }

    @Test func percentagesForEveryPartyNeedNoKeyShare() throws {
        // 65 % / 35 % of 5.000 kr.
        let definition = try TestModel.definition(parties: .items([.named("Regionen"), .named("To kommuner")]), rule: .split(total: 500_000),
                                                  key: "equal") { allocation, _ in
            allocation.pledges = [pledge("Regionen", .percent(Fraction(65))), pledge("To kommuner", .percent(Fraction(35)))]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [325_000, 175_000])
        #expect(sheet.column(.keyedShare) == nil)
    }

    @Test func pledgesThatDoNotFitAreErrors() throws {
        let over = try TestModel.definition(rule: .split(total: 100_000)) { allocation, _ in allocation.pledges = [pledge("Greve", .fixed(150_000))] }
        #expect(throws: InputError.self) { try SheetCalculator.calculate(over, in: context) }
        let percent = try TestModel.definition(parties: .items([.named("Regionen"), .kkr("Sjælland")]), rule: .split(total: 100_000)) { allocation, _ in
            allocation.pledges = [pledge("Regionen", .percent(Fraction(120)))]
        }
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(percent, in: context) }
        #expect(ErrorWording(error).problem == "the percentage pledges add up to more than 100 %")
        let outsider = try TestModel.definition(rule: .split(total: 100_000)) { allocation, _ in allocation.pledges = [pledge("Regionen", .fixed(100))] }
        let notAParty = try #require(throws: InputError.self) { try SheetCalculator.calculate(outsider, in: context) }
        #expect(ErrorWording(notAParty).problem == "Regionen is not a party of 'test'")
        #expect(notAParty.location?.line == 9)
    }

    @Test func equalKeySplitsEvenlyByLargestRemainder() throws {
        let sheet = try SheetCalculator.calculate(try TestModel.definition(rule: .split(total: 1_000), key: "equal"), in: context)
        // 10 kr. over 3: 3,33… each; one leftover krone to the lowest kommunenummer (Greve 253). No key table,
        // so the KKR's members come in register order.
        #expect(sheet.rows.map(\.party.name) == ["Greve", "Køge", "Lejre"])
        #expect(TestModel.amounts(sheet) == [400, 300, 300])
    }

    @Test func tiersSplitATotalByWeight() throws {
        // 1 kr. in øre over stor (1), lille (1/3), stor (1): quotas 42,857…, 14,285…, 42,857… øre.
        let definition = try TestModel.definition(parties: .items([.named("Stort selskab"), .named("Lille selskab"), .named("Regionen")]),
                                                  rule: .split(total: 100), key: "tier") { allocation, _ in
            allocation.measure = .money(.øre)
            allocation.tiers = [("stor", Fraction(1)), ("lille", Fraction(numerator: 1, denominator: 3))]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [43, 14, 43])
        #expect(sheet.reconciliation.isReconciled)
    }

    @Test func tiersAtAUnitAmountEachRoundedToØre() throws {
        // 200.000 kr. per stor, a third for lille: 66.666,67.
        let definition = try TestModel.definition(parties: .items([.named("Stort selskab"), .named("Lille selskab")]),
                                                  rule: .rate(perUnit: Fraction(20_000_000)), key: "tier") { allocation, _ in
            allocation.measure = .money(.øre)
            allocation.tiers = [("stor", Fraction(1)), ("lille", Fraction(numerator: 1, denominator: 3))]
        }
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(TestModel.amounts(sheet) == [20_000_000, 6_666_667])
        #expect(sheet.reconciliation.total == 26_666_667)
        #expect(try sheet.reconciliation.roundingDifference == Fraction(numerator: 1, denominator: 3))
    }

    @Test func anUnknownTierIsALocatedError() throws {
        let definition = try TestModel.definition(parties: .items([.named("Stort selskab")]), rule: .split(total: 100), key: "bad-tier") { allocation, _ in
            allocation.tiers = [("stor", Fraction(1))]
        }
        let error = try #require(throws: InputError.self) { try SheetCalculator.calculate(definition, in: context) }
        #expect(error.location == SourceLocation(file: "bad-tier.csv", line: 2, field: "column 'Niveau'"))
        #expect(ErrorWording(error).fix == "Use a tier of the definition: stor, or a number.")
    }
}

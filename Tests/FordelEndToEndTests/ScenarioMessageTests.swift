import Foundation
import Testing

/// A scenario's mistakes are blamed on the `--set` argument or the scenario line that makes them, not on the
/// definition it changes.
@Suite struct ScenarioMessageTests {
    private func expectSetRejected(_ sets: [String], _ message: String) throws {
        try expectRunRejected("--set \(sets.last ?? ""): \(message)", arguments: ["run", "--scenario", "s"] + sets.flatMap { ["--set", $0] })
    }

    @Test func anUnknownKey() throws {
        try expectSetRejected(["erhvervshus-2019.key=nope"], "no key table 'nope'. Use one of: befolkning-2019, befolkning-hovedstaden-2024, bidrag-2018, dut-2019, ept4-niveauer; key tables are the CSV files in Inputs/keys/.")
    }

    @Test func aKeyThatLacksAParty() throws {
        try expectSetRejected(["erhvervshus-2019.key=befolkning-hovedstaden-2024"], "Greve is a party of 'erhvervshus-2019' but not in key 'befolkning-hovedstaden-2024'. Add a row for Greve to Inputs/keys/befolkning-hovedstaden-2024.csv, or exclude it from the definition.")
    }

    @Test func anUnknownPartyLeaves() throws {
        try expectSetRejected(["erhvervshus-2019.leave=Atlantis"], "unknown municipality or organisation 'Atlantis'. Use a name, spelling or kommunenummer listed in Inputs/registers/kommuner.csv or Inputs/registers/organisationer.csv, or add it there.")
    }

    @Test func aPartyLeavesTwice() throws {
        try expectSetRejected(["erhvervshus-2019.leave=Lejre", "erhvervshus-2019.leave=Lejre"], "Lejre is not a party of 'erhvervshus-2019' (it has left already), so it cannot leave. Remove this line.")
    }

    @Test func aPartyThatIsNotThereLeaves() throws {
        try expectSetRejected(["erhvervshus-2019.leave=København"], "København is not a party of 'erhvervshus-2019', so it cannot leave. Remove this line.")
    }

    @Test func aPartyThatIsThereJoins() throws {
        try expectSetRejected(["erhvervshus-2019.join=Greve"], "Greve is already a party of 'erhvervshus-2019'. Remove this line.")
    }

    @Test func aMunicipalityJoinsTheGroupItIsIn() throws {
        try expectSetRejected(["ept4-forslag.join=Greve"], "Greve is counted twice, as a member of 33 kommuner and by itself. Name each municipality once: a group such as 33 kommuner already counts its members.")
    }

    @Test func aPledgeWithoutAParty() throws {
        try expectSetRejected(["erhvervshus-2019.pledge=: 5 kr."], "expected 'party: amount', found ': 5 kr.'. Write e.g. 'erhvervshus-2019.pledge = Næstved: 500.000 kr.' or 'erhvervshus-2019.pledge = Region Hovedstaden: 50 %'.")
    }

    @Test func aPledgeOfAPartyOutsideTheSet() throws {
        try expectSetRejected(["erhvervshus-2019.pledge=København: 5 kr."], "København is not a party of 'erhvervshus-2019'. Add it to 'parties', or remove the line.")
    }

    @Test func aPledgeOfAnUnknownParty() throws {
        try expectSetRejected(["erhvervshus-2019.pledge=Atlantis: 5 kr."], "unknown municipality or organisation 'Atlantis'. Use a name, spelling or kommunenummer listed in Inputs/registers/kommuner.csv or Inputs/registers/organisationer.csv, or add it there.")
    }

    @Test func pledgesOverAHundredPercent() throws {
        try expectSetRejected(["telehjerter-2024.pledge=Region Hovedstaden: 150 %"], "the percentage pledges add up to more than 100 %. Check the percentages.")
    }

    @Test func aTierOnASheetWithoutTiers() throws {
        try expectSetRejected(["erhvervshus-2019.tier=Greve: stor"], "'erhvervshus-2019' has no tiers: its key holds numbers, not words such as 'stor' and 'lille'. Set a tier in a definition with 'tiers', such as ept4-forslag, or change the key's values instead.")
    }

    @Test func aTierOnASheetWithTheEqualKey() throws {
        try expectSetRejected(["ept4-forslag.key=equal", "ept4-forslag.tier=Selskab X: lille"], "'ept4-forslag' weighs every party the same (key 'equal'), so it has no tiers to set. Give it a key of tiers first, e.g. 'ept4-forslag.key = ept4-niveauer:Forslag'.")
    }

    @Test func aTierForAPartyOutsideTheSet() throws {
        try expectSetRejected(["ept4-forslag.tier=Greve: stor"], "Greve is not a party of 'ept4-forslag'. Add it with 'ept4-forslag.join = Greve', or give the tier to one of its parties.")
    }

    @Test func aTotalThatIsNotAWholeNumberOfTheUnit() throws {
        try expectSetRejected(["erhvervshus-2019.total=1.000,50"], "the new total 1.000,50 kr. is not a whole number of the sheet's unit (kr.). Set a total in whole kr., or change it by a percentage (e.g. +4,8 %), which the scenario rounds to the unit.")
    }

    /// A problem that shows in a line the override did not set is still the override's doing.
    @Test func aTotalBelowThePledges() throws {
        try expectSetRejected(["klynge-byggeri-anlaeg-2021.total=-1.000.000"], "with this change, Inputs/definitions/2021-klynge-byggeri-anlaeg.txt:11: field 'pledge': the fixed pledges (500000.00 kr.) do not fit in the total (0.00 kr.) in whole rounding units. Check the total and the pledged amounts.")
    }

    /// In a scenario file, the line of the override is named.
    @Test func aScenarioLineIsNamed() throws {
        try expectRunRejected("Inputs/scenarios/zz.txt:3: field 'set': no key table 'nope'. Use one of: befolkning-2019, befolkning-hovedstaden-2024, bidrag-2018, dut-2019, ept4-niveauer; key tables are the CSV files in Inputs/keys/.") {
            try $0.write("scenarios/zz.txt", "[zz]\ntitle = Z\nset = erhvervshus-2019.key = nope\n")
        }
    }

    /// A party that leaves pays nothing: its pledge goes with it, and the others share the whole total.
    @Test func aPledgedPartyLeavesWithItsPledge() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run", "--scenario", "s", "--set", "klynge-byggeri-anlaeg-2021.leave=Næstved",
                                        "--set", "ept4-tidligere.leave=33 kommuner"])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = String(decoding: try Data(contentsOf: workspace.outputs.appendingPathComponent("scenarios/s/klynge-byggeri-anlaeg-2021.csv")), as: UTF8.self)
        // Greve's share of 1.000.000 kr. over the 16 others' 753.752 inhabitants: 67.090 kr. (33.545 before).
        #expect(csv.contains("\r\nNæstved;370;500000;0;-500000;-100,00\r\n"))
        #expect(csv.contains("\r\nGreve;253;33545;67090;33545;100,00\r\n"))
    }
}

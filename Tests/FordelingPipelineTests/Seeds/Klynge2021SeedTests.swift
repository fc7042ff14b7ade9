import Testing
import FordelingCore
@testable import FordelingFormats

/// The construction cluster, ../shared/seeds/klynge-byggeri-anlaeg-2021.txt lines 54-60: Næstved pledges
/// 500.000 kr., the other 16 share 500.000 kr., and 12,5 mio. kr. must be matched 1:1.
@Suite struct Klynge2021SeedTests {
    @Test func næstvedPledgesAndTheOtherSixteenShareTheRest() throws {
        let sheet = try #require(try SeedBatch.sheets()["klynge-byggeri-anlaeg-2021"])
        let amounts = SeedBatch.amounts(sheet)
        #expect(amounts["Næstved"] == 50_000_000)
        let others = sheet.rows.filter { $0.party.name != "Næstved" }
        #expect(others.count == 16)
        #expect(others.map { amounts[$0.party.name] ?? 0 }.reduce(0, +) == 50_000_000)
        #expect(sheet.reconciliation.isReconciled && sheet.reconciliation.total == 100_000_000)
        let matching = SheetPresentation(sheet).matchingLines
        #expect(matching.map(\.value) == ["12.500.000 kr.", "12.500.000 kr.", "1.000.000 kr.", "11.500.000 kr."])
        #expect(matching.last?.label == "Mangler")
    }
}

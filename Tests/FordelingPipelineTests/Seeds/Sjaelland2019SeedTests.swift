import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The five approved 2019 KKR Sjælland sheets, computed from Inputs/ and compared row by row with the
/// figures printed in ../shared/seeds/kkr-sjaelland-2019-erhvervsfremme.txt.
@Suite struct Sjaelland2019SeedTests {
    static let headings = ["Bidrag til Erhvervshus Sjælland", "Digital erhvervsplatform", "Omprioritering til borgernær velfærd",
                           "Regionalt udviklingsbidrag", "Samlet omprioritering i KKR"]
    let sheets: [String: Sheet]
    let published: [String: PublishedSheet]

    init() throws {
        sheets = try SeedBatch.sheets()
        published = try PublishedSheet.sheets(in: RepositoryPaths.seed("kkr-sjaelland-2019-erhvervsfremme.txt"), headings: Self.headings)
    }

    /// Checks every printed row of `heading` (column `printedIndex` of its numbers) against `column` of sheet `id`.
    private func expectRows(_ id: String, column: ColumnRole, heading: String, printedIndex: Int, decimals: Bool = false) throws {
        let sheet = try #require(sheets[id])
        let rows = try #require(published[heading]).rows
        #expect(rows.count == 17, "17 municipalities printed under \(heading)")
        #expect(sheet.rows.count == 17)
        for row in rows {
            let party = try #require(sheet.rows.first { $0.party.name == row.party }?.party, "\(row.party) on \(id)")
            let printed = try DanishNumber.parse(row.numbers[printedIndex])
            let cell = sheet.cell(party: party.id, role: column)
            if decimals {
                #expect(cell?.shown == printed, "\(id) \(row.party)")
            } else {
                #expect(cell?.amount == (try #require(try printed.øre())), "\(id) \(row.party)")
            }
        }
    }

    @Test func contributionsToErhvervshusSjaelland() throws {
        try expectRows("erhvervshus-2019", column: .amount, heading: Self.headings[0], printedIndex: 4)
        try expectRows("erhvervshus-2019", column: .previous, heading: Self.headings[0], printedIndex: 3)
        try expectRows("erhvervshus-2019", column: .difference, heading: Self.headings[0], printedIndex: 5)
        let sheet = try #require(sheets["erhvervshus-2019"])
        #expect(sheet.reconciliation.total == 2_391_000_000)
        #expect(sheet.reconciliation.isReconciled)
        #expect(sheet.totals.last?.amount == 813_000_000)
    }

    @Test func digitalPlatformCut() throws {
        try expectRows("digital-erhvervsplatform-2019", column: .amount, heading: Self.headings[1], printedIndex: 3)
        #expect(sheets["digital-erhvervsplatform-2019"]?.reconciliation.total == 371_375_000)
    }

    @Test func welfareReprioritisation() throws {
        try expectRows("borgernaer-velfaerd-2019", column: .amount, heading: Self.headings[2], printedIndex: 3)
        #expect(sheets["borgernaer-velfaerd-2019"]?.reconciliation.total == 1_485_500_000)
    }

    @Test func regionalDevelopmentContribution() throws {
        try expectRows("regionalt-udviklingsbidrag-2019", column: .amount, heading: Self.headings[3], printedIndex: 3)
        #expect(sheets["regionalt-udviklingsbidrag-2019"]?.reconciliation.total == 11_294_869_500)
    }

    @Test func totalReprioritisationWithKronerPerInhabitant() throws {
        try expectRows("samlet-omprioritering-2019", column: .amount, heading: Self.headings[4], printedIndex: 1)
        try expectRows("samlet-omprioritering-2019", column: .perUnit(.table(id: "befolkning-2019", column: nil)), heading: Self.headings[4], printedIndex: 2, decimals: true)
        #expect(sheets["samlet-omprioritering-2019"]?.reconciliation.total == 2_669_875_000)
    }

    @Test func everySheetReconciles() throws {
        for id in ["erhvervshus-2019", "digital-erhvervsplatform-2019", "borgernaer-velfaerd-2019",
                   "regionalt-udviklingsbidrag-2019", "samlet-omprioritering-2019"] {
            #expect(try #require(sheets[id]).reconciliation.isReconciled, "\(id)")
        }
    }
}

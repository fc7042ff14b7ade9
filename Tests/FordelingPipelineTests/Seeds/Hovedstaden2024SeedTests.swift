import Testing
import FordelingCore
@testable import FordelingFormats

/// Telehjerter, TeleKOL and the TeleKOL operating organisation over the 29 populations printed in
/// ../shared/seeds/telemedicin-hovedstaden-2024.txt.
@Suite struct Hovedstaden2024SeedTests {
    static let seed = "telemedicin-hovedstaden-2024.txt"
    let sheets: [String: Sheet]

    init() throws { sheets = try SeedBatch.sheets() }

    private func municipalRows(_ id: String) throws -> [SheetRow] {
        try #require(sheets[id]).rows.filter { $0.party.code != nil }
    }

    @Test func telehjerterSplits875000OverThe29AndTheRegionPaysTheOtherHalf() throws {
        let sheet = try #require(sheets["telehjerter-2024"])
        let amounts = SeedBatch.amounts(sheet)
        let municipal = try municipalRows("telehjerter-2024")
        #expect(municipal.count == 29)
        #expect(municipal.map { amounts[$0.party.name] ?? 0 }.reduce(0, +) == 87_500_000)
        #expect(amounts["Region Hovedstaden"] == 87_500_000)
        #expect(sheet.reconciliation.isReconciled && sheet.reconciliation.total == 175_000_000)
    }

    @Test func teleKOLSplits525000ExactlyOverThe29() throws {
        let sheet = try #require(sheets["telekol-2024"])
        let printed = try SeedBatch.printedRows(Self.seed, lines: 324...380)
        #expect(printed.count == 29)
        #expect(sheet.rows.map(\.party.name) == printed.map(\.name))
        #expect(SeedBatch.amounts(sheet).values.reduce(0, +) == 52_500_000)
        #expect(sheet.reconciliation.isReconciled)
    }

    @Test func publishedModeWithThePrintedDivisorReproducesEveryPrintedAmount() throws {
        let sheet = try #require(sheets["telekol-2024-som-offentliggjort"])
        let amounts = SeedBatch.amounts(sheet)
        let printed = try SeedBatch.printedRows(Self.seed, lines: 324...380)
        for row in printed {
            let expected = try #require(try DanishNumber.parse(row.numbers[2]).øre())
            #expect(amounts[row.name] == expected, "\(row.name)")
        }
        #expect(sheet.reconciliation.sumOfRows == 52_497_300)
        #expect(!sheet.reconciliation.isReconciled)
        let text = SheetPresentation(sheet)
        #expect(text.noteLines.contains { $0.contains("Divisor 1.913.090") && $0.contains("den er 92 større end summen af nøglen (1.912.998)") })
        #expect(text.reconciliationLines.contains { $0.label == "Sum af rækker" && $0.value == "524.973 kr." })
    }

    @Test func operatingOrganisationIsHalfRegionHalfMunicipalitiesInÅrsværk() throws {
        let sheet = try #require(sheets["telekol-drift-2024"])
        #expect(sheet.measure == .quantity(name: "årsværk", decimals: 3))
        let amounts = SeedBatch.amounts(sheet)
        #expect(amounts["Region Hovedstaden"] == 750)
        #expect(try municipalRows("telekol-drift-2024").map { amounts[$0.party.name] ?? 0 }.reduce(0, +) == 750)
        #expect(sheet.column(.value) == nil)  // no price per årsværk in the seed
    }

    @Test func equipmentIsSixtyFiveThirtyFive() throws {
        let amounts = SeedBatch.amounts(try #require(sheets["telehjerter-udstyr-2024"]))
        #expect(amounts == ["Region Hovedstaden": 325_000, "Kommunerne i KKR Hovedstaden": 175_000])
    }
}

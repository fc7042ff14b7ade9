import Testing
import FordelingCore
@testable import FordelingFormats

/// Both EPT4 models of ../shared/seeds/ept4-energi-paa-tvaers-2024.txt (lines 71-111).
@Suite struct EnergiPaaTvaers2024SeedTests {
    static let seed = "ept4-energi-paa-tvaers-2024.txt"
    let sheets: [String: Sheet]
    /// name → [previous cash, previous hours, proposed cash, proposed hours] as printed.
    let printed: [String: [String]]

    init() throws {
        sheets = try SeedBatch.sheets()
        printed = Dictionary(uniqueKeysWithValues: try SeedBatch.printedRows(Self.seed, lines: 71...111).map { ($0.name, $0.numbers) })
    }

    private func øre(_ text: String) throws -> Int128 { try #require(try DanishNumber.parse(text).øre()) }

    @Test func proposedRowsAreTheUnitAmountsAndHoursOfTheApprovedDraft() throws {
        let sheet = try #require(sheets["ept4-forslag"])
        let cash = SeedBatch.amounts(sheet)
        let inKind = SeedBatch.amounts(sheet, column: .inKind)
        for company in ["ARC", "Argo", "CTR", "Evida", "HOFOR", "VEKS", "Norfors", "Vestforbrænding", "Hillerød Forsyning",
                        "Forsyning Helsingør", "Ørsted", "Selskab X", "Mindre selskab Y", "Mindre selskab Z"] {
            let numbers = try #require(printed[company], "\(company) printed")
            #expect(cash[company] == (numbers[2] == "0" ? 0 : try øre(numbers[2])), "\(company) cash")
            #expect(inKind[company] == (numbers[3] == "0" ? 0 : try øre(numbers[3])), "\(company) hours")
        }
        #expect(inKind["Region Hovedstaden"] == 2_150_000)
        #expect(inKind["33 kommuner"] == 70_950_000)
        #expect(sheet.otherReconciliations.first?.reconciliation.total == 101_050_000)  // 1.010.500,00 as printed
        // The cash rows sum to 1.933.333,35; the approved draft prints 1.833.333,33 (checked by the audit).
        #expect(sheet.reconciliation.total == 193_333_335)
    }

    @Test func previousModelReconcilesToTheØreWithinOneØreOfThePrintedRows() throws {
        let sheet = try #require(sheets["ept4-tidligere"])
        let cash = SeedBatch.amounts(sheet)
        let companies = ["ARC", "Argo", "CTR", "Evida", "HOFOR", "VEKS", "Norfors", "Vestforbrænding", "Hillerød Forsyning",
                         "Forsyning Helsingør", "Ørsted"]
        #expect(companies.map { cash[$0] ?? 0 }.reduce(0, +) == 150_000_000)
        for company in companies {
            let numbers = try #require(printed[company])
            let difference = (cash[company] ?? 0) - (try øre(numbers[0]))
            #expect(difference >= -1 && difference <= 1, "\(company)")
        }
        #expect(cash["Region Hovedstaden"] == 150_000_000)
        #expect(sheet.reconciliation.isReconciled && sheet.reconciliation.total == 300_000_000)
        let inKind = SeedBatch.amounts(sheet, column: .inKind)
        #expect(inKind["ARC"] == 5_555_556)
        #expect(inKind["Norfors"] == 1_851_852)
        #expect(inKind["33 kommuner"] == 51_600_000)
    }
}

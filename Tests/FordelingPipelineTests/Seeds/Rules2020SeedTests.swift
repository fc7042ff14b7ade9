import Testing
import FordelingCore
import FordelingSystem
import FordelingTestSupport
@testable import FordelingFormats

/// The 2020 packets of KKR Sjælland: DK2020 over its period, the 1.200 company courses within 2 percentage points,
/// and the SOSU dimensioning against the agreed minimums; figures read from ../shared/seeds/.
@Suite struct Rules2020SeedTests {
    static let dk2020 = "dk2020-klimaplaner-sjaelland-2020.txt"
    static let courses = "virksomhedsforloeb-sjaelland-2020.txt"
    static let sosu = "sosu-dimensionering-2020.txt"
    let sheets: [String: Sheet]

    init() throws { sheets = try SeedBatch.sheets() }

    private func øre(_ value: DecimalValue) throws -> Int128 { try #require(try value.øre()) }

    @Test func dk2020HasASheetPerYearAndThePeriodsWithTheCash() throws {
        let perYear = try øre(try SeedText.number(Self.dk2020, line: 16, before: " kr./år"))  // 700.000
        let cash = try øre(try SeedText.millions(Self.dk2020, line: 18, before: " mio. kr i kontant"))  // 1,7 mio.
        let period = try #require(sheets["dk2020"])
        #expect(["dk2020-2020", "dk2020-2021", "dk2020-2022", "dk2020-2023"].allSatisfy { sheets[$0] != nil })
        let region = try #require(period.rows.first { $0.party.name == "Region Sjælland" })
        let years = period.columns.indices.filter { if case .periodYear = period.columns[$0].role { true } else { false } }
        // September 2020 to 30.6.2023: 4, 12, 12 and 6 months of the 700.000 kr. a year.
        #expect(years.map { region.cells[$0].amount } == [(perYear * 4 + 6) / 12 / 100 * 100, perYear, perYear, perYear / 2])
        #expect(region.cells[try #require(period.column(.wholePeriod))].amount == cash)
        #expect(period.reconciliation.isReconciled)
    }

    /// The packet prints 1,75 mio. kr. for the årsværk over the period and 3,45 mio. kr. in all: 2,5 years at
    /// 700.000 kr., where its period (September 2020 to June 2023) holds 2 years and 10 months. The same definition
    /// over the 2,5 years from January 2021 reproduces both.
    @Test func thePrintedPeriodTotalsAreTwoAndAHalfYears() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let printedYears = try øre(try SeedText.millions(Self.dk2020, line: 31, before: " mio."))  // 1,75 mio.
        let printedTotal = try øre(try SeedText.millions(Self.dk2020, line: 33, before: " mio. kr. i alt"))  // 3,45 mio.
        var definition = try #require(inputs.definitions.first { $0.id == "dk2020" })
        var extras = definition.extras
        extras.period?.period = Period(from: .init(year: 2021, month: 1), to: .init(year: 2023, month: 6))
        definition = try definition.changing(extras: extras, at: nil)
        let period = try #require(try SheetCalculator.sheets(for: definition, in: inputs.context).last)
        #expect(period.cell(party: "Region Sjælland", role: .periodYears)?.amount == printedYears)
        #expect(period.cell(party: "Region Sjælland", role: .amount)?.amount == printedTotal)
    }

    @Test func the1200CoursesAreWholeNumbersEachWithinTwoPercentagePointsOfItsShare() throws {
        let total = try SeedText.number(Self.courses, line: 10, before: " virksomheder. De")
        let allowed = try SeedText.number(Self.courses, line: 54, before: " ")
        #expect(total == DecimalValue(units: 1_200) && allowed == DecimalValue(units: 2))
        let sheet = try #require(sheets["virksomhedsforloeb-2020"])
        #expect(sheet.measure == .quantity(name: "virksomhedsforløb", decimals: 0))
        let amounts = SeedBatch.amounts(sheet)
        #expect(amounts.count == 17 && amounts.values.reduce(0, +) == total.units)
        let population: [Int128] = sheet.rows.map { row in
            row.cells.compactMap { cell -> Int128? in if case .keyValue(let value) = cell { value.units } else { nil } }.first ?? 0
        }
        let sum: Int128 = population.reduce(0, +)
        for (row, people) in zip(sheet.rows, population) {
            // |amount / 1.200 − people / sum| ≤ 2 / 100  ⇔  |amount·sum − people·1.200| · 100 ≤ 2 · 1.200 · sum
            let amount = try #require(amounts[row.party.name])
            let distance: Int128 = (amount * sum - people * total.units).magnitude > 0 ? Int128((amount * sum - people * total.units).magnitude) : 0
            let limit: Int128 = allowed.units * total.units * sum
            #expect(distance * 100 <= limit, "\(row.party.name)")
        }
    }

    @Test func theSOSUTranscriptionsAreThePrintedTablesAndOnlyTheAssistantMinimumIsMissed() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        for (file, lines) in [("sosu-dimensionering-kkr-2020.csv", 70...80), ("sosu-dimensionering-sjaelland-2020.csv", 115...147)] {
            let approved = try #require(inputs.approved.first { $0.sheet.table.source.hasSuffix(file) }?.sheet)
            let printed = try SeedBatch.printedRows(Self.sosu, lines: lines)
            let table = approved.table.rows + (approved.table.total.map { [$0] } ?? [])
            #expect(table.map(\.label) == printed.map(\.name))
            for (row, numbers) in zip(table, printed.map(\.numbers)) {
                #expect(row.values == (try numbers.map { .number(try DanishNumber.parse($0)) }), "\(row.label)")
            }
            let findings = SheetChecker(approved, register: inputs.context.register, linked: nil).findings()
            if file.contains("kkr") {
                let minimum = try SeedText.number(Self.sosu, line: 20, before: " praktikpladser")  // 6.000
                let national = try #require(printed.last?.numbers.last).replacingOccurrences(of: ".", with: "")  // 5.997
                #expect(findings.map(\.kind) == [.belowMinimum])
                #expect(findings.first?.expected == minimum && findings.first?.printed == DecimalValue(units: Int128(national) ?? 0))
            } else {
                #expect(findings.isEmpty)
            }
        }
    }

    @Test func theSupervisionFeesAreThePrintedOnes() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let list = try #require(inputs.context.priceLists["socialtilsyn-takster-2021"])
        var printed: [[String]] = []
        for line in 18...24 {
            let words = try SeedText.line("socialtilsyn-takster-2021.txt", line).split(separator: " ").map(String.init)
            guard words.count >= 6 else { continue }
            printed.append(words)
        }
        #expect(list.tiers.map(\.label) == printed.map { $0.dropLast(4).joined(separator: " ") })
        #expect(list.fees == (try printed.map { words in try words.suffix(4).map { try DanishNumber.parse($0).øre() } }))
    }
}

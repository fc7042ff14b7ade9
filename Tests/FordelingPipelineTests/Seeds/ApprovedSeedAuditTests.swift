import Testing
import FordelingSystem
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The audit of every approved sheet transcribed from ../shared/seeds/ finds exactly the arithmetic errors
/// they contain — no fewer, and none for a figure that is right.
@Suite struct ApprovedSeedAuditTests {
    let entries: [AuditEntry]

    init() throws {
        let inputs = try InputFolder(path: RepositoryPaths.inputs.path, toolVersion: "test")
        let sheets = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
        entries = try Audit.run(inputs.approved, sheets: sheets, register: inputs.context.register) { SheetPresentation($0).table }
    }

    private func findings(_ id: String, _ severity: Finding.Severity) -> [String] {
        entries.filter { $0.approved.sheetID == id }.flatMap(\.findings).filter { $0.severity == severity }.map { finding in
            "\(finding.party ?? "") [\(finding.column ?? "")] \(FindingText.number(finding.printed)) ≠ \(FindingText.number(finding.expected))"
        }
    }

    @Test func everyApprovedSheetIsLinkedAndTranscribed() {
        #expect(entries.compactMap(\.approved.sheetID).sorted() == [
            "borgernaer-velfaerd-2019", "digital-erhvervsplatform-2019", "dk2020", "ept4-forslag", "ept4-tidligere", "erhvervshus-2019",
            "regionalt-udviklingsbidrag-2019", "samlet-omprioritering-2019", "sundhedssekretariat-2024", "telehjerter-2024", "telekol-2024"])
    }

    @Test func the2019SheetsHaveOnlyTheMisprintedDUTTotalAndRoundedPercentages() {
        #expect(findings("erhvervshus-2019", .warning) == ["I alt [DUT-nøgle] 14,853 ≠ 14,855"])
        for id in ["erhvervshus-2019", "digital-erhvervsplatform-2019", "borgernaer-velfaerd-2019", "regionalt-udviklingsbidrag-2019"] {
            #expect(findings(id, .error).isEmpty, "\(id)")
            #expect(findings(id, .info) == ["I alt [Pct.] 100 ≠ 100,01"], "\(id)")
        }
        #expect(entries.first { $0.approved.sheetID == "samlet-omprioritering-2019" }?.findings.isEmpty == true)
    }

    @Test func eptTotalsThatDoNotAddUpAreErrors() {
        #expect(findings("ept4-forslag", .error) == ["Samlet [Kr./år] 1.833.333,33 ≠ 1.933.333,35"])
        #expect(findings("ept4-tidligere", .error) == ["Samlet [Kr./år] 3.000.000,00 ≠ 3.000.000,04",
                                                         "Samlet [Medfinansiering, timer] 1.016.000,00 ≠ 1.016.000,04"])
    }

    @Test func teleKOLRowsBeyondRoundingAndItsTotalAreErrorsExplainedByThePrintedDivisor() {
        #expect(findings("telekol-2024", .error) == [
            "Indbyggere hele KKR Hovedstaden [Andel finansiering kr.] 525.000 ≠ 524.973",
            "København [Andel finansiering kr.] 181.310 ≠ 181.319", "Frederiksberg [Andel finansiering kr.] 28.842 ≠ 28.844",
            "Ballerup [Andel finansiering kr.] 14.088 ≠ 14.089", "Gentofte [Andel finansiering kr.] 20.578 ≠ 20.579",
            "Gladsaxe [Andel finansiering kr.] 19.399 ≠ 19.400", "Hvidovre [Andel finansiering kr.] 14.757 ≠ 14.758",
            "Høje-Taastrup [Andel finansiering kr.] 15.802 ≠ 15.803", "Rødovre [Andel finansiering kr.] 12.173 ≠ 12.174",
        ])
        #expect(findings("telekol-2024", .warning) == ["Indbyggere hele KKR Hovedstaden [Indbyggere - antal] 1.913.090 ≠ 1.912.998"])
        let explanation = entries.first { $0.approved.sheetID == "telekol-2024" }?.findings.last.map { FindingWording.message($0.kind) }
        #expect(explanation == "De trykte beløb genskabes af rækkevis afrunding (halv op) af 525.000 med divisor 1.913.090 i stedet for nøglens sum 1.912.998; rækkerne summerer da til 524.973")
    }

    /// Findings of the approved sheet in file `name`, linked or not.
    private func findings(file name: String) -> [String] {
        entries.filter { $0.approved.table.source.hasSuffix("/" + name) }.flatMap(\.findings).map { finding in
            "\(FindingWording.severity(finding.severity)) \(finding.party ?? "") [\(finding.column ?? "")] \(FindingText.number(finding.printed)) ≠ \(FindingText.number(finding.expected))"
        }
    }

    @Test func theHealthSecretariatsBudget2024ExpensesArePrintedOneKroneShortAndItsResultRounded() {
        #expect(findings(file: "sundhedssekretariat-2024.csv") == [
            "fejl I alt [Budget 2024 udgifter] 2.019.060 ≠ 2.019.061",
            "info Overskud/underskud [Regnskab 2023 udgifter] 571.490 ≠ 571.489,47",
        ])
    }

    @Test func dk2020sPrintedPeriodTotalsAreTwoAndAHalfYearsNotItsPeriod() {
        #expect(findings(file: "dk2020.csv") == ["fejl Region Sjælland [Årene i alt] 1.750.000 ≠ 1.983.333", "fejl Region Sjælland [Beløb] 3.450.000 ≠ 3.683.333"])
    }

    @Test func theSOSUDimensioningMissesTheAgreedMinimumOfAssistantPlacesAndIsOtherwiseRight() {
        #expect(findings(file: "sosu-dimensionering-kkr-2020.csv") == ["advarsel Hele landet [Assistenter, dimensionering 2020] 5.997 ≠ 6.000"])
        for file in ["sosu-dimensionering-sjaelland-2020.csv", "dk2020-budgetforslag.csv", "virksomhedsforloeb-maal-2020.csv", "socialtilsyn-takster-2021.csv"] {
            #expect(findings(file: file).isEmpty, "\(file)")
        }
    }

    @Test func everyTelehjerterRowIsWrong() {
        let errors = findings("telehjerter-2024", .error)
        #expect(errors.count == 29)
        #expect(errors.first == "København [Beløb finansiering] 302.504 ≠ 302.199")
        #expect(findings("telehjerter-2024", .warning) == ["Region Hovedstaden [Indbyggere] 1.913.090 ≠ 1.912.998",
                                                            "København [Andel pct.] 34,6 ≠ 34,5"])
    }
}

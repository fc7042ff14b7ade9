import Foundation
import Testing
import FordelingTestSupport

@Suite struct AuditCommandTests {
    static let sheets2019 = ["erhvervshus-2019", "digital-erhvervsplatform-2019", "borgernaer-velfaerd-2019",
                             "regionalt-udviklingsbidrag-2019", "samlet-omprioritering-2019"]

    @Test(arguments: sheets2019)
    func generated2019SheetsDiffCleanAgainstTheApprovedOnes(id: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["diff", "Outputs/\(id).csv", "Inputs/approved/\(id).csv"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("Ingen forskelle"))
    }

    @Test func changingOneApprovedCellMakesDiffFailAndNameThePartyAndBothValues() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit("approved/erhvervshus-2019.csv", replacing: "Lejre;27.447;3,28;0,438;kr. 468.000;kr. 784.381", with: "Lejre;27.447;3,28;0,438;kr. 468.000;kr. 784.391")
        let result = try workspace.run(["diff", "Outputs/erhvervshus-2019.csv", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ændret: Lejre [Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr.]: 784.381 → 784.391 (10)"))
        #expect(result.stdout.hasSuffix("1 ændrede celler, 0 ændrede totaler, 0 rækker kun i Outputs/erhvervshus-2019.csv, 0 rækker kun i Inputs/approved/erhvervshus-2019.csv.\n"))
        let markdown = try workspace.run(["diff", "Outputs/erhvervshus-2019.csv", "Inputs/approved/erhvervshus-2019.csv", "--format", "md"])
        #expect(markdown.stdout.contains("| ændret | Lejre | Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr. | 784.381 | 784.391 | 10 |"))
        let csv = try workspace.run(["diff", "Outputs/erhvervshus-2019.csv", "Inputs/approved/erhvervshus-2019.csv", "--format", "csv", "--tolerance", "10"])
        #expect(csv.status == 0)
    }

    @Test func twoYearsOfASheetDiffByParty() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // The 2018 contributions against the 2019 ones: every row differs by its Forskel.
        let earlier = workspace.root.appendingPathComponent("2018.csv")
        try Data("Kommune;Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr.\nGreve Kommune;kr. 900.000\n253;1\n".utf8).write(to: earlier)
        let result = try workspace.run(["diff", "2018.csv", "Outputs/erhvervshus-2019.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ændret: Greve Kommune [Fremtidigt bidrag til Erhvervshus Sjælland, kommunens andel af 23,91 mio. kr.]: 900.000 → 1.445.162 (545.162)"))
    }

    @Test func checkReportsTheErrorsOfTheApprovedSheetsAndExitsOne() throws {
        let result = try Fordel.run(["check", RepositoryPaths.inputs.appendingPathComponent("approved").path,
                                     "--inputs", RepositoryPaths.inputs.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("fejl: ") && result.stdout.contains("ept4-forslag.csv:22: Samlet [Kr./år] Kolonnen summerer til 1.933.333,35, men totalrækken viser 1.833.333,33 (trykt 1.833.333,33, forventet 1.933.333,35, difference -100.000,02)"))
        #expect(result.stdout.hasSuffix("16 approved sheets checked: 44 fejl, 5 advarsler, 10 info.\n"))
        let clean = try Fordel.run(["check", RepositoryPaths.inputs.appendingPathComponent("approved/samlet-omprioritering-2019.csv").path,
                                    "--inputs", RepositoryPaths.inputs.path])
        #expect(clean.status == 0)
        #expect(clean.stdout.hasSuffix("1 approved sheet checked: 0 fejl, 0 advarsler, 0 info.\n"))
    }

    @Test func explainShowsGrevesQuotaAndRoundingStep() throws {
        let result = try Fordel.run(["explain", "erhvervshus-2019", "Greve", "--inputs", RepositoryPaths.inputs.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Eksakt kvote: 50.569 / 836.657 × 23.910.000 kr. = 1.445.161,8644… kr."))
        #expect(result.stdout.contains("Største brøkdel: gulv 1.445.161 kr., brøkdel 0,8644…, rang 3 af 17"))
        #expect(result.stdout.contains("Får en ekstra enhed: 1.445.161 kr. + 1 kr. = 1.445.162 kr."))
        let unknown = try Fordel.run(["explain", "erhvervshus-2019", "Frederiksberg", "--inputs", RepositoryPaths.inputs.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: 'Frederiksberg' is not a party of 'erhvervshus-2019'."))
    }

    @Test func theBatchAuditsItselfIntoAuditMd() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Audit of the approved sheets (Outputs/audit.md):"))
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("  telekol-2024 ") && $0.hasSuffix("  9 fejl, 1 advarsel, 2 info; diff: 18 cells, 0 rows differ") })
        let audit = String(decoding: try #require(try workspace.outputSnapshot()["/audit.md"]), as: UTF8.self)
        #expect(audit.contains("| `approved/erhvervshus-2019.csv` | `erhvervshus-2019` | 0 | 1 | 1 | Ingen forskelle mellem beregnet og godkendt"))
    }
}

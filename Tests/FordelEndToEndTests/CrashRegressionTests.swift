import Foundation
import Testing

/// Inputs that made `fordel` trap (SIGILL, exit 132, nothing on stderr) now end with a result or a located message.
@Suite struct CrashRegressionTests {
    static let sjaelland = "definitions/2019-kkr-sjaelland-erhvervsfremme.txt"
    static let klynge = "definitions/2021-klynge-byggeri-anlaeg.txt"
    static let telemedicin = "definitions/2024-telemedicin-hovedstaden.txt"

    @Test func aPledgeOnASumInAScenarioIsALocatedError() throws {
        let set = "samlet-omprioritering-2019.pledge=Lejre: 0 kr."
        try expectRunRejected("--set \(set): rule 'sum' takes no 'pledge': a sum only adds the sheets named in 'add'. Set 'pledge' in a sheet it adds, or remove it.",
                              arguments: ["run", "--scenario", "s", "--set", set])
    }

    @Test func aPledgeOnASumIsALocatedErrorForExplainToo() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:64: field 'pledge': rule 'sum' takes no 'pledge': a sum only adds the sheets named in 'add'. Set 'pledge' in a sheet it adds, or remove it.",
                              arguments: ["explain", "samlet-omprioritering-2019"]) {
            try $0.edit(Self.sjaelland, replacing: "per = befolkning-2019\n", with: "per = befolkning-2019\npledge = Lejre: 0 kr.\n")
        }
    }

    /// The per-inhabitant column had one cell per party sharing by key, not one per party.
    @Test func aPledgeBesideAPerInhabitantColumnIsComputedAndExplained() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit(Self.klynge, replacing: "match = 12,5 mio. kr.\n", with: "match = 12,5 mio. kr.\nper = befolkning-2019\n")
        let run = try workspace.run(["run"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = String(decoding: try Data(contentsOf: workspace.outputs.appendingPathComponent("klynge-byggeri-anlaeg-2021.csv")), as: UTF8.self)
        // 500.000 kr. / 82.905 inhabitants = 6,0 kr.; 33.545 kr. / 50.569 = 0,7 kr.; 1.000.000 / 836.657 = 1,2 kr.
        #expect(csv.contains("\r\nNæstved;370;82905;;500000;;500000;6,0\r\n"))
        #expect(csv.contains("\r\nGreve;253;50569;6,71;;33545;33545;0,7\r\n"))
        #expect(csv.contains("\r\nI alt;;836657;100,00;500000;500000;1000000;1,2\r\n"))
        let explain = try workspace.run(["explain", "klynge-byggeri-anlaeg-2021", "Næstved"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("  Fast beløb (tilsagn): 500.000 kr.\n"))
    }

    /// Previous amounts were looked up for the parties sharing by key and read as if for every party.
    @Test func aPledgedPartyMissingFromTheComparedKeyIsNamed() throws {
        try expectRunRejected("Inputs/definitions/2021-klynge-byggeri-anlaeg.txt:16: field 'compare': Næstved is a party of 'klynge-byggeri-anlaeg-2021' but not in key 'bidrag-uden-naestved'. Add a row for Næstved to Inputs/keys/bidrag-uden-naestved.csv, or exclude it from the definition.") {
            let withoutNæstved = try $0.read("keys/bidrag-2018.csv").split(separator: "\n").filter { !$0.hasPrefix("Næstved;") }
            try $0.write("keys/bidrag-uden-naestved.csv", withoutNæstved.joined(separator: "\n") + "\n")
            try $0.edit(Self.klynge, replacing: "match = 12,5 mio. kr.\n", with: "match = 12,5 mio. kr.\ncompare = bidrag-uden-naestved\n")
        }
    }

    @Test func aNegativePercentagePledgeIsALocatedError() throws {
        let set = "erhvervshus-2019.pledge=Greve: -10 %"
        try expectRunRejected("--set \(set): the percentage pledge of Greve is negative. Pledge a share from 0 % to 100 % of the total.",
                              arguments: ["run", "--scenario", "s", "--set", set])
    }

    @Test(arguments: ["0", "-5"]) func aPublishedDivisorThatIsNotPositiveIsALocatedError(divisor: String) throws {
        try expectRunRejected("Inputs/definitions/2024-telemedicin-hovedstaden.txt:55: field 'divisor': the divisor is \(divisor), but a divisor must be more than zero. Write the divisor the published sheet used, e.g. 1.913.090.") {
            try $0.edit(Self.telemedicin, replacing: "divisor = 1.913.090", with: "divisor = \(divisor)")
        }
    }

    /// The change in percent divided by the baseline, which gave a fraction a negative denominator.
    @Test func aScenarioOnANegativeBaselineShowsItsChangeInPercent() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit(Self.sjaelland, replacing: "total = 23,91 mio. kr.", with: "total = -23,91 mio. kr.")
        let result = try workspace.run(["run", "--scenario", "s", "--set", "erhvervshus-2019.total=+10 %"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("erhvervshus-2019            -23.910.000 kr. → -26.301.000 kr. (ændring -2.391.000 kr.)  afstemt"))
        let csv = String(decoding: try Data(contentsOf: workspace.outputs.appendingPathComponent("scenarios/s/erhvervshus-2019.csv")), as: UTF8.self)
        #expect(csv.contains("\r\nGreve;253;-1445162;-1589678;-144516;10,00\r\n"))
    }
}

import Foundation
import Testing
import FordelingTestSupport

@Suite struct ScenarioTests {
    /// Amount cells of a scenario CSV: party → [baseline, scenario, change].
    private func rows(_ data: Data?) -> [String: [String]] {
        let text = String(decoding: data ?? Data(), as: UTF8.self)
        var rows: [String: [String]] = [:]
        var first: Int?  // the column of "Grundforløb"
        for line in text.split(separator: "\r\n") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            if let index = fields.firstIndex(of: "Grundforløb") { first = index; continue }
            if let first, fields.count == first + 4 { rows[fields[0]] = Array(fields[first...(first + 2)]) }
        }
        return rows
    }

    @Test func aNewTotalIsAFreshSplitBesideTheBaselineWhichStaysByteIdentical() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let baseline = try workspace.outputSnapshot()
        let result = try workspace.run(["run", "--scenario", "x", "--set", "erhvervshus-2019.total=25.000.000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("erhvervshus-2019            23.910.000 kr. → 25.000.000 kr. (ændring 1.090.000 kr.)  afstemt"))
        let after = try workspace.outputSnapshot()
        for (name, data) in baseline { #expect(after[name] == data, "\(name) changed") }
        let scenario = rows(after["/scenarios/x/erhvervshus-2019.csv"])
        #expect(scenario.count == 18)  // 17 municipalities and I alt

        // The same split, fresh: fordel split of 25.000.000 over the 17 populations.
        let split = try workspace.run(["split", "--total", "25000000", "--key", "Inputs/keys/befolkning-2019.csv", "--output", "split.csv"])
        #expect(split.status == 0)
        let fresh = String(decoding: try Data(contentsOf: workspace.root.appendingPathComponent("split.csv")), as: UTF8.self)
        var checked = 0
        for line in fresh.split(separator: "\r\n") {
            let fields = line.split(separator: ";").map(String.init)
            guard fields.count == 4, let row = scenario[fields[0]], fields[0] != "I alt" else { continue }
            #expect(row[1] == fields[3], "\(fields[0])")
            #expect(Int(row[2]) == Int(row[1])! - Int(row[0])!, "\(fields[0]) change")
            checked += 1
        }
        #expect(checked == 17)
        #expect(scenario["I alt"] == ["23910000", "25000000", "1090000"])
        // The sum of sheets follows.
        #expect(rows(after["/scenarios/x/samlet-omprioritering-2019.csv"])["I alt"] == ["26698750", "27788750", "1090000"])
    }

    @Test func aScenarioOfBaselineValuesShowsZeroChangeEverywhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run", "--scenario", "same", "--set", "erhvervshus-2019.total=23.910.000",
                                        "--set", "digital-erhvervsplatform-2019.national=25 mio. kr.", "--set", "ept4-forslag.rate=200.000",
                                        "--set", "klynge-byggeri-anlaeg-2021.key=befolkning-2019", "--set", "ept4-forslag.tier=ARC: stor"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try workspace.outputSnapshot().filter { $0.key.hasPrefix("/scenarios/same/") && $0.key.hasSuffix(".csv") }
        #expect(files.count == 6)
        for (name, data) in files {
            for (party, row) in rows(data) where party != "Part" && party != "Kommune" {
                #expect(row[2] == "0" || row[2] == "0,00", "\(name) \(party)")
            }
        }
    }

    @Test func committedExampleScenariosAreWrittenByTheFullRun() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let files = try workspace.outputSnapshot()
        for name in ["erhvervshus-plus-10", "platform-30-mio", "klynge-ligelig", "ept4-uden-xyz", "lejre-udtraeder"] {
            #expect(files["/scenarios/\(name)/README.md"] != nil, "\(name)")
        }
        #expect(rows(files["/scenarios/lejre-udtraeder/erhvervshus-2019.csv"])["Lejre"] == ["784381", "0", "-784381"])
        #expect(rows(files["/scenarios/ept4-uden-xyz/ept4-forslag.csv"])["Selskab X"] == ["200000,00", "0,00", "-200000,00"])
    }

    @Test func invalidOverridesAreUsageOrInputErrorsAndChangeNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        let field = try workspace.run(["run", "--scenario", "x", "--set", "erhvervshus-2019.totl=5"])
        #expect(field.status == 2)
        #expect(field.stderr == "error: --set erhvervshus-2019.totl=5: unknown field 'totl' in 'erhvervshus-2019.totl = 5'. Use one of: total, national, rate, key, pledge, tier, leave, join, index rate.\n")
        let id = try workspace.run(["run", "--scenario", "x", "--set", "erhvervhus-2019.total=+10%"])
        #expect(id.status == 2)
        #expect(id.stderr.hasPrefix("error: --set erhvervhus-2019.total=+10%: no definition 'erhvervhus-2019'. Use one of: erhvervshus-2019, "))
        let rule = try workspace.run(["run", "--scenario", "x", "--set", "erhvervshus-2019.rate=5"])
        #expect(rule.stderr.contains("rule 'split' has no 'rate'. Its amount field is 'total'"))
        let unsigned = try workspace.run(["run", "--scenario", "x", "--set", "erhvervshus-2019.total=10%"])
        #expect(unsigned.stderr.contains("a percentage must say whether it adds or subtracts"))
        let noScenario = try workspace.run(["run", "--set", "erhvervshus-2019.total=1"])
        #expect(noScenario.status == 2 && noScenario.stderr.contains("--set needs --scenario NAME"))
        let unknown = try workspace.run(["run", "--scenario", "nope"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no scenario 'nope' in Inputs/scenarios/ (known: erhvervshus-plus-10, "))
        let badName = try workspace.run(["run", "--scenario", "../x", "--set", "erhvervshus-2019.total=1"])
        #expect(badName.status == 2 && badName.stderr.contains("'../x' is not a valid scenario id"))
        #expect(try workspace.outputSnapshot() == before)
    }
}

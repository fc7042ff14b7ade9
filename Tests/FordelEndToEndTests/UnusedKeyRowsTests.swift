import Foundation
import Testing
import FordelingTestSupport

/// Key rows no party of a sheet uses are listed in the sheet's notes and the run's summary, as information: how many
/// and up to ten names, or the rest of the country when the key has a row for every municipality.
@Suite struct UnusedKeyRowsTests {
    @Test func aKeyRowOutsideThePartySetIsListed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let key = try workspace.read("keys/befolkning-2019.csv")
        try workspace.write("keys/befolkning-2019.csv", key + "Hjørring;1.000\n")
        let result = try workspace.run(["run", "--only", "erhvervshus-2019"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
            Key rows no party of the sheet uses (information):
              erhvervshus-2019: Befolkning 2019 (ØIM): 1 række i nøglen bruges ikke af nogen part i arket: Hjørring.
            Report: Outputs/erhvervshus-2019.html

            """))
        let sheet = String(decoding: try #require(try workspace.outputSnapshot()["/erhvervshus-2019.md"]), as: UTF8.self)
        #expect(sheet.contains("\n- Befolkning 2019 (ØIM): 1 række i nøglen bruges ikke af nogen part i arket: Hjørring.\n"))
    }

    /// A key of `names` (weight 1 each) and a sheet of `parties` split by it.
    static func folder(key names: [String], parties: String) throws -> ScratchFolder {
        let folder = try ScratchFolder(inputs: nil)
        try folder.write("Inputs/keys/vaegt.csv", "# kilde: prøve\n# årgang: 2024\nKommune;Vægt\n" + names.map { "\($0);1\n" }.joined())
        try folder.write("Inputs/definitions/a.txt", "[a]\ntitle = A\nyear = 2024\nparties = \(parties)\nrule = split\nkey = vaegt\ntotal = 1.000 kr.\n")
        return folder
    }

    @Test func aKeyOfTheWholeCountryCountsTheRestAndALongListNamesTen() throws {
        let register = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("registers/kommuner.csv"), encoding: .utf8)
        let municipalities = register.split(separator: "\n").dropFirst(2).map { String($0.split(separator: ";")[1]) }
        let country = try Self.folder(key: municipalities, parties: "KKR Nordjylland")
        defer { country.remove() }
        let national = try country.run(["run"])
        #expect(national.stdout.contains("""
            Key rows no party of the sheet uses (information):
              a: Vægt: nøglen dækker hele landet, og de øvrige 87 kommuner i landet indgår ikke i arket.

            """))
        let some = try Self.folder(key: Array(municipalities.prefix(14)), parties: "København, Frederiksberg")
        defer { some.remove() }
        let listed = try some.run(["run"])
        #expect(listed.stdout.contains("""
              a: Vægt: 12 rækker i nøglen bruges ikke af nogen part i arket: Ballerup, Brøndby, Dragør, Gentofte, Gladsaxe, Glostrup, Herlev, Albertslund, Hvidovre, Høje-Taastrup og 2 andre.

            """))
        #expect(try some.read("Outputs/a.md").contains("\n- Vægt: 12 rækker i nøglen bruges ikke af nogen part i arket: Ballerup, "))
    }
}

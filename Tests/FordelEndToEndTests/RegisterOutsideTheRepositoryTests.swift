import Foundation
import Testing

/// Outside a repository `diff` and `check` match parties with the built-in register of the 98 municipalities and
/// their accepted spellings; an inputs folder's `registers/` adds to it or overrides it.
@Suite struct RegisterOutsideTheRepositoryTests {
    @Test func diffMatchesSpellingsWithoutAnInputsFolder() throws {
        let folder = try ScratchFolder(inputs: nil)
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nVesthimmerlands;1.083\nHøje-Taastrup;5\n")
        try folder.write("b.csv", "Kommune;Beløb\nVesthimmerland;1.083\nHøje Tåstrup;5\n")
        let result = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(result.stdout == "Ingen forskelle mellem a.csv og b.csv (2 celler sammenlignet).\n")
        #expect(result.status == 0)
    }

    @Test func checkKnowsTheKKRsWithoutAnInputsFolder() throws {
        let folder = try ScratchFolder(inputs: nil)
        defer { folder.remove() }
        try folder.write("s.csv", "# kilde: prøve\n# kkr: Nordjylland\n# kolonne Beløb: beløb\nKommune;Beløb\nVesthimmerland;1\nAalborg;2\nI alt;3\n")
        let result = try folder.run(["check", "s.csv"])
        #expect(result.stdout.hasPrefix("s.csv: 9 fejl, 0 advarsler, 0 info\n  fejl: s.csv: Morsø Morsø mangler; arket skal omfatte alle kommuner i KKR Nordjylland\n"))
        #expect(result.status == 1)
        try folder.write("ark.csv", "# kilde: prøve\n# ark: nope\nKommune;Beløb\nAalborg;2\n")
        let linked = try folder.run(["check", "ark.csv"])
        #expect(linked.stderr == "error: ark.csv:2: the approved sheet names 'nope', which is not a definition. There is no inputs folder: give the one that defines it with --inputs.\n")
        #expect(linked.status == 2)
    }

    @Test func anInputsFoldersRegisterAddsSpellings() throws {
        let folder = try ScratchFolder(inputs: nil)
        defer { folder.remove() }
        try folder.write("a.csv", "Kommune;Beløb\nVesthimmerlands;1\n")
        try folder.write("b.csv", "Kommune;Beløb\nVesthimmer;1\n")
        #expect(try folder.run(["diff", "a.csv", "b.csv"]).status == 1)
        try folder.write("Inputs/registers/kommuner.csv",
                         "kommunenummer;navn;region;kkr;andre stavemåder\n820;Vesthimmerlands;Region Nordjylland;Nordjylland;Vesthimmerland|Vesthimmer\n")
        let result = try folder.run(["diff", "a.csv", "b.csv"])
        #expect(result.stdout == "Ingen forskelle mellem a.csv og b.csv (1 celler sammenlignet).\n")
        #expect(result.status == 0)
    }
}

import Foundation
import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The 98 municipalities are built in, generated from ../shared/registers/kommuner.csv; a file of municipalities
/// adds to them and overrides them.
@Suite struct BuiltInRegisterTests {
    @Test func theSourceFileIsWhatTheGeneratorMakesOfTheSharedRegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Tools/generate-builtin-register.py").path
        let output = folder.file("BuiltInRegister.swift").path
        try ExternalTools.python("import runpy, sys; sys.argv = ['generate', '\(output)']; runpy.run_path('\(script)', run_name='__main__')", in: folder)
        let committed = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Sources/FordelingFormats/Read/BuiltInRegister.swift"), encoding: .utf8)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == committed)
        // And it is the register the repository's inputs hold.
        let inputs = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("registers/kommuner.csv"), encoding: .utf8)
        #expect(committed.contains(inputs.split(separator: "\n").dropFirst().map { "        " + $0 }.joined(separator: "\n")))
    }

    @Test func itHoldsTheCountrysMunicipalitiesByKKRWithTheirSpellings() throws {
        let register = try RegisterReader.read()
        #expect(register.municipalities.count == 98)
        #expect(["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"].map { register.members(ofKKR: $0).count } == [29, 17, 22, 19, 11])
        #expect(register.party(named: "Vesthimmerland")?.code == "820" && register.party(named: "Høje Tåstrup")?.code == "169")
    }

    @Test func aFileOfMunicipalitiesAddsToThemAndOverridesThem() throws {
        let file = "kommunenummer;navn;region;kkr;andre stavemåder\n820;Vesthimmerlands;Region Nordjylland;Nordjylland;Vesthimmerland|Vesthimmer\n"
            + "411;Christiansø;Staten;Hovedstaden;Ertholmene\n"
        let register = try RegisterReader.read(municipalities: try CSVReader.read(file, file: "kommuner.csv"))
        #expect(register.municipalities.count == 99)
        #expect(register.party(named: "Vesthimmer")?.code == "820" && register.party(named: "Ertholmene")?.code == "411")
        #expect(register.members(ofKKR: "Hovedstaden").count == 30 && register.members(ofKKR: "Nordjylland").count == 11)
    }
}

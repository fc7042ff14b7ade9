import Foundation
import Testing

/// A relative change of a total gives an exact amount, which the scenario rounds half-up to the sheet's unit and
/// states (exact and rounded) in the scenario sheet, as a budget officer does with "+4,8 % PL"; a total set by hand
/// that the unit cannot hold is an error naming the `--set` argument, never the definition.
@Suite struct ScenarioRoundingTests {
    /// An inputs folder with the health secretariat's collection of 2023, 1.690.518 kr. (../shared/seeds/
    /// sundhedssekretariat-nordjylland-2024.txt line 8), split equally over the 11 municipalities of KKR Nordjylland.
    static func folder() throws -> ScratchFolder {
        let folder = try ScratchFolder(inputs: nil)
        try folder.folder("Inputs/keys")
        try folder.write("Inputs/definitions/sundhed.txt", """
            [sundhed-2023]
            title = Indkrævet hos kommunerne
            year = 2023
            parties = KKR Nordjylland
            rule = split
            key = equal
            total = 1.690.518 kr.

            """)
        #expect(try folder.run(["run"]).status == 0)
        return folder
    }

    @Test func aPercentageOnAKroneSheetIsRoundedToTheKroneAndStated() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let result = try folder.run(["run", "--scenario", "pl", "--set", "sundhed-2023.total=+4,8 %"])
        #expect(result.stdout == """
            Scenario pl (Outputs/scenarios/pl/): sundhed-2023.total = +4,8 %
              sundhed-2023  1.690.518 kr. → 1.771.663 kr. (ændring 81.145 kr.)  afstemt
            Report: Outputs/scenarios/pl/index.html

            """)
        #expect(result.status == 0)
        let csv = try folder.read("Outputs/scenarios/pl/sundhed-2023.csv")
        #expect(csv.contains("\r\nAfrunding;sundhed-2023.total = +4,8 %: 1.690.518 kr. × 1,048 = 1.771.662,864 kr., afrundet (halv op) til hele kr.: 1.771.663 kr.\r\n"))
        // The rows (the municipalities', with their kommunenummer) sum to the rounded total.
        let scenario = csv.components(separatedBy: "\r\n").compactMap { line -> Int? in
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            return fields.count == 6 && fields[1].count == 3 ? Int(fields[3]) : nil
        }
        #expect(scenario.count == 11 && scenario.reduce(0, +) == 1_771_663)
        #expect(csv.contains("\r\nI alt;;1690518;1771663;81145;4,80\r\n"))
        let markdown = try folder.read("Outputs/scenarios/pl/sundhed-2023.md")
        #expect(markdown.contains("\n- Afrunding: sundhed-2023.total = +4,8 %: 1.690.518 kr. × 1,048 = 1.771.662,864 kr., afrundet (halv op) til hele kr.: 1.771.663 kr.\n"))
    }

    @Test func aTotalTheUnitCannotHoldIsTheScenariosError() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        for (set, total) in [("sundhed-2023.total=1.000.000,50", "1.000.000,50"), ("sundhed-2023.total=+0,50 kr.", "1.690.518,50")] {
            let result = try folder.run(["run", "--scenario", "pl", "--set", set])
            #expect(result.stderr == "error: --set \(set): the new total \(total) kr. is not a whole number of the sheet's unit (kr.). Set a total in whole kr., or change it by a percentage (e.g. +4,8 %), which the scenario rounds to the unit.\n")
            #expect(result.status == 2)
        }
    }
}

import Foundation
import Testing

/// Contributions in kind as a share of a quantity (årsværk) are that quantity: headed by it, rounded to its
/// decimals, and explained in its words, not as hours valued in kroner.
@Suite struct InKindOfAQuantityTests {
    @Test func aShareOfÅrsværkIsÅrsværk() throws {
        let folder = try ScratchFolder(inputs: nil)
        defer { folder.remove() }
        try folder.folder("Inputs/keys")
        try folder.write("Inputs/definitions/a.txt", """
            [drift]
            title = Årsværk
            year = 2024
            parties = Greve, Køge, Lejre
            rule = split
            key = equal
            quantity = årsværk
            decimals = 3
            total = 1,5
            in kind share = 1/3

            """)
        #expect(try folder.run(["run"]).status == 0)
        let sheet = try folder.read("Outputs/drift.md")
        #expect(sheet.contains("| Kommune | Kommunenr. | Beløb | Medfinansiering, årsværk |\n| --- | --- | ---: | ---: |\n| Greve | 253 | 0,500 | 0,167 |\n"))
        #expect(sheet.contains("\n- Medfinansiering, årsværk: sum af rækker 0,501 årsværk; eksakt 0,500 årsværk; afrundingsdifference 0,001 årsværk\n"))
        #expect(sheet.contains("\n- Medfinansiering: 1/3 af hver parts eksakte årsværk.\n"))
    }
}

import Foundation
import Testing

/// Definitions that Fordeling used to accept silently although they overwrite its own files, count a party or
/// a sheet twice, or set fields their rule ignores: each is now a located error.
@Suite struct DefinitionValidityTests {
    static let sjaelland = "definitions/2019-kkr-sjaelland-erhvervsfremme.txt"

    /// A copy of the erhvervshus definition under another id, in a file of its own.
    private func copyOfErhvervshus(_ workspace: Workspace, id: String) throws {
        let text = try workspace.read(Self.sjaelland)
        let block = text[text.range(of: "[erhvervshus-2019]")!.lowerBound..<text.range(of: "[digital-erhvervsplatform-2019]")!.lowerBound]
        try workspace.write("definitions/zz-kopi.txt", block.replacingOccurrences(of: "[erhvervshus-2019]", with: "[\(id)]"))
    }

    @Test(arguments: ["audit", "fordeling", "index", "oversigt", "readme", "scenarios"])
    func anIdThatFordelingWritesItselfIsReserved(id: String) throws {
        try expectRunRejected("Inputs/definitions/zz-kopi.txt:1: the id '\(id)' is reserved: Fordeling writes a file or folder of that name in Outputs/. Choose another id; audit, fordeling, index, oversigt, readme, scenarios are reserved.") {
            try copyOfErhvervshus($0, id: id)
        }
    }

    @Test(arguments: ["equal", "lige"]) func aKeyFileNamedLikeTheBuiltInKeyIsAnError(id: String) throws {
        try expectRunRejected("Inputs/keys/\(id).csv: a key table may not be called '\(id)': that is the built-in key in which every party weighs the same, so definitions could not name this file. Rename the file, e.g. to \(id)-vaegt.csv.") {
            try $0.write("keys/\(id).csv", try $0.read("keys/befolkning-2019.csv"))
        }
    }

    /// Each field a sum does not use, on the sum of the Sjælland sheets (its `per decimals` line is line 65).
    @Test(arguments: [("pledge = Lejre: 0 kr.", "pledge"), ("match = 1 mio. kr.", "match"), ("price = 5 kr.", "price"),
                      ("hours = 50\nhourly rate = 430 kr.", "hours"), ("in kind share = 1/3", "in kind share"),
                      ("in kind fixed = Lejre: 5 kr.", "in kind fixed"), ("in kind exempt = Lejre", "in kind exempt"), ("tiers = stor 1", "tiers")])
    func aSumTakesNoFieldOfASplit(line: String, field: String) throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:66: field '\(field)': rule 'sum' takes no '\(field)': a sum only adds the sheets named in 'add'. Set '\(field)' in a sheet it adds, or remove it.") {
            try $0.edit(Self.sjaelland, replacing: "per decimals = 1\n", with: "per decimals = 1\n\(line)\n")
        }
    }

    @Test func onlyASplitHasAPublishedMode() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:49: field 'mode': only rule 'split' has a published mode; rule 'rate' rounds every row on its own. Remove 'mode' and 'divisor'.") {
            try $0.edit(Self.sjaelland, replacing: "rate = 135 kr.\n", with: "rate = 135 kr.\nmode = published\n")
        }
    }

    @Test func aPriceIsForAQuantity() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:12: field 'price': 'price' values a quantity, but this sheet splits money. Add 'quantity = …' (e.g. årsværk), or remove 'price'.") {
            try $0.edit(Self.sjaelland, replacing: "total = 23,91 mio. kr.\n", with: "total = 23,91 mio. kr.\nprice = 5 kr.\n")
        }
    }

    @Test func aSheetAddedTwiceIsAnError() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:59: field 'add': 'digital-erhvervsplatform-2019.beløb' is added twice, so it would count twice. Name each sheet (or column of a sheet) once in 'add'.") {
            try $0.edit(Self.sjaelland, replacing: "borgernaer-velfaerd-2019\n", with: "borgernaer-velfaerd-2019, digital-erhvervsplatform-2019.beløb\n")
        }
    }

    /// Its rows do not sum to its total, so neither would the sum's: this was reported as a bug in Fordeling.
    @Test func aSumDoesNotAddAPublishedSheet() throws {
        try expectRunRejected("Inputs/definitions/zz-sum.txt:6: field 'add': 'telekol-2024-som-offentliggjort' is in published mode: it reproduces a printed sheet, whose rows need not sum to its total. Add a sheet in the default (reconciled) mode instead.") {
            try $0.write("definitions/zz-sum.txt", "[zz-sum]\ntitle = Sum\nyear = 2024\nparties = KKR Hovedstaden\nrule = sum\nadd = telekol-2024-som-offentliggjort\n")
        }
    }

    /// Found by the `batch` fuzz target's seed: the message said "Use one of: ." when the sheet was in another unit.
    @Test func aSumAddsOnlySheetsOfItsOwnUnit() throws {
        try expectRunRejected("Inputs/definitions/zz-sum.txt:6: field 'add': 'erhvervshus-2019' is rounded to kr., but 'zz-sum' is rounded to øre. A sum adds sheets of its own unit: give 'zz-sum' and 'erhvervshus-2019' the same 'unit' (or quantity).") {
            try $0.write("definitions/zz-sum.txt", "[zz-sum]\ntitle = Sum\nyear = 2019\nparties = KKR Sjælland\nrule = sum\nadd = erhvervshus-2019\nunit = øre\n")
        }
    }

    @Test func aMunicipalityInAGroupOfTheSetCannotBeNamedAgain() throws {
        try expectRunRejected("Inputs/definitions/2024-ept4-energi-paa-tvaers.txt:7: field 'parties': Greve is counted twice, as a member of 33 kommuner and by itself. Name each municipality once: a group such as 33 kommuner already counts its members.") {
            try $0.edit("definitions/2024-ept4-energi-paa-tvaers.txt", replacing: "Region Hovedstaden, 33 kommuner\nrule = split", with: "Region Hovedstaden, 33 kommuner, Greve\nrule = split")
        }
    }

    /// README.md: a negative total is apportioned as the mirror image of the positive one.
    @Test func aNegativeTotalGivesTheNegatedRowsOfThePositiveOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let amounts = { () throws -> [String: String] in
            let csv = String(decoding: try Data(contentsOf: workspace.outputs.appendingPathComponent("erhvervshus-2019.csv")), as: UTF8.self)
            var amounts: [String: String] = [:]
            for line in csv.split(separator: "\r\n") {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                if fields.count == 7 { amounts[String(fields[0])] = String(fields[5]) }
            }
            return amounts
        }
        let positive = try amounts()
        try workspace.edit(Self.sjaelland, replacing: "total = 23,91 mio. kr.", with: "total = -23,91 mio. kr.")
        let run = try workspace.run(["run"])
        #expect(run.status == 0, "\(run.stderr)")
        let negative = try amounts()
        #expect(positive.count == 19)  // the header, 17 municipalities and I alt
        for (party, amount) in positive where party != "Kommune" {
            #expect(negative[party] == "-" + amount, "\(party)")
        }
        // Greve's quota −1.445.161,86… is rounded toward zero, and its extra unit goes away from zero.
        let explain = try workspace.run(["explain", "erhvervshus-2019", "Greve"])
        #expect(explain.stdout.contains("""
              Største brøkdel: afrundet mod nul -1.445.161 kr., brøkdel 0,8644…, rang 3 af 17; 8 enheder til fordeling efter gulvene
              Får en ekstra enhed: -1.445.161 kr. - 1 kr. = -1.445.162 kr.

            """))
    }
}

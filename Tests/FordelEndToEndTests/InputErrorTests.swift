import Foundation
import Testing

/// Each class of bad input gives a located message on stderr, exit code 2, and leaves Outputs/ as it was.
@Suite struct InputErrorTests {
    static let definitions = "definitions/2019-kkr-sjaelland-erhvervsfremme.txt"

    @Test func unknownMunicipalityName() throws {
        try expectRunRejected("Inputs/keys/dut-2019.csv:4: column 'Kommune': unknown municipality or organisation 'Grve'. Use a name, spelling or kommunenummer listed in Inputs/registers/kommuner.csv or Inputs/registers/organisationer.csv, or add it there. Did you mean 'Greve'?") {
            try $0.edit("keys/dut-2019.csv", replacing: "Greve;0,825", with: "Grve;0,825")
        }
    }

    @Test func partyListedTwice() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:21: column 'Kommune': Køge is listed twice (first at line 5). Keep one row per party in Inputs/keys/befolkning-2019.csv.") {
            try $0.edit("keys/befolkning-2019.csv", replacing: "Vordingborg;45.937\n", with: "Vordingborg;45.937\nKøge Kommune;60.828\n")
        }
    }

    @Test func partyOfTheSetMissingFromTheKey() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:23: field 'key': Greve is a party of 'digital-erhvervsplatform-2019' but not in key 'dut-2019'. Add a row for Greve to Inputs/keys/dut-2019.csv, or exclude it from the definition.") {
            try $0.edit("keys/dut-2019.csv", replacing: "Greve;0,825\n", with: "")
        }
    }

    @Test func zeroKeyTotal() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:10: field 'key': key 'nul' sums to zero over the parties of 'erhvervshus-2019'. A key must have a positive total; check Inputs/keys/nul.csv.") {
            let zeros = try $0.read("keys/befolkning-2019.csv").split(separator: "\n").map { line in
                line.contains(";") && !line.hasPrefix("Kommune") ? line.split(separator: ";")[0] + ";0" : line
            }.joined(separator: "\n")
            try $0.write("keys/nul.csv", zeros)
            try $0.edit(Self.definitions, replacing: "key = befolkning-2019\ntotal", with: "key = nul\ntotal")
        }
    }

    @Test func negativeKeyValue() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:6: column 'Befolkning 2019 (ØIM)': the key value of Lejre is negative (-27447). Key values must be zero or more.") {
            try $0.edit("keys/befolkning-2019.csv", replacing: "Lejre;27.447", with: "Lejre;-27.447")
        }
    }

    @Test func nonNumericCell() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:4: column 'Befolkning 2019 (ØIM)': expected a number for Greve, found '50.56x': '50.56x' is not a Danish number: '.' groups thousands in threes and ',' starts the decimals (write 12,5, not 12.5). Write the value as a number, e.g. 50.569 or 0,825.") {
            try $0.edit("keys/befolkning-2019.csv", replacing: "Greve;50.569", with: "Greve;50.56x")
        }
    }

    @Test func bothATotalAndARate() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:12: field 'rate': a definition has one of 'total', 'national' or 'rate', but this one has 'total' and 'rate'. Keep the one its rule needs: split takes total, national-share takes national, rate takes rate.") {
            try $0.edit(Self.definitions, replacing: "total = 23,91 mio. kr.\n", with: "total = 23,91 mio. kr.\nrate = 135 kr.\n")
        }
    }

    @Test func amountThatOverflows() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:10: field 'key': the amounts are too large to compute exactly (total × key value exceeds 38 digits). Check the total, rate and key values for misplaced digits.") {
            try $0.edit(Self.definitions, replacing: "total = 23,91 mio. kr.", with: "total = 1.000.000.000.000.000.000.000.000.000.000.000 kr.")
        }
    }

    @Test func amountTooLongToRead() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:11: field 'total': expected an amount in kroner: '\(String(repeating: "9", count: 40))…' has too many digits to compute exactly (at most 38). Write it like 23.910.000 kr. or 25 mio. kr.") {
            try $0.edit(Self.definitions, replacing: "total = 23,91 mio. kr.", with: "total = \(String(repeating: "9", count: 200))")
        }
    }

    @Test func unknownFieldInADefinition() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:12: field 'totl': unknown field 'totl'. Use one of: title, year, parties, exclude, rule, key, tiers, total, national, rate, add, pledge, unit, quantity, decimals, price, mode, divisor, label, columns, compare, per, per label, per decimals, percent decimals, percent label, hours, hourly rate, in kind share, in kind fixed, in kind exempt, match, note, periods, expense, income, fees, index, price level, period, period amount, minimum, maximum, deviation, realised.") {
            try $0.edit(Self.definitions, replacing: "total = 23,91 mio. kr.\n", with: "total = 23,91 mio. kr.\ntotl = 5\n")
        }
    }
}

import Foundation
import Testing

/// The adversarial input corpus: each bad input gives a located message on stderr, exit code 2, and
/// leaves Outputs/ byte-identical; each unusual but valid one (CRLF, BOM, Windows-1252) is read as meant.
@Suite struct AdversarialInputTests {
    static let population = "keys/befolkning-2019.csv"
    static let definitions = "definitions/2019-kkr-sjaelland-erhvervsfremme.txt"

    private func writeBytes(_ workspace: Workspace, _ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: workspace.inputs.appendingPathComponent(path))
    }

    @Test func emptyFile() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:1: the file has no header row. Start the table with a header such as 'Kommune;Befolkning'.") {
            try $0.write(Self.population, "")
        }
    }

    @Test func headerOnly() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:3: the table has a header but no rows. Add one row per party under the header.") {
            try $0.write(Self.population, "# kilde: x\n# årgang: 2019\nKommune;Befolkning 2019 (ØIM)\n")
        }
    }

    @Test func invalidUTF8() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:4: byte 0x81 is neither UTF-8 nor Windows-1252 text. Save the file as UTF-8 (in Excel: 'CSV UTF-8').") {
            try writeBytes($0, Self.population, Array("# kilde: x\n# \u{E5}rgang: 2019\nKommune;Befolkning\nGreve;5".unicodeScalars.map { UInt8($0.value) }) + [0x81, 0x0A])
        }
    }

    /// One stray byte does not make a UTF-8 file Windows-1252 (where 'årgang' would read 'Ã¥rgang').
    @Test func aStrayByteInAUTF8File() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:5: column 2: byte 0xF8 (Windows-1252 'ø') is not UTF-8, yet the file holds UTF-8 characters elsewhere, so it is not read as Windows-1252. Retype the character here and save the file as UTF-8 (in Excel: 'CSV UTF-8').") {
            let text = try $0.read(Self.population)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Køge;") }
            #expect(line == 4)
            try writeBytes($0, Self.population, Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
                .map { $0.starts(with: "Køge;".utf8) ? [0x4B, 0xF8] + $0.dropFirst(3) : Array($0) }.joined(separator: [0x0A]).map { $0 })
        }
    }

    @Test func nulByte() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:5: the file contains a NUL byte, so it is not text. Save the file as CSV or plain text (UTF-8).") {
            let text = try $0.read(Self.definitions).replacingOccurrences(of: "[erhvervshus-2019]", with: "[erhvervshus\u{0}2019]")
            try $0.write(Self.definitions, text)
        }
    }

    @Test func aTenMegabyteLine() throws {
        let huge = String(repeating: "7", count: 10_000_000)
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:4: column 'Befolkning 2019 (ØIM)': expected a number for Greve, found '\(String(repeating: "7", count: 40))…': '\(String(repeating: "7", count: 40))…' has too many digits to compute exactly (at most 38). Write the value as a number, e.g. 50.569 or 0,825.") {
            try $0.edit(Self.population, replacing: "Greve;50.569", with: "Greve;\(huge)")
        }
    }

    /// An unknown name of two million characters is reported at once: "did you mean" compares only names of
    /// nearly its length.
    @Test func anUnknownNameOfTwoMillionCharacters() throws {
        let name = String(repeating: "G", count: 2_000_000)
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:4: column 'Kommune': unknown municipality or organisation '\(String(repeating: "G", count: 40))…'. Use a name, spelling or kommunenummer listed in Inputs/registers/kommuner.csv or Inputs/registers/organisationer.csv, or add it there.") {
            try $0.edit(Self.population, replacing: "Greve;50.569", with: "\(name);50.569")
        }
    }

    @Test func aTwoHundredDigitNumber() throws {
        let digits = String(repeating: "9", count: 200)
        try expectRunRejected("Inputs/keys/dut-2019.csv:4: column 'DUT-nøgle': expected a number for Greve, found '\(String(repeating: "9", count: 40))…': '\(String(repeating: "9", count: 40))…' has too many digits to compute exactly (at most 38). Write the value as a number, e.g. 50.569 or 0,825.") {
            try $0.edit("keys/dut-2019.csv", replacing: "Greve;0,825", with: "Greve;\(digits)")
        }
    }

    @Test func duplicateDefinitionIDs() throws {
        try expectRunRejected("Inputs/definitions/zz-kopi.txt:1: the id 'erhvervshus-2019' is used twice (first at Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:5). Give every definition its own id.") {
            let text = try $0.read(Self.definitions)
            let block = text[text.range(of: "[erhvervshus-2019]")!.lowerBound..<text.range(of: "[digital-erhvervsplatform-2019]")!.lowerBound]
            try $0.write("definitions/zz-kopi.txt", String(block))
        }
    }

    @Test func aSumThatDependsOnItself() throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:59: field 'add': 'samlet-omprioritering-2019' depends on itself: samlet-omprioritering-2019 → samlet-omprioritering-2019. Remove one sheet from the 'add' chain so that no sheet adds itself.") {
            try $0.edit(Self.definitions, replacing: "add = erhvervshus-2019.forskel,", with: "add = samlet-omprioritering-2019, erhvervshus-2019.forskel,")
        }
    }

    @Test(arguments: ["../x", "a/b", "/etc/x"])
    func idsThatWouldWriteOutsideTheOutputs(id: String) throws {
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:5: '\(id)' is not a valid definition id. Use 1 to 64 lowercase letters a-z, digits and hyphens, e.g. erhvervshus-2019.") {
            try $0.edit(Self.definitions, replacing: "[erhvervshus-2019]", with: "[\(id)]")
        }
    }

    @Test func aKeyFileNameThatIsNoID() throws {
        try expectRunRejected("Inputs/keys/Befolkning 2019.csv: 'Befolkning 2019' is not a valid key id. Use 1 to 64 lowercase letters a-z, digits and hyphens, e.g. erhvervshus-2019.") {
            try $0.write("keys/Befolkning 2019.csv", "x")
        }
    }

    @Test func aKeyFileThatIsAFolder() throws {
        try expectRunRejected("Inputs/keys/mappe.csv: this is a folder, not a file. Give the path of a file.") {
            try FileManager.default.createDirectory(at: $0.inputs.appendingPathComponent("keys/mappe.csv"), withIntermediateDirectories: true)
        }
    }

    @Test func aKeyFileThatPointsNowhere() throws {
        try expectRunRejected("Inputs/keys/borte.csv: the file does not exist. Check the path.") {
            try FileManager.default.createSymbolicLink(atPath: $0.inputs.appendingPathComponent("keys/borte.csv").path, withDestinationPath: "/nonexistent/borte.csv")
        }
    }

    @Test func aDefinitionThatLinksToADevice() throws {
        try expectRunRejected("Inputs/definitions/nul.txt: this is a device, not a regular file. Give the path of a regular file (save the data into one first).") {
            try FileManager.default.createSymbolicLink(atPath: $0.inputs.appendingPathComponent("definitions/nul.txt").path, withDestinationPath: "/dev/zero")
        }
    }

    @Test func aDefinitionThatIsANamedPipe() throws {
        try expectRunRejected("Inputs/definitions/rør.txt: this is a named pipe (FIFO), not a regular file. Give the path of a regular file (save the data into one first).") {
            #expect(mkfifo($0.inputs.appendingPathComponent("definitions/rør.txt").path, 0o600) == 0)
        }
    }

    @Test(arguments: [["split", "--total", "100", "--key", "/dev/zero"], ["split", "--total", "100", "--key", "/dev/zero", "--output", "x.csv"],
                      ["diff", "Outputs/erhvervshus-2019.csv", "/dev/zero"], ["check", "/dev/zero"]])
    func aCommandGivenADevice(arguments: [String]) throws {
        try expectRunRejected("/dev/zero: this is a device, not a regular file. Give the path of a regular file (save the data into one first).", arguments: arguments) { _ in }
    }

    /// A sparse file: as large as it says, without taking the room.
    private func sparseFile(_ path: URL, size: Int) throws {
        #expect(FileManager.default.createFile(atPath: path.path, contents: Data("# kilde: x\n".utf8)))
        #expect(truncate(path.path, off_t(size)) == 0)
    }

    @Test func aKeyLargerThanAnInputMayBe() throws {
        try expectRunRejected("Inputs/keys/stor.csv: the file is 67.108.865 bytes, more than the 64 MiB an input may be. Check that it is the right file (only a key for 'fordel split --output' may be larger, up to 4 GiB).") {
            try sparseFile($0.inputs.appendingPathComponent("keys/stor.csv"), size: 64 << 20 + 1)
        }
    }

    @Test func aSplitKeyLargerThanASplitReads() throws {
        try expectRunRejected("stor.csv: the file is 4.294.967.295 bytes, more than the 4 GiB a key for a split may be. Leave out the columns the split does not use, or split the parties in parts.",
                              arguments: ["split", "--total", "100", "--key", "stor.csv", "--output", "x.csv"]) {
            try sparseFile($0.root.appendingPathComponent("stor.csv"), size: Int(UInt32.max))
        }
        try expectRunRejected("stor.csv: the file is 67.108.865 bytes, more than the 64 MiB an input may be. Check that it is the right file (only a key for 'fordel split --output' may be larger, up to 4 GiB).",
                              arguments: ["split", "--total", "100", "--key", "stor.csv"]) {
            try sparseFile($0.root.appendingPathComponent("stor.csv"), size: 64 << 20 + 1)
        }
    }

    /// Names that differ only in Unicode form (NFC Å, A with a combining ring, the angstrom sign, a trailing
    /// no-break space) are one name on every path, the split's streaming one too.
    @Test(arguments: [("Åby", "A\u{30A}by"), ("Åby", "\u{212B}by"), ("Odense", "Odense\u{A0}")])
    func oneNameInTwoFormsIsListedTwice(first: String, second: String) throws {
        try expectRunRejected("navne.csv:3: \(first) is listed twice (first at line 2). Keep one row per party in navne.csv.",
                              arguments: ["split", "--total", "100", "--key", "navne.csv", "--output", "x.csv"]) {
            try Data("Navn;Vægt\n\(first);1\n\(second);2\n".utf8).write(to: $0.root.appendingPathComponent("navne.csv"))
        }
    }

    @Test func aRegisterNameInTwoForms() throws {
        try expectRunRejected("Inputs/registers/organisationer.csv:25: 'Selskab Åby' is already used by Selskab Åby (Inputs/registers/organisationer.csv:24). Give every party its own name, kommunenummer and spellings.") {
            let text = try $0.read("registers/organisationer.csv")
            #expect(text.split(separator: "\n").count == 23)
            try $0.write("registers/organisationer.csv", text + "Selskab Åby;selskab;;\nSelskab \u{212B}by;selskab;;\n")
        }
    }

    @Test(arguments: [
        ("5 øre", "'5 øre' is in øre, but amounts are written in kroner: 0,05 kr."),
        ("5 %", "'5 %' is a percentage, which is not accepted here"),
        ("5 kroner", "'5 kroner' ends in the unit 'kroner', which is not accepted here; write the number alone, or with kr., mio. or mia."),
        ("99999999999999999999999999999999999999", "the amount is too large to compute exactly"),
    ])
    func aTotalWithAUnitThatIsNotAccepted(total: String, reason: String) throws {
        let field = total.hasPrefix("9") ? "" : "expected an amount in kroner: "
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:11: field 'total': \(field)\(reason). \(total.hasPrefix("9") ? "Check it for misplaced digits." : "Write it like 23.910.000 kr. or 25 mio. kr.")") {
            try $0.edit(Self.definitions, replacing: "total = 23,91 mio. kr.", with: "total = \(total)")
        }
    }

    @Test(arguments: [
        ("99999999999999999999999999999999999999", "'99999999999999999999999999999999999999' is too large to compute exactly in øre (at most 36 digits of kroner)"),
        ("5 øre", "'5 øre' is in øre, but amounts are written in kroner: 0,05 kr."),
    ])
    func aSplitTotalThatIsNoAmount(total: String, reason: String) throws {
        try expectRunRejected("--total: \(reason)\nRun 'fordel help split' for its usage.", arguments: ["split", "--total", total, "--key", "Inputs/\(Self.population)"]) { _ in }
    }

    @Test func aThousandCharacterIDIsQuotedInPart() throws {
        let id = String(repeating: "a", count: 1000)
        try expectRunRejected("Inputs/definitions/2019-kkr-sjaelland-erhvervsfremme.txt:5: '\(id.prefix(40))…' is not a valid definition id. Use 1 to 64 lowercase letters a-z, digits and hyphens, e.g. erhvervshus-2019.") {
            try $0.edit(Self.definitions, replacing: "[erhvervshus-2019]", with: "[\(id)]")
        }
    }

    @Test func aKeyTableWithAnEmptySource() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:1: '# kilde:' states no source. Write the document and lines the figures come from, e.g. '# kilde: ../shared/seeds/kkr-sjaelland-2019-erhvervsfremme.txt linje 48-80'.") {
            let text = try $0.read(Self.population)
            try $0.write(Self.population, "# kilde:\n" + text.drop { $0 != "\n" }.dropFirst())
        }
    }

    @Test func aKeyTableWhoseVintageIsNoYear() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv:2: '# årgang: abc' is not a year. Write the year the figures describe, e.g. '# årgang: 2019', or '# årgang: ikke oplyst' and why.") {
            try $0.edit(Self.population, replacing: "# årgang: 2019", with: "# årgang: abc")
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableKeyFile() throws {
        try expectRunRejected("Inputs/keys/befolkning-2019.csv: the file cannot be read. Check that it is readable (permissions).") {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: $0.inputs.appendingPathComponent(Self.population).path)
        }
    }

    @Test func crlfNoFinalNewlineBOMAndWindows1252AreReadAsMeant() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        let text = try workspace.read(Self.population)
        // CRLF without a final newline, with a BOM.
        try writeBytes(workspace, Self.population, [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").dropLast().utf8))
        // Windows-1252, as Danish Excel saves it: æ, ø and å are single bytes.
        let dut = try workspace.read("keys/dut-2019.csv")
        try writeBytes(workspace, "keys/dut-2019.csv", dut.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(dut.contains("Køge") && dut.unicodeScalars.allSatisfy { $0.value < 256 })
        let result = try workspace.run(["run"])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try workspace.outputSnapshot()
        for name in before.keys where name.hasSuffix(".csv") && !name.hasPrefix("/scenarios") {
            // Same sheets; only the recorded SHA-256 of the changed files differ.
            let rows = { (data: Data?) in String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\r\n").filter { !$0.contains("SHA-256") } }
            #expect(rows(after[name]) == rows(before[name]), "\(name)")
        }
    }
}

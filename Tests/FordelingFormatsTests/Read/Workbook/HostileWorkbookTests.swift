import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats
import ZIPArchive

/// Damaged and hostile files given as workbooks: each is an input error naming the file, never a crash or a hang.
@Suite struct HostileWorkbookTests {
    static func message(_ bytes: [UInt8], file: String = "b.xlsx") throws -> String {
        let error = try #require(throws: InputError.self) { try TableText.read(bytes, file: file) }
        return ErrorWording.text(error)
    }

    static var valid: [UInt8] {
        fuzzWorkbookFile(worksheet: WorkbookReaderTests.worksheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#),
                         sharedStrings: Array(WorkbookReaderTests.strings.utf8))
    }

    @Test func aValidWorkbookReads() throws {
        #expect(try TableText.read(Self.valid, file: "b.xlsx").text == "Kommune\n")
        // Excel keeps printer settings in a binary part of an .xlsx workbook too.
        let reader = try ZIPReader(Self.valid)
        var writer = ZIPWriter()
        for entry in reader.entries { try writer.add(entry.name, try reader.read(entry)) }
        try writer.add("xl/printerSettings/printerSettings1.bin", [0, 1, 2])
        #expect(try TableText.read(writer.finish(), file: "b.xlsx").text == "Kommune\n")
    }

    @Test func aTruncatedWorkbook() throws {
        for length in [300, Self.valid.count - 30] {
            #expect(try Self.message(Array(Self.valid.prefix(length))).hasPrefix("b.xlsx: the file cannot be read as an Excel workbook (.xlsx). The file is damaged: it ends early"))
        }
    }

    @Test func aDamagedChecksum() throws {
        var bytes = Self.valid
        // The first entry's data starts after its 30-byte header and its name (_rels/.rels): flip a byte of it.
        bytes[30 + 11] ^= 0xFF
        #expect(try Self.message(bytes).contains("has checksum"))
    }

    @Test func aZIPBombIsRefusedBeforeItExpands() throws {
        var writer = ZIPWriter()
        try writer.add("xl/worksheets/sheet1.xml", [UInt8](repeating: 0x20, count: 100_000), method: .deflated)
        var bytes = writer.finish()
        // Declare 300 MB in both headers: the local header's uncompressed size at 22, the central record's at 24.
        let central = (0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] } ?? 0
        for offset in [22, central + 24] {
            for byte in 0..<4 { bytes[offset + byte] = UInt8(truncatingIfNeeded: 300_000_000 >> (8 * byte)) }
        }
        #expect(try Self.message(bytes).contains("to 300000000 bytes, more than 200 times, as only a ZIP bomb does"))
    }

    @Test func aPathOutOfTheArchiveIsRefused() throws {
        var bytes = Self.valid
        // Rename `_rels/.rels` (in its local header and in the directory) to `../els/.rels`, as long.
        let name = Array("_rels/.rels".utf8)
        var index = 0
        while index + name.count <= bytes.count {
            if Array(bytes[index..<(index + name.count)]) == name { bytes.replaceSubrange(index..<(index + 3), with: Array("../".utf8)) }
            index += 1
        }
        #expect(try Self.message(bytes).contains("which is refused because it contains a `..` segment"))
    }

    @Test func aRelationshipOutOfTheArchiveIsRefused() throws {
        var writer = ZIPWriter()
        try writer.add("_rels/.rels", Array(#"<Relationships><Relationship Id="r" Type="x/officeDocument" Target="../../etc/passwd"/></Relationships>"#.utf8))
        #expect(try Self.message(writer.finish()).hasPrefix("b.xlsx: the workbook's part '_rels/.rels' points outside the workbook ('../../etc/passwd')"))
    }

    @Test func otherSpreadsheetFormatsAreNamed() throws {
        var ods = ZIPWriter()
        try ods.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        #expect(try Self.message(ods.finish(), file: "b.ods").contains("is an OpenDocument spreadsheet (.ods)"))
        var xlsb = ZIPWriter()
        try xlsb.add("xl/workbook.bin", [1, 2, 3])
        #expect(try Self.message(xlsb.finish(), file: "b.xlsb").contains("is a binary Excel workbook (.xlsb)"))
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(try Self.message(compound, file: "b.xls").contains("an old Excel workbook (.xls) or a password-protected workbook"))
        #expect(try Self.message([], file: "b.xlsx").contains("The file is empty"))
    }

    @Test func aWorkbookWithoutAWorksheet() throws {
        var writer = ZIPWriter()
        try writer.add("xl/workbook.xml", Array(#"<workbook><sheets/></workbook>"#.utf8))
        #expect(try Self.message(writer.finish()) == "b.xlsx: the workbook has no worksheet. Put the table on a worksheet of the workbook.")
    }

    @Test func aSheetNameForATextFileIsAnError() throws {
        let error = try #require(throws: InputError.self) { try TableText.read(Array("a;b\n".utf8), file: "k.csv", sheet: "Ark1") }
        #expect(ErrorWording.text(error) == "k.csv: --sheet 'Ark1' names a worksheet, but the file is text (CSV), not a workbook. Leave out --sheet for a CSV file.")
    }

    @Test func escapesRoundTrip() {
        for text in ["a_x0041_b", "_x005F_", "tab\tcr\rnul\u{0}", "\u{FFFE}\u{FFFF}", "plain", "_x12", "_xZZZZ_"] {
            #expect(EscapedCharacters.decode(Array(EscapedCharacters.encode(text).utf8)) == text, "\(text)")
        }
    }
}

import Testing
@testable import ZIPArchive

/// Damaged and hostile archives: each is refused with its own error, naming the entry or the offset.
@Suite struct ZIPReaderTests {
    @Test func tellsWhatTheBytesAreWhenTheyAreNoZIP() {
        #expect(throws: ZIPError.empty) { try ZIPReader([]) }
        #expect(throws: ZIPError.notZIP) { try ZIPReader(Array("Kommune;Beløb\nGreve;1.445.162\n".utf8)) }
        #expect(throws: ZIPError.compoundFile) { try ZIPReader(Signature.compoundFile + [UInt8](repeating: 0, count: 600)) }
        #expect(ZIPError.compoundFile.description.contains(".xls"))
        #expect(ZIPError.compoundFile.description.contains("without a password"))
    }

    @Test func readsAnEmptyArchive() throws {
        #expect(try ZIPReader(ZIPWriter().finish()).entries.isEmpty)
    }

    @Test func refusesEveryPrefixOfAnArchive() throws {
        let archive = try SampleArchives.small()
        #expect(throws: ZIPError.empty) { try ZIPReader([]) }
        for length in 1..<4 {
            #expect(throws: ZIPError.notZIP) { try ZIPReader(Array(archive[..<length])) }
        }
        for length in 4..<archive.count {
            #expect(throws: ZIPError.truncated(offset: length)) { try ZIPReader(Array(archive[..<length])) }
        }
    }

    @Test func readsOrRefusesEveryArchiveWithOneByteChanged() throws {
        let archive = try SampleArchives.small()
        var refused = 0
        for offset in archive.indices {
            for change: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = archive
                damaged[offset] ^= change
                do {
                    let reader = try ZIPReader(damaged)
                    for entry in reader.entries { _ = try reader.read(entry) }
                } catch {
                    refused += 1
                }
            }
        }
        #expect(refused > archive.count * 2)
    }

    @Test func refusesAnEntryWhoseBytesDoNotMatchItsChecksum() throws {
        var surgery = ArchiveSurgery(bytes: try SampleArchives.small())
        surgery.replace("hello", with: "hallo")
        let reader = try ZIPReader(surgery.bytes)
        #expect(throws: ZIPError.crcMismatch(entry: "a.txt", expected: CRC32.checksum(Array("hello".utf8)),
                                             actual: CRC32.checksum(Array("hallo".utf8)))) { try reader.read("a.txt") }
        #expect(try reader.read("xl/b.xml").count == 4 * SampleArchives.text.count, "the other entry is still read")
    }

    @Test func refusesUnsupportedMethodsEncryptionAndZIP64() throws {
        var bzip2 = ArchiveSurgery(bytes: try SampleArchives.small())
        bzip2.setInBothHeaders(local: 8, central: 10, 12)
        #expect(throws: ZIPError.unsupportedMethod(entry: "a.txt", method: 12)) { try ZIPReader(bzip2.bytes) }

        var encrypted = ArchiveSurgery(bytes: try SampleArchives.small())
        encrypted.setInBothHeaders(local: 6, central: 8, 1)
        #expect(throws: ZIPError.encrypted(entry: "a.txt")) { try ZIPReader(encrypted.bytes) }

        var manyEntries = ArchiveSurgery(bytes: try SampleArchives.small())
        manyEntries.set(manyEntries.endRecord + 10, 0xFFFF, size: 2)
        #expect(throws: ZIPError.zip64(offset: manyEntries.endRecord)) { try ZIPReader(manyEntries.bytes) }

        var largeEntry = ArchiveSurgery(bytes: try SampleArchives.small())
        largeEntry.set(largeEntry.centralRecords[1] + 24, 0xFFFF_FFFF, size: 4)
        #expect(throws: ZIPError.zip64(offset: largeEntry.centralRecords[1])) { try ZIPReader(largeEntry.bytes) }

        var split = ArchiveSurgery(bytes: try SampleArchives.small())
        split.set(split.endRecord + 4, 1, size: 2)
        #expect(throws: ZIPError.multipleDisks) { try ZIPReader(split.bytes) }
    }

    @Test func refusesNamesThatReachOutsideTheFolder() throws {
        let cases: [(String, String, ZIPError.NameProblem)] = [
            ("xx/evil", "../evil", .parentSegment), ("a/xx/b", "a/../b", .parentSegment), ("xetc", "/etc", .absolute),
            ("xx/evil", "C:/evil", .absolute), ("a/b", "a\\b", .backslash), ("a/b", "a\u{0}b", .nul),
        ]
        for (written, patched, problem) in cases {
            var surgery = ArchiveSurgery(bytes: try SampleArchives.archive([(written, [1, 2, 3])]))
            surgery.replace(written, with: patched)
            #expect(throws: ZIPError.badName(patched, problem)) { try ZIPReader(surgery.bytes) }
        }
        var notUTF8 = ArchiveSurgery(bytes: try SampleArchives.archive([("ab", [])]))
        notUTF8.replace("ab", with: "a\u{7F}")
        notUTF8.bytes = notUTF8.bytes.map { $0 == 0x7F ? 0xFF : $0 }
        #expect(throws: ZIPError.badName("a\u{FFFD}", .notUTF8)) { try ZIPReader(notUTF8.bytes) }
    }

    @Test func refusesDuplicateNamesAndHeadersThatDisagree() throws {
        var duplicate = ArchiveSurgery(bytes: try SampleArchives.archive([("a.txt", [1]), ("b.txt", [2])]))
        duplicate.replace("b.txt", with: "a.txt")
        #expect(throws: ZIPError.duplicateName("a.txt")) { try ZIPReader(duplicate.bytes) }

        var name = ArchiveSurgery(bytes: try SampleArchives.small())
        name.set(name.localHeaders[0] + 30, 0x41, size: 1)
        #expect(throws: ZIPError.headerMismatch(entry: "a.txt", field: "name")) { try ZIPReader(name.bytes) }

        var crc = ArchiveSurgery(bytes: try SampleArchives.small())
        crc.set(crc.localHeaders[1] + 14, 0, size: 4)
        #expect(throws: ZIPError.headerMismatch(entry: "xl/b.xml", field: "CRC-32")) { try ZIPReader(crc.bytes) }

        var size = ArchiveSurgery(bytes: try SampleArchives.small())
        size.set(size.localHeaders[1] + 22, 1, size: 4)
        #expect(throws: ZIPError.headerMismatch(entry: "xl/b.xml", field: "size")) { try ZIPReader(size.bytes) }

        var outside = ArchiveSurgery(bytes: try SampleArchives.small())
        outside.set(outside.centralRecords[1] + 42, 0x7FFF_0000, size: 4)
        #expect(throws: ZIPError.inconsistentDirectory(offset: 0x7FFF_0000)) { try ZIPReader(outside.bytes) }

        var directory = ArchiveSurgery(bytes: try SampleArchives.small())
        directory.set(directory.endRecord + 12, 10, size: 4)
        #expect(throws: ZIPError.inconsistentDirectory(offset: directory.endRecord)) { try ZIPReader(directory.bytes) }
    }

    @Test func refusesEntriesThatShareBytes() throws {
        // "a.bin" holds a whole local entry "b.txt"; the directory's "b.txt" points inside "a.bin".
        let inner = try SampleArchives.archive([("b.txt", Array("inner".utf8))])
        let innerEntry = Array(inner[..<ArchiveSurgery(bytes: inner).centralRecords[0]])
        var surgery = ArchiveSurgery(bytes: try SampleArchives.archive([("a.bin", innerEntry), ("b.txt", Array("inner".utf8))]))
        surgery.set(surgery.centralRecords[1] + 42, LocalRecord.size + "a.bin".utf8.count, size: 4)
        #expect(throws: ZIPError.overlappingEntries("a.bin", "b.txt")) { try ZIPReader(surgery.bytes) }
    }

    /// A deflated entry of `size` zeros in about `size` / 1 000 bytes: matches of 258 bytes at distance 1,
    /// two bits each (DEFLATE's densest), declaring `declared` bytes.
    static func bomb(size: Int, declared: Int) throws -> [UInt8] {
        var literals = [Int](repeating: 0, count: 286)
        (literals[0], literals[256], literals[285]) = (2, 2, 1)
        let codes = DeflateStreams.canonicalCodes(literals)
        var stream = DeflateStreams()
        stream.dynamicHeader(literalCount: 286, distanceCount: 1, lengths: (literals + [1]).map { ($0, 0) })
        stream.writer.writeCode(codes[0], 2)
        for _ in 0..<((size - 1) / 258) {
            stream.writer.writeCode(codes[285], 1)
            stream.writer.writeCode(0, 1)
        }
        for _ in 0..<((size - 1) % 258) { stream.writer.writeCode(codes[0], 2) }
        stream.writer.writeCode(codes[256], 2)
        var surgery = ArchiveSurgery(bytes: try SampleArchives.archive([("sheet.xml", stream.bytes())]))
        surgery.setInBothHeaders(local: 8, central: 10, ZIPEntry.Method.deflated.rawValue)
        let crc = Int(CRC32.checksum([UInt8](repeating: 0, count: size)))
        for (header, fields) in [(surgery.localHeaders[0], 14), (surgery.centralRecords[0], 16)] {
            surgery.set(header + fields, crc, size: 4)
            surgery.set(header + fields + 8, declared, size: 4)
        }
        return surgery.bytes
    }

    @Test func refusesBombsBeforeExpandingThem() throws {
        let bomb = try Self.bomb(size: 10_000_000, declared: 10_000_000)
        #expect(bomb.count < 11_000)
        let permissive = ZIPReader.Limits(ratio: 2_000)
        #expect(try ZIPReader(bomb, limits: permissive).read("sheet.xml") == [UInt8](repeating: 0, count: 10_000_000))
        let compressed = try ZIPReader(bomb, limits: permissive).entries[0].compressedSize
        #expect(throws: ZIPError.ratioTooHigh(entry: "sheet.xml", compressed: compressed, uncompressed: 10_000_000, limit: 200)) {
            try ZIPReader(bomb)
        }
        #expect(throws: ZIPError.tooLarge(total: 10_000_000, limit: 1_000_000)) { try ZIPReader(bomb, limits: .init(totalSize: 1_000_000, ratio: 2_000)) }
        #expect(throws: ZIPError.tooManyEntries(count: 2, limit: 1)) { try ZIPReader(try SampleArchives.small(), limits: .init(entryCount: 1)) }

        // A bomb that declares a small size is stopped at that size.
        let liar = try Self.bomb(size: 10_000_000, declared: 100_000)
        #expect(throws: ZIPError.sizeMismatch(entry: "sheet.xml", declared: 100_000)) { try ZIPReader(liar).read("sheet.xml") }
    }

    @Test func refusesAnEntryThatHoldsFewerBytesThanDeclaredOrIsDamaged() throws {
        var short = ArchiveSurgery(bytes: try SampleArchives.small())
        short.set(short.localHeaders[1] + 22, 201, size: 4)
        short.set(short.centralRecords[1] + 24, 201, size: 4)
        #expect(throws: ZIPError.sizeMismatch(entry: "xl/b.xml", declared: 201)) { try ZIPReader(short.bytes).read("xl/b.xml") }

        var damaged = ArchiveSurgery(bytes: try SampleArchives.small())
        let entry = try ZIPReader(damaged.bytes).entry(named: "xl/b.xml")
        damaged.bytes[try #require(entry).dataOffset] = 0x07  // block type 3
        #expect(throws: ZIPError.damagedEntry("xl/b.xml", problem: .badBlockType(offset: 0))) { try ZIPReader(damaged.bytes).read("xl/b.xml") }
        #expect(throws: ZIPError.noSuchEntry("xl/c.xml")) { try ZIPReader(damaged.bytes).read("xl/c.xml") }
    }
}

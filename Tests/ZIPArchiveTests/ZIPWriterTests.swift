import Testing
import FordelingTestSupport
import ZIPArchive

/// Archives written by `ZIPWriter`: read back by `ZIPReader` and by Python's `zipfile`, byte for byte the
/// same every time.
@Suite struct ZIPWriterTests {
    static let entries: [(String, [UInt8])] = [
        ("[Content_Types].xml", Array("<Types/>".utf8)),
        ("empty.txt", []),
        ("xl/worksheets/sheet1.xml", Array(repeating: SampleArchives.text, count: 500).flatMap { $0 }),
        ("kommuner/Køge æøå.txt", Array("Køge".utf8)),
        ("random.bin", randomBytes),
    ]

    static var randomBytes: [UInt8] {
        var generator = SeededGenerator(seed: 5)
        return (0..<5_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    @Test(arguments: [ZIPEntry.Method.stored, .deflated])
    func writesWhatTheReaderReadsBack(method: ZIPEntry.Method) throws {
        let reader = try ZIPReader(SampleArchives.archive(Self.entries, method: method))
        #expect(reader.entries.map(\.name) == Self.entries.map(\.0))
        for (name, contents) in Self.entries { #expect(try reader.read(name) == contents, "\(name)") }
        let sheet = try #require(reader.entry(named: "xl/worksheets/sheet1.xml"))
        #expect(sheet.method == method)
        #expect(method == .stored || sheet.compressedSize * 10 < sheet.uncompressedSize)
        #expect(reader.entry(named: "random.bin")?.method == .stored, "stored when deflating does not make it smaller")
    }

    @Test func writesTheSameBytesEveryTime() throws {
        #expect(try SampleArchives.archive(Self.entries, method: .deflated) == SampleArchives.archive(Self.entries, method: .deflated))
        var writer = ZIPWriter()
        try writer.add("a", Array("hi".utf8))
        let crc: [UInt8] = [0xAC, 0x2A, 0x93, 0xD8]  // CRC-32 of "hi"
        let fields: [UInt8] = [0, 0, 0, 0, 0, 0, 0x21, 0] + crc + [2, 0, 0, 0, 2, 0, 0, 0, 1, 0]  // flags, method, 00:00, 1980-01-01, …
        let local: [UInt8] = [0x50, 0x4B, 3, 4, 20, 0] + fields + [0, 0] + Array("ahi".utf8)
        let central: [UInt8] = [0x50, 0x4B, 1, 2, 20, 0, 20, 0] + fields + [UInt8](repeating: 0, count: 16) + Array("a".utf8)
        let end: [UInt8] = [0x50, 0x4B, 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 47, 0, 0, 0, 33, 0, 0, 0, 0, 0]
        #expect(writer.finish() == local + central + end)
        #expect(CRC32.checksum(Array("hi".utf8)) == 0xD893_2AAC)
    }

    @Test func refusesUnsafeAndDuplicateNames() throws {
        var writer = ZIPWriter()
        try writer.add("a.txt", [])
        #expect(throws: ZIPError.duplicateName("a.txt")) { try writer.add("a.txt", [1]) }
        let unsafe: [(String, ZIPError.NameProblem)] = [
            ("", .empty), ("../evil", .parentSegment), ("a/../../b", .parentSegment), ("/etc/passwd", .absolute),
            ("C:/evil", .absolute), ("a\\b", .backslash), ("a\u{0}b", .nul), (String(repeating: "x", count: 65_536), .tooLong),
        ]
        for (name, problem) in unsafe {
            #expect(throws: ZIPError.badName(name, problem)) { try writer.add(name, []) }
        }
        #expect(try ZIPReader(writer.finish()).entries.map(\.name) == ["a.txt"], "a refused entry leaves no trace")
    }

    @Test func writesWhatPythonsZipfileReads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("stored.zip", SampleArchives.archive(Self.entries))
        try folder.write("deflated.zip", SampleArchives.archive(Self.entries, method: .deflated))
        try ExternalTools.python("""
            import zipfile, zlib
            for name in ('stored.zip', 'deflated.zip'):
                with zipfile.ZipFile(name) as archive:
                    assert archive.testzip() is None, name
                    lines = ['%s %d %08x %s' % (i.filename, i.file_size, zlib.crc32(archive.read(i)), i.date_time) for i in archive.infolist()]
                    open(name + '.txt', 'w', encoding='utf-8').write('\\n'.join(lines))
            """, in: folder)
        let expected = Self.entries.map { name, contents in
            let crc = String(CRC32.checksum(contents), radix: 16)
            return "\(name) \(contents.count) \(String(repeating: "0", count: 8 - crc.count) + crc) (1980, 1, 1, 0, 0, 0)"
        }.joined(separator: "\n")
        for name in ["stored.zip", "deflated.zip"] {
            #expect(String(decoding: try folder.read(name + ".txt"), as: UTF8.self) == expected, "\(name)")
        }
    }
}

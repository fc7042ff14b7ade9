import Testing
@testable import ZIPArchive

/// Hand-made DEFLATE streams, valid and malformed: each malformed one is its own error, at its offset.
@Suite struct InflaterTests {
    static func inflate(_ bytes: [UInt8], limit: Int = 1 << 20) throws(ZIPError) -> String {
        String(decoding: try Inflater.inflate(bytes, limit: limit), as: UTF8.self)
    }

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    @Test func decodesStoredFixedAndDynamicBlocks() throws {
        #expect(try Self.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)) == "hello")
        #expect(try Self.inflate([0x4B, 0x04, 0x00]) == "a")  // zlib, fixed code
        #expect(try Self.inflate([0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x27, 0x01]) == "hello hello hello hello")
        #expect(try Self.inflate([0x03, 0x00]) == "")  // one empty fixed block
        #expect(try Self.inflate([0x00, 0x01, 0x00, 0xFE, 0xFF, 0x78, 0x4B, 0x04, 0x00]) == "xa")  // stored, then fixed
        #expect(try Self.inflate(Self.hex(Self.dynamicStream)) == Self.dynamicText)  // zlib -9, dynamic code
    }

    /// zlib's output (level 9) for `dynamicText`: one dynamic block.
    static let dynamicStream = """
        65d0cb0d84300c04d056100d10ff882365232176a1103ae040fd4889f7629f9f66324ebda6fb33ff90e6569fa6ab725d9e5697ab4db5d346a913274d9e\
        003a818a4f1d0496a2e2e82419a935fbc2ef0891889713b41316a540b602b23ada796ccfa8818af5859bd83690dfb0db439cc34d07d8ff2971b8094721a2fce905
        """
    static let dynamicText = """
        <c r="E23"><v>8684</v></c> <c r="A30"><v>4080</v></c> <c r="A11"><v>1854</v></c> <c r="F31"><v>4039</v></c> \
        <c r="G35"><v>1670</v></c> <c r="D1"><v>3550</v></c> <c r="G18"><v>2983</v></c> <c r="G11"><v>1178</v></c> \
        <c r="C40"><v>7288</v></c> <c r="C9"><v>29</v></c> <c r="A14"><v>3530</v></c> <c r="C11"><v>4739</v></c> \
        <c r="F13"><v>8834</v></c> <c r="D12"><v>3225</v></c>
        """

    @Test func refusesWhatIsNotAStreamWithTheOffsetOfTheProblem() {
        #expect(throws: ZIPError.endedEarly(offset: 0)) { try Self.inflate([]) }
        #expect(throws: ZIPError.badBlockType(offset: 0)) { try Self.inflate([0x07]) }
        #expect(throws: ZIPError.storedLengthMismatch(offset: 1)) { try Self.inflate([0x01, 0x05, 0x00, 0x00, 0x00, 0x68]) }
        #expect(throws: ZIPError.endedEarly(offset: 6)) { try Self.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x68]) }
        #expect(throws: ZIPError.endedEarly(offset: 2)) { try Self.inflate([0x4B, 0x04]) }
        #expect(throws: ZIPError.endedEarly(offset: 5)) { try Self.inflate([0x00, 0x01, 0x00, 0xFE, 0xFF]) }  // no final block
        #expect(throws: ZIPError.trailingData(offset: 3)) { try Self.inflate([0x4B, 0x04, 0x00, 0x00]) }
    }

    /// A fixed-code block: 'a', then a match of length 3 at distance symbol `distance`, then end-of-block.
    static func aThenMatch(distance: Int) -> [UInt8] {
        var stream = DeflateStreams()
        stream.header(type: 1)
        stream.fixedLiteral(0x61)
        stream.fixedLiteral(257)  // length 3
        stream.fixedDistance(distance)
        stream.fixedLiteral(256)
        return stream.bytes()
    }

    @Test func refusesAMatchBeforeTheStart() throws {
        #expect(throws: ZIPError.distanceTooFar(offset: 2)) { try Self.inflate(Self.aThenMatch(distance: 1)) }  // distance 2
        #expect(try Self.inflate(Self.aThenMatch(distance: 0)) == "aaaa")  // distance 1: the run "aaa"
    }

    @Test func refusesTheFixedCodesSymbolsThatDoNotExist() {
        var literal = DeflateStreams()
        literal.header(type: 1)
        literal.fixedLiteral(286)
        #expect(throws: ZIPError.badCode(offset: 1)) { try Self.inflate(literal.bytes()) }
        #expect(throws: ZIPError.badCode(offset: 2)) { try Self.inflate(Self.aThenMatch(distance: 30)) }
    }

    /// Literal lengths for 'a', 'b' and end-of-block and length 3 (symbol 257), two bits each: complete.
    static var fourLiterals: [Int] {
        var lengths = [Int](repeating: 0, count: 258)
        for symbol in [0x61, 0x62, 256, 257] { lengths[symbol] = 2 }
        return lengths
    }

    @Test func acceptsALoneDistanceCodeOfOneBitButNotItsMissingTwin() throws {
        let codes = DeflateStreams.canonicalCodes(Self.fourLiterals)
        var stream = DeflateStreams()
        stream.dynamicHeader(literalCount: 258, distanceCount: 1, lengths: (Self.fourLiterals + [1]).map { ($0, 0) })
        for symbol in [0x61, 257] { stream.writer.writeCode(codes[symbol], 2) }
        stream.writer.writeCode(0, 1)  // distance 1
        for symbol in [0x62, 256] { stream.writer.writeCode(codes[symbol], 2) }
        #expect(try Self.inflate(stream.bytes()) == "aaaab")

        var missing = DeflateStreams()
        missing.dynamicHeader(literalCount: 258, distanceCount: 1, lengths: (Self.fourLiterals + [1]).map { ($0, 0) })
        for symbol in [0x61, 257] { missing.writer.writeCode(codes[symbol], 2) }
        missing.writer.writeCode(1, 1)  // the code the lone distance code leaves unused
        missing.writer.write(0, 32)
        #expect(throws: ZIPError.badCode(offset: 139)) { try Self.inflate(missing.bytes()) }
    }

    @Test func acceptsABlockOfLiteralsWithNoDistanceCodes() throws {
        // RFC 1951 §3.2.7: one distance code of zero bits means the block has no matches. (Found by fuzzing.)
        let codes = DeflateStreams.canonicalCodes(Self.fourLiterals)
        var stream = DeflateStreams()
        stream.dynamicHeader(literalCount: 258, distanceCount: 1, lengths: (Self.fourLiterals + [0]).map { ($0, 0) })
        for symbol in [0x61, 0x62, 256] { stream.writer.writeCode(codes[symbol], 2) }
        #expect(try Self.inflate(stream.bytes()) == "ab")

        var match = DeflateStreams()
        match.dynamicHeader(literalCount: 258, distanceCount: 1, lengths: (Self.fourLiterals + [0]).map { ($0, 0) })
        for symbol in [0x61, 257] { match.writer.writeCode(codes[symbol], 2) }
        match.writer.write(0, 32)
        #expect(throws: ZIPError.badCode(offset: 139)) { try Self.inflate(match.bytes()) }
    }

    @Test func readsRunsOfCodeLengths() throws {
        // 'a'…'d' and 256…259 in three bits (complete), by 18 and 16 runs; distances 1 and 2 in one bit.
        let runs = [(18, 97 - 11), (3, 0), (16, 0), (18, 127), (18, 17 - 11), (3, 0), (16, 0), (1, 0), (1, 0)]
        var lengths = [Int](repeating: 0, count: 260)
        for symbol in [0x61, 0x62, 0x63, 0x64, 256, 257, 258, 259] { lengths[symbol] = 3 }
        let codes = DeflateStreams.canonicalCodes(lengths)
        var stream = DeflateStreams()
        stream.dynamicHeader(literalCount: 260, distanceCount: 2, lengths: runs)
        for symbol in [0x61, 0x62, 257] { stream.writer.writeCode(codes[symbol], 3) }
        stream.writer.writeCode(1, 1)  // distance 2
        for symbol in [0x63, 256] { stream.writer.writeCode(codes[symbol], 3) }
        #expect(try Self.inflate(stream.bytes()) == "ababac")
    }

    @Test func refusesCodeLengthsThatAreNoCode() {
        func header(literals: Int = 258, distances: Int = 1, _ lengths: [(Int, Int)], codeLengthLengths: [Int] = DeflateStreams.codeLengthLengths) -> [UInt8] {
            var stream = DeflateStreams()
            stream.dynamicHeader(literalCount: literals, distanceCount: distances, lengths: lengths, codeLengthLengths: codeLengthLengths)
            stream.writer.write(0, 32)
            return stream.bytes()
        }
        let plain = (Self.fourLiterals + [1]).map { ($0, 0) }
        #expect(throws: ZIPError.badCodeLengths(offset: 0), "287 literal/length codes") { try Self.inflate(header(literals: 287, plain)) }
        #expect(throws: ZIPError.badCodeLengths(offset: 0), "31 distance codes") { try Self.inflate(header(distances: 31, plain)) }
        let overSubscribed = [Int](repeating: 1, count: 19)
        #expect(throws: ZIPError.badCodeLengths(offset: 0)) { try Self.inflate(header(plain, codeLengthLengths: overSubscribed)) }
        let incomplete = [1] + [Int](repeating: 0, count: 18)
        #expect(throws: ZIPError.badCodeLengths(offset: 0)) { try Self.inflate(header([], codeLengthLengths: incomplete)) }
        #expect(throws: ZIPError.badCodeLengths(offset: 9), "16 with no length to repeat") { try Self.inflate(header([(16, 0)])) }
        #expect(throws: ZIPError.badCodeLengths(offset: 12), "runs past the last length") { try Self.inflate(header([(18, 127), (18, 127)])) }

        var noEnd = Self.fourLiterals
        noEnd[256] = 0
        noEnd[0x63] = 2
        #expect(throws: ZIPError.badCodeLengths(offset: 138), "no end-of-block code") { try Self.inflate(header((noEnd + [1]).map { ($0, 0) })) }
        var tooMany = Self.fourLiterals
        tooMany[0x63] = 2
        #expect(throws: ZIPError.badCodeLengths(offset: 138), "five codes of two bits") { try Self.inflate(header((tooMany + [1]).map { ($0, 0) })) }
        var tooFew = Self.fourLiterals
        tooFew[0x62] = 0
        #expect(throws: ZIPError.badCodeLengths(offset: 138), "three codes of two bits") { try Self.inflate(header((tooFew + [1]).map { ($0, 0) })) }
    }

    @Test func stopsAtTheOutputLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 1_000_000)
        let bomb = Deflater.deflate(zeros)
        #expect(bomb.count < 8_000)
        #expect(throws: ZIPError.outputLimit(limit: 100_000)) { try Inflater.inflate(bomb, limit: 100_000) }
        #expect(throws: ZIPError.outputLimit(limit: 999_999)) { try Inflater.inflate(bomb, limit: 999_999) }
        #expect(try Inflater.inflate(bomb, limit: 1_000_000) == zeros)
        #expect(throws: ZIPError.outputLimit(limit: 4)) { try Inflater.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8), limit: 4) }
        #expect(try Inflater.inflate([0x03, 0x00], limit: 0) == [])
    }
}

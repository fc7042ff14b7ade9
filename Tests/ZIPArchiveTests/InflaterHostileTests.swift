import Testing
import FordelingTestSupport
@testable import ZIPArchive

/// Damaged streams: every bit flipped, every prefix. Each is decompressed or refused, never a trap or a hang.
@Suite struct InflaterHostileTests {
    /// A stored, a fixed-code and a dynamic-code stream.
    static let streams: [[UInt8]] = [
        [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8),
        Deflater.deflate(Array(InflaterTests.dynamicText.utf8)),
        InflaterTests.hex(InflaterTests.dynamicStream),
    ]

    @Test(arguments: 0..<streams.count)
    func everySingleBitFlipIsDecompressedOrRefused(stream: Int) {
        let original = Self.streams[stream]
        var refused = 0
        for bit in 0..<(original.count * 8) {
            var damaged = original
            damaged[bit / 8] ^= 1 << (bit % 8)
            do {
                _ = try Inflater.inflate(damaged, limit: 1 << 16)
            } catch {
                refused += 1
            }
        }
        #expect(refused > original.count, "most flips break a stream")
    }

    @Test(arguments: 0..<streams.count)
    func everyPrefixIsRefused(stream: Int) {
        let original = Self.streams[stream]
        for length in 0..<original.count {
            #expect(throws: ZIPError.self, "\(length) bytes") { try Inflater.inflate(Array(original[..<length]), limit: 1 << 16) }
        }
    }

    @Test func randomBytesAreDecompressedOrRefused() {
        var generator = SeededGenerator(seed: 1951)
        for length in 0..<2_000 {
            let bytes = (0..<(length % 200)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Inflater.inflate(bytes, limit: 1 << 16)
        }
    }

    @Test func readsThousandsOfTinyDynamicBlocksWithFifteenBitCodes() throws {
        // Each block builds tables for codes up to 15 bits (only 2^10 entries each: see HuffmanTable).
        var lengths = [Int](repeating: 0, count: 258)
        for (index, symbol) in ([256] + Array(0x61..<0x70)).enumerated() { lengths[symbol] = min(index + 1, 15) }
        let codes = DeflateStreams.canonicalCodes(lengths)
        var stream = DeflateStreams()
        for block in 0..<5_000 {
            stream.dynamicHeader(final: block == 4_999, literalCount: 258, distanceCount: 1, lengths: (lengths + [1]).map { ($0, 0) })
            stream.writer.writeCode(codes[0x6F], 15)
            stream.writer.writeCode(codes[256], 1)
        }
        #expect(try Inflater.inflate(stream.bytes(), limit: 1 << 16) == [UInt8](repeating: 0x6F, count: 5_000))
    }
}

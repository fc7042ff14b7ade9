import Testing
import FordelingTestSupport
@testable import ZIPArchive

/// Streams made by zlib (through Python) at every level and strategy, over data that needs every length
/// and distance code, and round trips through this package's own deflater.
@Suite struct InflaterZlibTests {
    /// About 400 KB: words with repeats near and far, runs of one byte, random bytes, and a block repeated
    /// 32 000 bytes later (the longest distances).
    static let data: [UInt8] = {
        var generator = SeededGenerator(seed: 8)
        let words = ["kommune", "fordeling", "<c r=\"A1\">", "</row>", "1.234,56", "øre", " ", "\n"].map { Array($0.utf8) }
        var data: [UInt8] = []
        while data.count < 400_000 {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: data += [UInt8](repeating: UInt8.random(in: 0...255, using: &generator), count: Int.random(in: 1...700, using: &generator))
            case 1: data += (0..<Int.random(in: 1...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 2 where data.count > 33_000: data += data[(data.count - 32_768)..<(data.count - 32_768 + Int.random(in: 3...600, using: &generator))]
            default: for _ in 0..<20 { data += words[Int.random(in: 0..<words.count, using: &generator)] }
            }
        }
        return data
    }()

    @Test func decompressesWhatZlibCompresses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("data", Self.data)
        let settings = ["(0, 0)", "(1, 0)", "(6, 0)", "(9, 0)", "(6, zlib.Z_FILTERED)", "(6, zlib.Z_HUFFMAN_ONLY)", "(6, zlib.Z_RLE)", "(6, zlib.Z_FIXED)"]
        try ExternalTools.python("""
            import zlib
            data = open('data', 'rb').read()
            for index, (level, strategy) in enumerate([\(settings.joined(separator: ", "))]):
                for bits in (-15, -9):
                    compressor = zlib.compressobj(level, zlib.DEFLATED, bits, 9, strategy)
                    open('%d%d.z' % (index, -bits), 'wb').write(compressor.compress(data) + compressor.flush())
            """, in: folder)
        for index in settings.indices {
            for bits in [15, 9] {
                let stream = try folder.read("\(index)\(bits).z")
                #expect(try Inflater.inflate(stream, limit: Self.data.count) == Self.data, "setting \(settings[index]), window \(bits) bits")
            }
        }
    }

    @Test func decompressesWhatItsOwnDeflaterCompresses() throws {
        #expect(try Inflater.inflate(Deflater.deflate(Self.data), limit: Self.data.count) == Self.data)
        var generator = SeededGenerator(seed: 9)
        for length in 0..<300 {
            let alphabet = UInt8.random(in: 1...255, using: &generator)
            let bytes = (0..<(length * 7)).map { _ in UInt8.random(in: 0...alphabet, using: &generator) }
            #expect(try Inflater.inflate(Deflater.deflate(bytes), limit: bytes.count) == bytes, "\(bytes.count) bytes")
        }
    }

    @Test func deflatesRepetitiveTextSeveralTimesSmaller() {
        let sheet = (1...2_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0 * 37)</v></c></row>" }.joined()
        #expect(Deflater.deflate(Array(sheet.utf8)).count * 4 < sheet.utf8.count)
    }
}

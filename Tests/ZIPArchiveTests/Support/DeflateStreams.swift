@testable import ZIPArchive

/// DEFLATE streams built bit by bit, to make the malformed ones no compressor makes.
struct DeflateStreams {
    var writer = BitWriter(capacity: 64)

    /// A block header: BFINAL, then BTYPE (0 stored, 1 fixed, 2 dynamic, 3 reserved).
    mutating func header(final: Bool = true, type: Int) {
        writer.write(final ? 1 : 0, 1)
        writer.write(type, 2)
    }

    /// A symbol of the fixed literal/length code.
    mutating func fixedLiteral(_ symbol: Int) {
        switch symbol {
        case 0..<144: writer.writeCode(0x30 + symbol, 8)
        case 144..<256: writer.writeCode(0x190 + symbol - 144, 9)
        case 256..<280: writer.writeCode(symbol - 256, 7)
        default: writer.writeCode(0xC0 + symbol - 280, 8)
        }
    }

    /// A symbol of the fixed distance code (five bits).
    mutating func fixedDistance(_ symbol: Int) {
        writer.writeCode(symbol, 5)
    }

    /// The code-length code these streams use: all 19 code-length symbols, 0…12 in four bits, 13…18 in
    /// five (a complete code).
    static let codeLengthLengths = (0..<19).map { $0 < 13 ? 4 : 5 }

    /// A dynamic block's header: the counts, the code-length code (`codeLengthLengths`, all 19 given,
    /// unless `codeLengthLengths` is overridden), then `lengths` as code-length symbols (each `(symbol,
    /// extra)`; 16, 17 and 18 take 2, 3 and 7 extra bits).
    mutating func dynamicHeader(final: Bool = true, literalCount: Int, distanceCount: Int, lengths: [(Int, Int)],
                                codeLengthLengths: [Int] = DeflateStreams.codeLengthLengths) {
        header(final: final, type: 2)
        writer.write(literalCount - 257, 5)
        writer.write(distanceCount - 1, 5)
        writer.write(19 - 4, 4)
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] { writer.write(codeLengthLengths[symbol], 3) }
        let codes = Self.canonicalCodes(codeLengthLengths)
        for (symbol, extra) in lengths {
            writer.writeCode(codes[symbol], codeLengthLengths[symbol])
            switch symbol {
            case 16: writer.write(extra, 2)
            case 17: writer.write(extra, 3)
            case 18: writer.write(extra, 7)
            default: break
            }
        }
    }

    /// The code of each symbol of the canonical Huffman code with these lengths (RFC 1951 §3.2.2).
    static func canonicalCodes(_ lengths: [Int]) -> [Int] {
        var codes = [Int](repeating: 0, count: lengths.count)
        var code = 0
        for length in 1...15 {
            for symbol in lengths.indices where lengths[symbol] == length {
                codes[symbol] = code
                code += 1
            }
            code <<= 1
        }
        return codes
    }

    /// The stream so far, its last byte padded.
    mutating func bytes() -> [UInt8] { writer.finish() }
}

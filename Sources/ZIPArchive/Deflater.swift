/// A small DEFLATE compressor (RFC 1951): one block in the fixed Huffman code (§3.2.6), with matches found
/// greedily along hash chains over the last 32 KiB. Far simpler than zlib and compressing less, but the
/// XML of a workbook shrinks several times. The same input always gives the same output.
enum Deflater {
    private static let window = 1 << 15
    private static let hashBits = 15
    /// How many earlier positions with the same hash are tried for each match.
    private static let chainLimit = 48

    /// `bytes` as a raw DEFLATE stream.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter(capacity: bytes.count / 2 + 16)
        writer.write(1, 1)  // final block
        writer.write(1, 2)  // fixed Huffman codes
        bytes.withUnsafeBufferPointer { input in
            var head = [Int32](repeating: -1, count: 1 << hashBits)
            var previous = [Int32](repeating: -1, count: window)
            var position = 0
            /// Records `position` as the latest start of its three bytes.
            func insert(_ position: Int) {
                guard position + 3 <= input.count else { return }
                let hash = Self.hash(input, position)
                previous[position & (window - 1)] = head[hash]
                head[hash] = Int32(position)
            }
            while position < input.count {
                var bestLength = 0
                var bestDistance = 0
                if position + 3 <= input.count {
                    var candidate = Int(head[Self.hash(input, position)])
                    var tries = 0
                    let longest = min(258, input.count - position)
                    while candidate >= 0 && position - candidate <= window && tries < chainLimit {
                        var length = 0
                        while length < longest && input[candidate + length] == input[position + length] { length += 1 }
                        if length > bestLength {
                            (bestLength, bestDistance) = (length, position - candidate)
                            if length == longest { break }
                        }
                        candidate = Int(previous[candidate & (window - 1)])
                        tries += 1
                    }
                }
                if bestLength >= 3 {
                    writeMatch(length: bestLength, distance: bestDistance, to: &writer)
                    for skipped in position..<(position + bestLength) { insert(skipped) }
                    position += bestLength
                } else {
                    writeLiteral(Int(input[position]), to: &writer)
                    insert(position)
                    position += 1
                }
            }
        }
        writeLiteral(256, to: &writer)  // end of block
        return writer.finish()
    }

    /// A hash of the three bytes at `position`.
    private static func hash(_ input: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        let value = Int(input[position]) << 16 | Int(input[position + 1]) << 8 | Int(input[position + 2])
        return (value &* 0x9E37_79B1) >> (32 - hashBits) & (1 << hashBits - 1)
    }

    /// A literal/length symbol in the fixed code: 0…143 in 8 bits, 144…255 in 9, 256…279 in 7, 280…287 in 8.
    private static func writeLiteral(_ symbol: Int, to writer: inout BitWriter) {
        switch symbol {
        case 0..<144: writer.writeCode(0x30 + symbol, 8)
        case 144..<256: writer.writeCode(0x190 + symbol - 144, 9)
        case 256..<280: writer.writeCode(symbol - 256, 7)
        default: writer.writeCode(0xC0 + symbol - 280, 8)
        }
    }

    /// A match: its length symbol and extra bits, then its distance symbol (five bits) and extra bits.
    private static func writeMatch(length: Int, distance: Int, to writer: inout BitWriter) {
        let lengthSymbol = Int(DeflateAlphabet.lengthSymbols[length])
        let lengthCode = DeflateAlphabet.lengthCodes[lengthSymbol]
        writeLiteral(257 + lengthSymbol, to: &writer)
        writer.write(length - Int(lengthCode & 0x1FF), Int(lengthCode >> 12))
        let distanceSymbol = DeflateAlphabet.distanceSymbol(distance)
        let distanceCode = DeflateAlphabet.distanceCodes[distanceSymbol]
        writer.writeCode(distanceSymbol, 5)
        writer.write(distance - Int(distanceCode & 0xFFFF), Int(distanceCode >> 16))
    }
}

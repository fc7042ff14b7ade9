/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, from a raw stream
/// (no zlib or gzip wrapper, as in ZIP entries).
///
/// Total on hostile input: a malformed stream is a thrown `ZIPError` naming the problem and its byte offset
/// in the stream, never a trap or a loop without end (every step consumes input or ends), and the output
/// is refused (`outputLimit`) as soon as it would pass the caller's limit, so a ZIP bomb costs no more
/// than the limit.
public enum Inflater {
    /// The bytes that `stream` decompresses to, at most `limit` of them. The stream must end exactly at
    /// the end of `stream` (apart from the bits that fill its last byte). `expectedSize` (the size an
    /// archive declares, if known) only sizes the first buffer.
    public static func inflate(_ stream: [UInt8], limit: Int, expectedSize: Int = 0) throws(ZIPError) -> [UInt8] {
        try inflate(stream[...], limit: limit, expectedSize: expectedSize)
    }

    /// The bytes that `stream` decompresses to; see `inflate(_:limit:expectedSize:)`. Offsets in errors
    /// count from the start of `stream`.
    public static func inflate(_ stream: ArraySlice<UInt8>, limit: Int, expectedSize: Int = 0) throws(ZIPError) -> [UInt8] {
        // `ArraySlice.withUnsafeBytes` rethrows untyped errors: the result carries the typed one out.
        try stream.withUnsafeBytes { input -> Result<[UInt8], ZIPError> in
            var inflation = Inflation(input, output: InflateOutput(limit: limit, expected: expectedSize))
            do throws(ZIPError) {
                try inflation.run()
            } catch {
                return .failure(error)
            }
            return .success(inflation.output.bytes)
        }.get()
    }
}

/// One decompression in progress: the input's bits, the output, and the current block's codes.
private struct Inflation: ~Copyable {
    var reader: BitReader
    var output: InflateOutput
    var literals = HuffmanTable()
    var distances = HuffmanTable()
    var codeLengths = HuffmanTable()
    /// Whether `literals` and `distances` hold the fixed codes (so that a run of fixed blocks builds them once).
    var fixedCodes = false

    init(_ input: UnsafeRawBufferPointer, output: consuming InflateOutput) {
        reader = BitReader(input)
        self.output = output
    }

    /// Decompresses every block, up to and including the final one, then refuses any bytes after it.
    mutating func run() throws(ZIPError) {
        var final = false
        while !final {
            let start = reader.offset
            final = try reader.take(1) == 1
            switch try reader.take(2) {
            case 0: try storedBlock()
            case 1: try useFixedCodes(); try codedBlock()
            case 2: try readDynamicCodes(); try codedBlock()
            default: throw .badBlockType(offset: start)
            }
        }
        reader.alignToByte()
        if reader.position < reader.input.count { throw .trailingData(offset: reader.position) }
    }

    /// A stored block (§3.2.4): from the next byte boundary, LEN, NLEN (its one's complement), LEN bytes.
    private mutating func storedBlock() throws(ZIPError) {
        reader.alignToByte()
        let start = reader.position
        let input = reader.input
        guard start + 4 <= input.count else { throw .endedEarly(offset: input.count) }
        let length = Int(input[start]) | Int(input[start + 1]) << 8
        let complement = Int(input[start + 2]) | Int(input[start + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch(offset: start) }
        guard start + 4 + length <= input.count else { throw .endedEarly(offset: input.count) }
        try output.reserve(length)
        output.append(UnsafeRawBufferPointer(rebasing: input[(start + 4)..<(start + 4 + length)]))
        reader.skipBytes(4 + length)
    }

    /// The fixed codes (§3.2.6). All 288 literal/length and 32 distance codes are built, so that the codes
    /// are complete; the symbols that do not exist are refused when decoded.
    private mutating func useFixedCodes() throws(ZIPError) {
        if fixedCodes { return }
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        try lengths.withUnsafeBufferPointer { (lengths) throws(ZIPError) in try literals.build(lengths, allowLoneCode: false, offset: 0) }
        let five = [UInt8](repeating: 5, count: 32)
        try five.withUnsafeBufferPointer { (lengths) throws(ZIPError) in try distances.build(lengths, allowLoneCode: false, offset: 0) }
        fixedCodes = true
    }

    /// A dynamic block's codes (§3.2.7): the counts, the code-length code's lengths, then the literal/length
    /// and distance code lengths in that code (with 16 repeating the last length, 17 and 18 runs of zeros).
    private mutating func readDynamicCodes() throws(ZIPError) {
        fixedCodes = false
        let start = reader.offset
        let literalCount = try reader.take(5) + 257
        let distanceCount = try reader.take(5) + 1
        let codeLengthCount = try reader.take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCodeLengths(offset: start) }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in Self.codeLengthOrder.prefix(codeLengthCount) { codeLengthLengths[index] = UInt8(try reader.take(3)) }
        try codeLengthLengths.withUnsafeBufferPointer { (lengths) throws(ZIPError) in
            try codeLengths.build(lengths, allowLoneCode: false, offset: start)
        }

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var index = 0
        while index < total {
            let symbol = try reader.decode(codeLengths)
            if symbol < 16 {
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            }
            let repeated: UInt8
            let run: Int
            switch symbol {
            case 16:
                guard index > 0 else { throw .badCodeLengths(offset: reader.offset) }
                repeated = lengths[index - 1]
                run = try 3 + reader.take(2)
            case 17: (repeated, run) = (0, try 3 + reader.take(3))
            default: (repeated, run) = (0, try 11 + reader.take(7))
            }
            guard index + run <= total else { throw .badCodeLengths(offset: reader.offset) }
            for slot in index..<(index + run) { lengths[slot] = repeated }
            index += run
        }
        guard lengths[256] != 0 else { throw .badCodeLengths(offset: reader.offset) }
        try lengths.withUnsafeBufferPointer { (lengths) throws(ZIPError) in
            try literals.build(UnsafeBufferPointer(rebasing: lengths[..<literalCount]), allowLoneCode: true, offset: reader.offset)
            try distances.build(UnsafeBufferPointer(rebasing: lengths[literalCount...]), allowLoneCode: true, offset: reader.offset)
        }
    }

    /// A Huffman-coded block's symbols (§3.2.5): literals, length/distance matches, up to end-of-block.
    private mutating func codedBlock() throws(ZIPError) {
        while true {
            let symbol = try reader.decode(literals)
            if symbol < 256 {
                try output.reserve(1)
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            guard symbol < 286 else { throw .badCode(offset: reader.offset) }
            let lengthCode = DeflateAlphabet.lengthCodes[symbol - 257]
            let length = try Int(lengthCode & 0x1FF) + reader.take(Int(lengthCode >> 12))
            let distanceSymbol = try reader.decode(distances)
            guard distanceSymbol < 30 else { throw .badCode(offset: reader.offset) }
            let distanceCode = DeflateAlphabet.distanceCodes[distanceSymbol]
            let distance = try Int(distanceCode & 0xFFFF) + reader.take(Int(distanceCode >> 16))
            guard distance <= output.count else { throw .distanceTooFar(offset: reader.offset) }
            try output.reserve(length)
            output.copyMatch(distance: distance, length: length)
        }
    }

    /// The order in which a dynamic block gives the code-length code's lengths.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
}

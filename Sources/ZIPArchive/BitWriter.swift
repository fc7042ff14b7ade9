/// Writes bits least significant first into bytes, as DEFLATE packs them (RFC 1951 §3.1.1).
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var bits: UInt64 = 0
    private var count = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the low `n` (0…32) bits of `value`, lowest first.
    mutating func write(_ value: Int, _ n: Int) {
        bits |= (UInt64(truncatingIfNeeded: value) & ((1 << UInt64(n)) &- 1)) << UInt64(count)
        count += n
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            count -= 8
        }
    }

    /// Appends a Huffman code of `length` bits, which is sent most significant bit first.
    mutating func writeCode(_ code: Int, _ length: Int) {
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
        write(reversed, length)
    }

    /// The bytes, the last one filled with zero bits.
    mutating func finish() -> [UInt8] {
        if count > 0 { write(0, 8 - count) }
        return bytes
    }
}

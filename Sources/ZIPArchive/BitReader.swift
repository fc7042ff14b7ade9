/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951 §3.1.1), through a
/// 64-bit buffer that is refilled eight bytes at a time.
///
/// Invariant: `bits` holds the next `count` unread bits in its low bits; any bits above them are zero or
/// the stream's following bits (a fast refill loads more than it counts).
struct BitReader {
    let input: UnsafeRawBufferPointer
    /// The next byte of `input` to load into `bits`.
    private(set) var position = 0
    private(set) var bits: UInt64 = 0
    private(set) var count = 0

    init(_ input: UnsafeRawBufferPointer) {
        self.input = input
    }

    /// The offset of the byte holding the next unread bit, for error messages.
    var offset: Int { (position * 8 - count) / 8 }

    /// The whole bytes neither read nor in the buffer, plus those in it.
    var unreadBytes: Int { input.count - position + count / 8 }

    /// Tops the buffer up to at least 56 bits, or to all that is left of the input.
    @inline(__always)
    mutating func refill() {
        if position + 8 <= input.count {
            let word = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            bits |= word << UInt64(count)
            position += (63 - count) >> 3
            count |= 56
        } else {
            while count < 56 && position < input.count {
                bits |= UInt64(input[position]) << UInt64(count)
                position += 1
                count += 8
            }
        }
    }

    /// The next `n` (0…32) bits as a number, first bit lowest.
    @inline(__always)
    mutating func take(_ n: Int) throws(ZIPError) -> Int {
        if count < n {
            refill()
            if count < n { throw .endedEarly(offset: input.count) }
        }
        let value = Int(truncatingIfNeeded: bits & ((1 << UInt64(n)) &- 1))
        drop(n)
        return value
    }

    /// The next symbol of `table`'s Huffman code.
    @inline(__always)
    mutating func decode(_ table: borrowing HuffmanTable) throws(ZIPError) -> Int {
        if count < HuffmanTable.maximumCodeLength { refill() }
        let entry = Int(table.entries[Int(truncatingIfNeeded: bits) & table.mask])
        if entry == 0 { return try decodeLong(table) }
        let length = entry & 15
        if length > count { throw .endedEarly(offset: input.count) }
        drop(length)
        return entry >> 4
    }

    /// The next symbol of `table`'s Huffman code, read bit by bit: the canonical codes of each length are
    /// consecutive numbers, the first of them following the last code of the length before.
    private mutating func decodeLong(_ table: borrowing HuffmanTable) throws(ZIPError) -> Int {
        var code = 0  // the bits read so far, first bit highest
        var first = 0  // the first code of the current length
        var index = 0  // the index in `table.symbols` of that code's symbol
        for length in 1...HuffmanTable.maximumCodeLength {
            if length > count { throw .endedEarly(offset: input.count) }
            code |= Int(truncatingIfNeeded: bits >> UInt64(length - 1)) & 1
            let codes = table.counts[length]
            if code - first < codes {
                drop(length)
                return Int(table.symbols[index + code - first])
            }
            index += codes
            first = (first + codes) << 1
            code <<= 1
        }
        throw .badCode(offset: offset)
    }

    /// Skips `n` bits that are in the buffer.
    @inline(__always)
    mutating func drop(_ n: Int) {
        bits >>= UInt64(n)
        count -= n
    }

    /// Skips to the next byte boundary and hands the whole bytes still in the buffer back to the input, so
    /// that `position` is the next byte (for a stored block, whose bytes are copied directly).
    mutating func alignToByte() {
        drop(count % 8)
        position -= count / 8
        bits = 0
        count = 0
    }

    /// Moves past `n` bytes that the caller has copied from `position`, after `alignToByte`.
    mutating func skipBytes(_ n: Int) {
        position += n
    }
}

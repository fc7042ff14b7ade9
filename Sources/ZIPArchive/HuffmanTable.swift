/// A canonical Huffman code (RFC 1951 §3.2.2), built from its code lengths, for decoding.
///
/// Codes of up to `primaryBits` bits are decoded by one lookup in `entries`, indexed by the next bits of
/// the stream (first bit lowest): each entry is `symbol << 4 | length`, or 0 where a longer code (or no
/// code) starts. Those are decoded bit by bit from `counts` and `symbols` (rare: long codes are for rare
/// symbols). Building costs at most 2^`primaryBits` entries, so hostile streams of tiny blocks stay cheap.
struct HuffmanTable: ~Copyable {
    static var primaryBits: Int { 10 }
    static var maximumCodeLength: Int { 15 }

    let entries: UnsafeMutablePointer<UInt16>
    /// The number of codes of each length, 0…15.
    let counts: UnsafeMutablePointer<Int>
    /// The symbols, ordered by code length and then by value: the order of their codes.
    let symbols: UnsafeMutablePointer<UInt16>
    /// `entries`' index mask: the primary table has `mask + 1` entries.
    private(set) var mask = 0

    init() {
        entries = .allocate(capacity: 1 << Self.primaryBits)
        entries.initialize(repeating: 0, count: 1 << Self.primaryBits)
        counts = .allocate(capacity: Self.maximumCodeLength + 1)
        counts.initialize(repeating: 0, count: Self.maximumCodeLength + 1)
        symbols = .allocate(capacity: 288)
        symbols.initialize(repeating: 0, count: 288)
    }

    deinit {
        entries.deallocate()
        counts.deallocate()
        symbols.deallocate()
    }

    /// Makes this the code in which symbol `i` has code length `lengths[i]` (0: the symbol is not used;
    /// at most 288 symbols, lengths at most 15). Throws `badCodeLengths(offset)` unless the lengths form a
    /// complete prefix code, or no code at all, or (if `allowLoneCode`) a single code of one bit — as
    /// zlib accepts for a block with one distance, or with no literals.
    mutating func build(_ lengths: UnsafeBufferPointer<UInt8>, allowLoneCode: Bool, offset: Int) throws(ZIPError) {
        counts.update(repeating: 0, count: Self.maximumCodeLength + 1)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var longest = 0
        var left = 1  // code space left at the current length
        for length in 1...Self.maximumCodeLength {
            if counts[length] > 0 { longest = length }
            left = left << 1 - counts[length]
            if left < 0 { throw .badCodeLengths(offset: offset) }
        }
        if left > 0 && longest > 0 && !(allowLoneCode && longest == 1) { throw .badCodeLengths(offset: offset) }

        // The first index in `symbols` of each length's codes, then the symbols in code order.
        var starts = [Int](repeating: 0, count: Self.maximumCodeLength + 2)
        for length in 1...Self.maximumCodeLength { starts[length + 1] = starts[length] + counts[length] }
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[starts[Int(length)]] = UInt16(symbol)
            starts[Int(length)] += 1
        }

        let bits = min(longest, Self.primaryBits)
        mask = (1 << bits) - 1
        entries.update(repeating: 0, count: mask + 1)
        var code = 0
        var index = 0
        for length in stride(from: 1, through: bits, by: 1) {  // none if there are no codes
            for _ in 0..<counts[length] {
                let entry = UInt16(Int(symbols[index]) << 4 | length)
                var slot = Self.reversed(code, length)
                while slot <= mask {
                    entries[slot] = entry
                    slot += 1 << length
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
    }

    /// The low `length` bits of `code` in reverse order: Huffman codes are sent most significant bit first.
    private static func reversed(_ code: Int, _ length: Int) -> Int {
        var result = 0
        for bit in 0..<length where code & (1 << bit) != 0 { result |= 1 << (length - 1 - bit) }
        return result
    }
}

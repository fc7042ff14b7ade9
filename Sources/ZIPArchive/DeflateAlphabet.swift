/// DEFLATE's length and distance symbols (RFC 1951 §3.2.5): the shortest length or distance each stands
/// for and how many extra bits follow it, shared by the inflater and the deflater.
enum DeflateAlphabet {
    /// Length symbols 257…285: extra bits << 12 | the shortest length.
    static let lengthCodes: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 1 << 12 | 11, 1 << 12 | 13, 1 << 12 | 15, 1 << 12 | 17,
        2 << 12 | 19, 2 << 12 | 23, 2 << 12 | 27, 2 << 12 | 31, 3 << 12 | 35, 3 << 12 | 43, 3 << 12 | 51, 3 << 12 | 59,
        4 << 12 | 67, 4 << 12 | 83, 4 << 12 | 99, 4 << 12 | 115, 5 << 12 | 131, 5 << 12 | 163, 5 << 12 | 195, 5 << 12 | 227, 258,
    ]

    /// Distance symbols 0…29: extra bits << 16 | the shortest distance.
    static let distanceCodes: [UInt32] = [
        1, 2, 3, 4, 1 << 16 | 5, 1 << 16 | 7, 2 << 16 | 9, 2 << 16 | 13, 3 << 16 | 17, 3 << 16 | 25,
        4 << 16 | 33, 4 << 16 | 49, 5 << 16 | 65, 5 << 16 | 97, 6 << 16 | 129, 6 << 16 | 193,
        7 << 16 | 257, 7 << 16 | 385, 8 << 16 | 513, 8 << 16 | 769, 9 << 16 | 1025, 9 << 16 | 1537,
        10 << 16 | 2049, 10 << 16 | 3073, 11 << 16 | 4097, 11 << 16 | 6145, 12 << 16 | 8193, 12 << 16 | 12289,
        13 << 16 | 16385, 13 << 16 | 24577,
    ]

    /// The length symbol (0…28, for 257…285) of each length 3…258 (indexes below 3 unused).
    static let lengthSymbols: [UInt8] = {
        var symbols = [UInt8](repeating: 0, count: 259)
        for (symbol, code) in lengthCodes.enumerated() {
            let first = Int(code & 0x1FF)
            for length in first..<min(first + 1 << Int(code >> 12), 259) { symbols[length] = UInt8(symbol) }
        }
        return symbols
    }()

    /// The distance symbol (0…29) of `distance` (1…32 768).
    static func distanceSymbol(_ distance: Int) -> Int {
        var symbol = 29
        while Int(distanceCodes[symbol] & 0xFFFF) > distance { symbol -= 1 }
        return symbol
    }
}

/// Checks that a document is UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF)
/// and holds only characters that XML allows, eight ASCII bytes at a step where it can.
enum UTF8Check {
    /// The first byte that is not, and why.
    static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> ScanFailure? {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset < bytes.count {
            if offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let control = (word &- 0x2020_2020_2020_2020) & ~word & high  // some byte below 0x20
                if word & high == 0 && control == 0 {
                    offset += 8
                    continue
                }
            }
            let lead = bytes[offset]
            if lead < 0x80 {
                if lead < 0x20 && !XMLCharacters.isAllowed(UInt32(lead)) { return ScanFailure(.forbiddenCharacter(UInt32(lead)), at: offset) }
                offset += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: offset) else { return ScanFailure(.invalidUTF8, at: offset) }
            if lead == 0xEF && bytes[offset + 1] == 0xBF && bytes[offset + 2] >= 0xBE {
                return ScanFailure(.forbiddenCharacter(0xFFFE + UInt32(bytes[offset + 2] - 0xBE)), at: offset)
            }
            offset += length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence at `offset`, if it is one (RFC 3629 §4).
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xE1...0xEF: length = 3
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard offset + length <= bytes.count, second.contains(bytes[offset + 1]) else { return nil }
        for index in (offset + 2)..<(offset + length) where !(0x80...0xBF).contains(bytes[index]) { return nil }
        return length
    }
}

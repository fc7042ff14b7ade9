/// The character classes of XML 1.0 that the scanner needs, by byte (names approximated: every byte of a
/// non-ASCII character counts as a name character, as the names in workbooks are ASCII).
enum XMLCharacters {
    private static let nameStartBit: UInt8 = 1
    private static let nameBit: UInt8 = 2

    private static let classes: [UInt8] = (0..<256).map { byte in
        let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        let startsName = isLetter || byte == 0x5F || byte == 0x3A || byte >= 0x80  // _ :
        let inName = startsName || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E  // digits - .
        return (startsName ? nameStartBit : 0) | (inName ? nameBit : 0)
    }

    /// Whether `byte` may start a name.
    @inline(__always)
    static func startsName(_ byte: UInt8) -> Bool { classes[Int(byte)] & nameStartBit != 0 }

    /// Whether `byte` may be in a name after its first character.
    @inline(__always)
    static func isInName(_ byte: UInt8) -> Bool { classes[Int(byte)] & nameBit != 0 }

    /// XML's whitespace: space, tab, line feed, carriage return.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    /// Whether XML allows the character `scalar` (§2.2: tab, newline, carriage return, and U+0020 up,
    /// except surrogates, U+FFFE and U+FFFF).
    static func isAllowed(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: return true
        default: return false
        }
    }
}

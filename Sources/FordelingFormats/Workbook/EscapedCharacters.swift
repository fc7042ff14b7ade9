/// Excel's escapes for characters that XML cannot hold in text (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): `_xHHHH_`
/// stands for the character U+HHHH, and `_x005F_` for an underscore that would otherwise start such an escape.
/// Carriage returns are escaped too, as XML reads them as line feeds.
enum EscapedCharacters {
    /// `bytes` (UTF-8) with every escape decoded.
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "_")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let scalar = escape(in: bytes, at: index) {
                out += Array(String(Character(scalar)).utf8)
                index += 7
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with the characters XML cannot hold (and carriage returns) escaped, and every underscore that starts
    /// something `decode` would read as an escape escaped itself: `decode` gives `text` back.
    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "_") || $0 == 0xEF }) else { return text }
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A {
                result += Array("_x00\(hex(byte))_".utf8)
            } else if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                result += Array("_xFFF\(bytes[index + 2] == 0xBE ? "E" : "F")_".utf8)
                index += 2
            } else if byte == UInt8(ascii: "_") && escape(in: bytes, at: index) != nil {
                result += Array("_x005F_".utf8)
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// The character the escape at `index` stands for, if one starts there.
    private static func escape(in bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
              bytes[index + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - 0x41 + 10)
        default: nil
        }
    }
}

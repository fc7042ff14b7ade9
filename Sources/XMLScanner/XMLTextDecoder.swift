/// Character data and attribute values as their text (XML 1.0): references decoded (the five predefined
/// entities and numeric character references), line ends made `\n` (§2.11), and in attribute values every
/// whitespace character written as such made a space (§3.3.3).
enum XMLTextDecoder {
    enum Mode {
        case text
        case attribute
        /// A CDATA section: only line ends are normalized.
        case cdata
    }

    /// The text of `bytes[range]`: a slice of `bytes` itself when there is nothing to decode, else of
    /// a new array. `pointer` points at `bytes`.
    static func decode(_ bytes: [UInt8], _ pointer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                       mode: Mode) throws(ScanFailure) -> ArraySlice<UInt8> {
        guard range.contains(where: { needsDecoding(pointer[$0], mode) }) else { return bytes[range] }
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = pointer[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "&") where mode != .cdata:
                offset = try appendReference(pointer, from: offset - 1, end: range.upperBound, to: &text)
            case 0x0D:
                text.append(mode == .attribute ? 0x20 : 0x0A)
                if offset < range.upperBound && pointer[offset] == 0x0A { offset += 1 }
            case 0x09 where mode == .attribute, 0x0A where mode == .attribute:
                text.append(0x20)
            default:
                text.append(byte)
            }
        }
        return text[...]
    }

    @inline(__always)
    private static func needsDecoding(_ byte: UInt8, _ mode: Mode) -> Bool {
        switch byte {
        case UInt8(ascii: "&"): return mode != .cdata
        case 0x0D: return true
        case 0x09, 0x0A: return mode == .attribute
        default: return false
        }
    }

    /// The longest reference read: `&#x` and eight digits and `;`, with room for leading zeros.
    private static let longestReference = 32

    /// Appends the character that the reference at `start` (its `&`) stands for; returns the offset after
    /// its `;`.
    private static func appendReference(_ pointer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                                        to text: inout [UInt8]) throws(ScanFailure) -> Int {
        let limit = min(end, start + longestReference)
        guard let semicolon = (start + 1..<limit).first(where: { pointer[$0] == UInt8(ascii: ";") }) else {
            throw ScanFailure(.badReference(String(decoding: pointer[(start + 1)..<limit], as: UTF8.self)), at: start)
        }
        let name = pointer[(start + 1)..<semicolon]
        let written = String(decoding: name, as: UTF8.self)
        switch written {
        case "lt": text.append(UInt8(ascii: "<"))
        case "gt": text.append(UInt8(ascii: ">"))
        case "amp": text.append(UInt8(ascii: "&"))
        case "apos": text.append(UInt8(ascii: "'"))
        case "quot": text.append(UInt8(ascii: "\""))
        default:
            guard let scalar = try characterReference(Array(name), written: written, at: start) else {
                throw ScanFailure(.badReference(written + ";"), at: start)
            }
            text.append(contentsOf: String(Character(scalar)).utf8)
        }
        return semicolon + 1
    }

    /// The character that `#` decimal digits or `#x` hex digits name; nil if `name` is not of that form.
    private static func characterReference(_ name: [UInt8], written: String, at offset: Int) throws(ScanFailure) -> Unicode.Scalar? {
        guard name.first == UInt8(ascii: "#") else { return nil }
        let hex = name.count > 1 && name[1] == UInt8(ascii: "x")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            guard let digitValue = hexDigit(digit), hex || digitValue < 10 else { return nil }
            value = min(value * (hex ? 16 : 10) + UInt32(digitValue), 0x11_0000)  // stops past the last code point
        }
        guard XMLCharacters.isAllowed(value), let scalar = Unicode.Scalar(value) else {
            throw ScanFailure(.invalidCharacterReference(written), at: offset)
        }
        return scalar
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

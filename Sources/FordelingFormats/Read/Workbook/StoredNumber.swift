/// A number as a workbook stores it (`<v>` of a number cell): decimal text such as `1445162`, `0.825`, or the binary
/// floating-point value Excel keeps, written with up to 17 significant digits (`0.82499999999999996`,
/// `1.0000000000000001E-5`). Read back as the decimal the user typed: rounded half away from zero to 15 significant
/// digits, as Excel shows it, trailing zeros dropped; then as its cell's number format shows it (`NumberFormats`): a
/// percentage in percent (0.0604 shown as 6,04 %), and with at least the decimals shown (6.4 shown as 6,40). Worked on
/// the digits, never through a `Double`.
enum StoredNumber {
    /// The most significant digits Excel keeps.
    static let significantDigits = 15
    /// Exponents beyond this are not numbers a workbook holds (a double reaches 10^±308).
    private static let largestExponent = 400

    /// The number in `text` as Danish text without grouping (`1445162`, `0,825`, `-12,5`), as the CSV readers read
    /// it; nil if `text` is not a number.
    static func danish(_ text: some StringProtocol, shown: NumberFormats.Shown = .general) -> String? {
        guard let (negative, digits, exponent) = decompose(text) else { return nil }
        var (significant, power) = rounded(digits, exponent: exponent)
        if significant.isEmpty { (significant, power) = ([0], 0) } else if shown.percent { power += 2 }
        if -power < shown.decimals {
            significant += [UInt8](repeating: 0, count: shown.decimals + power)
            power = -shown.decimals
        }
        return format(negative: negative && significant.contains { $0 != 0 }, (significant, power))
    }

    /// Sign, the significant digits (no leading zeros), and the power of ten of the last of them.
    private static func decompose(_ text: some StringProtocol) -> (Bool, [UInt8], Int)? {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, first == 0x20 { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 { bytes = bytes.dropLast() }
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        while let byte = bytes.first {
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                if !digits.isEmpty || byte != 0x30 { digits.append(byte - 0x30) }
                if sawPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard sawDigit else { return nil }
        if let marker = bytes.first, marker == UInt8(ascii: "E") || marker == UInt8(ascii: "e") {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty else { return nil }
            var written = 0
            for byte in bytes {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                written = min(written * 10 + Int(byte - 0x30), 10 * largestExponent)
            }
            exponent += exponentNegative ? -written : written
            bytes = []
        }
        guard bytes.isEmpty else { return nil }
        // Digits beyond the point of a number that are dropped here are zeros of the exponent: 1.50 is 15 × 10^-1.
        guard abs(exponent + digits.count) <= largestExponent else { return nil }
        return (negative, digits, exponent)
    }

    /// The digits rounded half away from zero to `significantDigits`, trailing zeros dropped, with the power of ten
    /// of the last digit.
    private static func rounded(_ digits: [UInt8], exponent: Int) -> ([UInt8], Int) {
        var digits = digits
        var exponent = exponent
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            exponent += digits.count - significantDigits
            digits.removeLast(digits.count - significantDigits)
            if roundUp {
                var index = digits.count - 1
                while index >= 0 && digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0) }
            }
        }
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        return (digits, exponent)
    }

    /// `digits × 10^exponent` as Danish text: whole part, `,`, decimals.
    private static func format(negative: Bool, _ number: ([UInt8], Int)) -> String {
        let (digits, exponent) = number
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        let ascii = digits.map { $0 + 0x30 }
        if exponent >= 0 {
            text += ascii + [UInt8](repeating: 0x30, count: exponent)
        } else {
            let decimals = -exponent
            if decimals >= ascii.count {
                text += [0x30, UInt8(ascii: ",")] + [UInt8](repeating: 0x30, count: decimals - ascii.count) + ascii
            } else {
                text += ascii[..<(ascii.count - decimals)] + [UInt8(ascii: ",")] + ascii[(ascii.count - decimals)...]
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}

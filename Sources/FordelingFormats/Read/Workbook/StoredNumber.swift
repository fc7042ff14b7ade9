/// A number as a workbook stores it (`<v>` of a number cell): decimal text such as `1445162`, `0.825`, or the binary
/// floating-point value Excel keeps, written with up to 17 significant digits (`0.82499999999999996`,
/// `1.0000000000000001E-5`). Read back as the decimal the user typed: rounded half away from zero to 15 significant
/// digits, as Excel shows it, trailing zeros dropped; then as its cell's number format shows it (`NumberFormats`): a
/// percentage in percent (0.0604 shown as 6,04 %), and with the decimals the format shows, rounded half away from zero
/// as Excel rounds them (1445161.8644 shown as 1.445.162, 6.4 as 6,40); a number in General format keeps its digits.
/// Worked on the digits, never through a `Double`.
enum StoredNumber {
    /// The most significant digits Excel keeps.
    static let significantDigits = 15
    /// Exponents beyond this are not numbers a workbook holds (a double reaches 10^±308).
    private static let largestExponent = 400

    /// The number in `text` as Danish text without grouping (`1445162`, `0,825`, `-12,5`), as the CSV readers read
    /// it; nil if `text` is not a number.
    static func danish(_ text: some StringProtocol, shown: NumberFormats.Shown = .general) -> String? {
        guard let (negative, digits, exponent) = decompose(text) else { return nil }
        var (significant, power) = rounded(digits, power: exponent, dropping: digits.count - significantDigits)
        if shown.percent { power += 2 }
        if let decimals = shown.decimals {
            (significant, power) = rounded(significant, power: power, dropping: -decimals - power)
            if significant.isEmpty { power = 0 }
            if -power < decimals {
                significant += [UInt8](repeating: 0, count: decimals + power)
                power = -decimals
            }
        }
        if significant.isEmpty { (significant, power) = ([0], 0) }
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

    /// `digits × 10^power` (of the last digit) without its last `count` digits, rounded half away from zero, and
    /// trailing zeros dropped: the digits and the power of ten of the last of them (none for zero).
    private static func rounded(_ digits: [UInt8], power: Int, dropping count: Int) -> ([UInt8], Int) {
        var digits = digits
        var power = power
        if count > digits.count {
            (digits, power) = ([], power + count)
        } else if count > 0 {
            let roundUp = digits[digits.count - count] >= 5
            power += count
            digits.removeLast(count)
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
            power += 1
        }
        return (digits, power)
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

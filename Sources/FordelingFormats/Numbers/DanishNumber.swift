import FordelingCore

/// Reads numbers as Danish documents write them: `1.445.162`, `0,825`, `kr. 1.445.162`, `1.445.162 kr.`,
/// `12,5 mio.`, `23,91 mio. kr.`, `430,-`, `-545.162`, `1 445 162`. `.` groups thousands, `,` starts decimals.
public enum DanishNumber {
    /// Why a text is not a number, in words that tell how to write it.
    public struct Problem: Error, Equatable, Sendable {
        public let reason: String
        /// The unit the number was written with, when that unit is what this reader does not take (`620 pladser`).
        public var unit: String? = nil
    }

    /// The number `text` writes: the common forms through `plain`, the others (units, spaces, signs, mio.) read here.
    public static func parse(_ text: String) throws(Problem) -> DecimalValue {
        if let plain = text.utf8.withContiguousStorageIfAvailable(plain) ?? nil { return plain }
        return try parseForms(text)
    }

    /// Every form of a Danish number, as `parse` reads those that are not `plain`.
    static func parseForms(_ text: String) throws(Problem) -> DecimalValue {
        var rest = Substring(text.trimmingSpaces)
        guard !rest.isEmpty else { throw Problem(reason: "the cell is empty") }
        var negative = false
        if let first = rest.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            rest = rest.dropFirst().drop { $0 == " " }
        }
        rest = stripCurrency(rest)
        if let first = rest.first, !negative, first == "-" || first == "\u{2212}" {  // "kr. -500"
            negative = true
            rest = rest.dropFirst().drop { $0 == " " }
        }
        var exponent = 0
        for (suffix, power) in [("mio.", 6), ("mio", 6), ("mia.", 9), ("mia", 9)] where rest.lowercased().hasSuffix(suffix) {
            exponent = power
            rest = Substring(String(rest.dropLast(suffix.count)).trimmingSpaces)
            break
        }
        if rest.hasSuffix(",-") { rest = rest.dropLast(2) }
        let written = try digits(rest, original: text)
        let value: DecimalValue
        do { value = try written.shifted(by: exponent) } catch {
            throw Problem(reason: "'\(text.abbreviated())' has too many digits to compute exactly")
        }
        return negative ? DecimalValue(units: -value.units, scale: value.scale) : value
    }

    /// An amount in kroner, as øre. More than two decimals is an error.
    public static func parseAmount(_ text: String) throws(Problem) -> Int128 {
        let value = try parse(text)
        let øre: Int128?
        do { øre = try value.øre() } catch {
            throw Problem(reason: "'\(text.abbreviated())' is too large to compute exactly in øre (at most 36 digits of kroner)")
        }
        guard let øre else {
            throw Problem(reason: "'\(text.abbreviated())' has more than two decimals, but amounts are in kroner and øre")
        }
        return øre
    }

    private static func stripCurrency(_ text: Substring) -> Substring {
        var rest = text
        for prefix in ["kr.", "kr", "dkk"] where rest.lowercased().hasPrefix(prefix) {
            rest = Substring(String(rest.dropFirst(prefix.count)).trimmingSpaces)
            break
        }
        for suffix in ["kr.", "kr", "dkk"] where rest.lowercased().hasSuffix(suffix) {
            rest = Substring(String(rest.dropLast(suffix.count)).trimmingSpaces)
            break
        }
        return rest
    }

    /// `1.445.162`, `1 445 162`, `1445162`, each with an optional `,decimals`.
    private static func digits(_ text: Substring, original: String) throws(Problem) -> DecimalValue {
        if let problem = unitProblem(text, original: original) { throw problem }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw Problem(reason: "'\(original.abbreviated())' has more than one decimal comma")
        }
        let integerPart = parts[0]
        let decimals = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && (decimals.isEmpty || !decimals.allSatisfy(\.isASCIIDigit)) {
            throw Problem(reason: "'\(original.abbreviated())' needs digits after the decimal comma")
        }
        let groups = integerPart.split(omittingEmptySubsequences: false) { $0 == "." || $0 == " " || $0 == "\u{00A0}" }
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else {
            throw Problem(reason: "'\(original.abbreviated())' is not a number; write it like 1.445.162 or 0,825")
        }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }) else {
                throw Problem(reason: "'\(original.abbreviated())' is not a Danish number: '.' groups thousands in threes and ',' starts the decimals (write 12,5, not 12.5)")
            }
        }
        var units: Int128 = 0
        for character in groups.joined() + decimals {
            let (shifted, o1) = units.multipliedReportingOverflow(by: 10)
            let (added, o2) = shifted.addingReportingOverflow(Int128(character.asciiValue! - 48))
            if o1 || o2 { throw Problem(reason: "'\(original.abbreviated())' has too many digits to compute exactly (at most 38)") }
            units = added
        }
        return DecimalValue(units: units, scale: decimals.count)
    }

    /// What is wrong with a number followed by a unit this reader does not take (`5 øre`, `5 %`, `5 kroner`),
    /// in words that say what to write instead; nil when `text` is not a number and a unit.
    private static func unitProblem(_ text: Substring, original: String) -> Problem? {
        guard let start = text.firstIndex(where: { $0.isLetter || $0 == "%" }), start > text.startIndex,
              let number = try? digits(Substring(String(text[..<start]).trimmingSpaces), original: original) else { return nil }
        let unit = String(text[start...]).trimmingSpaces
        let quoted = "'\(original.abbreviated())'"
        switch unit.lowercased() {
        case "%", "pct", "pct.", "procent":
            return Problem(reason: "\(quoted) is a percentage, which is not accepted here")
        case "øre":
            let kroner = DanishNumberFormat.string(DecimalValue(units: number.units, scale: number.scale + 2))
            return Problem(reason: "\(quoted) is in øre, but amounts are written in kroner: \(kroner) kr.")
        default:
            return Problem(reason: "\(quoted) ends in the unit '\(unit.abbreviated())', which is not accepted here; write the number alone, or with kr., mio. or mia.",
                           unit: unit)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

import FordelingCore

/// Writes numbers the Danish way: `1.445.162`, `0,825`, `166.666,67`; or plain for Excel cells: `1445162`, `0,825`.
public enum DanishNumberFormat {
    /// `value` with `.` between thousands (when `grouped`) and `,` before decimals.
    public static func string(_ value: DecimalValue, grouped: Bool = true) -> String {
        // A sign, 39 digits, 12 dots and a comma at most, besides the decimals.
        String(unsafeUninitializedCapacity: value.scale + 53) { text in
            guard let base = text.baseAddress else { return 0 }
            return write(value.units, scale: value.scale, grouped: grouped, to: base)
        }
    }

    /// `units / 10^scale` as `string` writes it, as bytes at `out`, which has room for them (for 64-bit `units`
    /// and `scale` up to 18, 22 bytes ungrouped); returns how many it wrote. Written from the right, each digit
    /// once where it stays, two at a time where nothing groups them.
    @inlinable @inline(__always)
    public static func write<Units: FixedWidthInteger>(_ units: Units, scale: Int, grouped: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var rest = units.magnitude
        // How many digits: at most ⌊bits × log₁₀ 2⌋ + 1, where the next power of ten would not fit.
        let widest = (Units.Magnitude.bitWidth &* 1_233) >> 12 &+ 1
        var length = 1
        var power: Units.Magnitude = 10
        while length < widest && rest >= power {
            length &+= 1
            power &*= 10
        }
        let integerDigits = max(length &- scale, 1)
        let sign = units < 0 ? 1 : 0
        let end = sign &+ integerDigits &+ (grouped ? (integerDigits &- 1) / 3 : 0) &+ (scale > 0 ? scale &+ 1 : 0)
        if sign == 1 { out.pointee = 0x2D }
        let pairs = ("00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899" as StaticString).utf8Start
        var index = end
        // The last two digits of `rest` before `index`, dropped from `rest`.
        @inline(__always) func takePair() {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            index &-= 2
            out[index] = pairs[pair]
            out[index &+ 1] = pairs[pair &+ 1]
        }
        @inline(__always) func takeDigit() {
            index &-= 1
            out[index] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
            rest /= 10
        }
        // The decimals (zeros once the value runs out), the comma, then the whole part, "0" when it is zero.
        var decimals = scale
        while decimals >= 2 {
            takePair()
            decimals &-= 2
        }
        if decimals == 1 { takeDigit() }
        if scale > 0 {
            index &-= 1
            out[index] = 0x2C
        }
        if grouped {
            for digit in 0..<integerDigits {
                if digit > 0 && digit % 3 == 0 {
                    index &-= 1
                    out[index] = 0x2E
                }
                takeDigit()
            }
        } else {
            while rest >= 100 { takePair() }
            if rest >= 10 { takePair() } else { takeDigit() }
        }
        return end
    }

    /// An exact fraction with `decimals` decimals, truncated toward zero and marked `…` when inexact.
    public static func fraction(_ value: Fraction, decimals: Int) -> String {
        let magnitude = value.numerator < 0 ? -value.numerator : value.numerator
        guard let scale = try? Int128.powerOfTen(decimals), let scaled = try? magnitude.multiplied(by: scale, "display") else {
            return "\(value.numerator)/\(value.denominator)"
        }
        let truncated = scaled / value.denominator
        let exact = scaled % value.denominator == 0
        return (value.numerator < 0 ? "-" : "") + string(DecimalValue(units: truncated, scale: decimals)) + (exact ? "" : "…")
    }

    /// An exact amount in øre (possibly fractional) as kroner, with up to four decimals and `…` when
    /// inexact: `135`, `0,825`, `1.833.333,3333…`.
    public static func kroner(exactØre amount: Fraction) -> String {
        let (denominator, overflow) = amount.denominator.multipliedReportingOverflow(by: 100)
        guard !overflow else { return "\(amount.numerator)/\(amount.denominator) øre" }
        let text = fraction(Fraction.reduced(amount.numerator, denominator), decimals: 4)
        guard !text.hasSuffix("…"), let comma = text.lastIndex(of: ",") else { return text }
        let decimals = text[text.index(after: comma)...].reversed().drop { $0 == "0" }
        return decimals.isEmpty ? String(text[..<comma]) : String(text[...comma]) + String(decimals.reversed())
    }
}

extension DanishNumberFormat {
    /// A weight such as a tier: `1`, `0,5`, or `1/3` when it has no finite decimal form.
    public static func weight(_ value: Fraction) -> String {
        var denominator = value.denominator
        var decimals = 0
        while denominator % 10 == 0 { denominator /= 10; decimals += 1 }
        for factor: Int128 in [2, 5] {
            while denominator % factor == 0, decimals < 30 {
                denominator /= factor
                decimals += 1
            }
        }
        let (hundredfold, overflow) = value.numerator.multipliedReportingOverflow(by: 100)
        guard denominator == 1, !overflow else { return "\(value.numerator)/\(value.denominator)" }
        return kroner(exactØre: Fraction.reduced(hundredfold, value.denominator))
    }

    /// An amount in the stored units of `measure`, as the sheet shows it (`Measure.shown`).
    public static func amount(_ stored: Int128, measure: Measure, grouped: Bool = true) -> String {
        string(measure.shown(stored), grouped: grouped)
    }

    /// An exact amount in the stored units of `measure`, with up to four decimals beyond its own and `…` when inexact.
    public static func exact(_ value: Fraction, measure: Measure) -> String {
        switch measure {
        case .money: return kroner(exactØre: value)
        case .quantity(_, let decimals):
            guard let scale = try? Int128.powerOfTen(decimals), let denominator = try? value.denominator.multiplied(by: scale, "display") else {
                return "\(value.numerator)/\(value.denominator)"
            }
            let text = fraction(Fraction.reduced(value.numerator, denominator), decimals: decimals + 4)
            guard !text.hasSuffix("…") else { return text }
            // The four extra decimals, and the comma when the quantity has no decimals of its own.
            return String(text.dropLast(decimals == 0 ? 5 : 4))
        }
    }
}

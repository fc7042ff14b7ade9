import FordelingCore

/// Writes numbers the Danish way: `1.445.162`, `0,825`, `166.666,67`; or plain for Excel cells: `1445162`, `0,825`.
public enum DanishNumberFormat {
    /// `value` with `.` between thousands (when `grouped`) and `,` before decimals.
    public static func string(_ value: DecimalValue, grouped: Bool = true) -> String {
        let digits = String(value.units.magnitude)
        let padded = String(repeating: "0", count: max(0, value.scale + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -value.scale)
        var integer = String(padded[..<cut])
        if grouped {
            var groupedDigits: [String] = []
            while integer.count > 3 {
                groupedDigits.insert(String(integer.suffix(3)), at: 0)
                integer = String(integer.dropLast(3))
            }
            integer = ([integer] + groupedDigits).joined(separator: ".")
        }
        let sign = value.units < 0 ? "-" : ""
        return sign + integer + (value.scale > 0 ? "," + padded[cut...] : "")
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
            return String(text.dropLast(4))
        }
    }
}

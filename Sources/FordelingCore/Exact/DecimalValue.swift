/// A decimal number held exactly as `units / 10^scale`: `0,825` is 825 / 10³.
///
/// Used for key values (populations, DUT keys, percentages) and rates. Never binary floating point.
public struct DecimalValue: Hashable, Sendable, CustomStringConvertible {
    public let units: Int128
    /// Number of decimals, 0 or more.
    public let scale: Int

    public init(units: Int128, scale: Int = 0) {
        // Unreachable from input: scales are counted decimals, or decimals the definition reader allows (0 to 6).
        precondition(scale >= 0, "scale is never negative")
        self.units = units
        self.scale = scale
    }

    public static let zero = DecimalValue(units: 0)

    /// The same value with `newScale` decimals (`newScale` ≥ `scale`).
    public func units(atScale newScale: Int) throws(OverflowError) -> Int128 {
        let factor = try Int128.powerOfTen(newScale - scale)
        return try units.multiplied(by: factor, "rescaling \(self) to \(newScale) decimals")
    }

    /// The value as an exact fraction.
    public var fraction: Fraction {
        get throws(OverflowError) {
            Fraction(numerator: units, denominator: try Int128.powerOfTen(scale))
        }
    }

    /// The value in units of 10^-`decimals`, or nil when it has more decimals than that.
    public func units(exactlyAt decimals: Int) throws(OverflowError) -> Int128? {
        if decimals >= scale { return try units(atScale: decimals) }
        let factor = try Int128.powerOfTen(scale - decimals)
        return units % factor == 0 ? units / factor : nil
    }

    /// Read as kroner: the amount in øre, or nil when it has more than two decimals.
    public func øre() throws(OverflowError) -> Int128? {
        try units(exactlyAt: 2)
    }

    public var isNegative: Bool { units < 0 }

    /// Plain notation with `.` as decimal point, e.g. `0.825`; for messages, not for sheets.
    public var description: String {
        let magnitude = String(units.magnitude)
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, scale + 1 - magnitude.count)) + magnitude
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    /// The largest scale among `values`: the scale at which all of them are integers.
    public static func commonScale(_ values: [DecimalValue]) -> Int {
        values.map(\.scale).max() ?? 0
    }
}

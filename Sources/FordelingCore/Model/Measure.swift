/// What a sheet's amounts measure: money at a rounding unit, or a quantity such as årsværk.
public enum Measure: Sendable, Equatable {
    case money(RoundingUnit)
    /// Held in units of 10^-decimals; rounded to the last decimal.
    case quantity(name: String, decimals: Int)

    /// The rounding step in stored units (øre for money).
    public var step: Int128 {
        switch self {
        case .money(let unit): unit.minorUnits
        case .quantity: 1
        }
    }

    /// Decimals of the stored units: 2 for money (øre), the quantity's decimals otherwise.
    public var storedDecimals: Int {
        switch self {
        case .money: 2
        case .quantity(_, let decimals): decimals
        }
    }

    /// Decimals shown.
    public var displayDecimals: Int {
        switch self {
        case .money(let unit): unit.displayDecimals
        case .quantity(_, let decimals): decimals
        }
    }

    public var isMoney: Bool {
        if case .money = self { return true }
        return false
    }

    /// An amount in stored units as the sheet shows it: with the display decimals when it is a whole number of them
    /// (`1.451.162` on a krone sheet), otherwise with all its stored decimals (`1.451.162,50`).
    public func shown(_ stored: Int128) -> DecimalValue {
        var factor: Int128 = 1
        for _ in displayDecimals..<max(displayDecimals, storedDecimals) { factor *= 10 }  // at most 10^2: money's øre
        return stored % factor == 0 ? DecimalValue(units: stored / factor, scale: displayDecimals) : DecimalValue(units: stored, scale: storedDecimals)
    }
}

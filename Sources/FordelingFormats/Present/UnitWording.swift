import FordelingCore

extension RoundingUnit {
    /// How the unit is written in sheets and messages: `øre`, `kr.`, `1.000 kr.`.
    public var label: String {
        switch self {
        case .øre: "øre"
        case .krone: "kr."
        case .thousandKroner: "1.000 kr."
        }
    }

    /// Reads `øre`, `ore`, `kr`, `kr.`, `krone`, `1000`, `1.000`, `1000 kr.` (definitions' `unit`, `--unit`).
    public init?(spelling: String) {
        switch String(spelling.lowercased().filter { $0 != " " }) {
        case "øre", "ore", "oere": self = .øre
        case "kr", "kr.", "krone", "kroner": self = .krone
        case "1000", "1.000", "1000kr", "1000kr.", "1.000kr", "1.000kr.", "tkr", "tkr.": self = .thousandKroner
        default: return nil
        }
    }
}

extension Measure {
    /// An amount's stored units per unit a table shows, and the decimals it shows: kroner with øre (1, 2) or whole
    /// (100, 0), thousands of kroner on a sheet rounded to 1.000 kr. (100.000, 0), a quantity at its decimals.
    public var tableUnit: (stored: Int128, decimals: Int) {
        switch self {
        case .money(.øre): (1, 2)
        case .money(.krone): (100, 0)
        case .money(.thousandKroner): (100_000, 0)
        case .quantity(_, let decimals): (1, decimals)
        }
    }

    /// An amount in stored units as a sheet's table shows it: in thousands of kroner on a sheet rounded to 1.000 kr.
    /// (its headings say so; the amounts stay kroner and øre), otherwise as `shown` (`1.451.162`, `1.451.162,50`).
    public func presented(_ stored: Int128) -> DecimalValue {
        let (perUnit, decimals) = tableUnit
        if stored % perUnit == 0 { return DecimalValue(units: stored / perUnit, scale: decimals) }
        guard perUnit == 100_000 else { return shown(stored) }
        // Thousands with the kroner (and øre) that do not make a whole thousand: 1.234,567.
        var value = DecimalValue(units: stored, scale: 5)
        while value.scale > 3 && value.units % 10 == 0 { value = DecimalValue(units: value.units / 10, scale: value.scale - 1) }
        return value
    }

    /// `kr.` for money, or the quantity's name (`årsværk`).
    public var label: String {
        switch self {
        case .money: "kr."
        case .quantity(let name, _): name
        }
    }
}

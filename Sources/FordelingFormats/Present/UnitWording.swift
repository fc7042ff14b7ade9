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
    /// `kr.` for money, or the quantity's name (`årsværk`).
    public var label: String {
        switch self {
        case .money: "kr."
        case .quantity(let name, _): name
        }
    }
}

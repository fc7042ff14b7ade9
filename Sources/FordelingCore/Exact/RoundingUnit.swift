/// The unit a sheet's amounts are rounded to. Amounts are always held in øre (minor units).
public enum RoundingUnit: String, CaseIterable, Sendable {
    case øre
    case krone = "kr"
    case thousandKroner = "1000"

    /// The unit in øre.
    public var minorUnits: Int128 {
        switch self {
        case .øre: 1
        case .krone: 100
        case .thousandKroner: 100_000
        }
    }

    /// Decimals shown for amounts in kroner: 2 for øre, otherwise none.
    public var displayDecimals: Int { self == .øre ? 2 : 0 }

    /// How the unit is written in sheets and messages.
    public var label: String {
        switch self {
        case .øre: "øre"
        case .krone: "kr."
        case .thousandKroner: "1.000 kr."
        }
    }

    /// Accepts `øre`, `ore`, `kr`, `kr.`, `krone`, `1000`, `1.000`, `1000 kr.`.
    public init?(spelling: String) {
        switch String(spelling.lowercased().filter { $0 != " " }) {
        case "øre", "ore", "oere": self = .øre
        case "kr", "kr.", "krone", "kroner": self = .krone
        case "1000", "1.000", "1000kr", "1000kr.", "1.000kr", "1.000kr.", "tkr", "tkr.": self = .thousandKroner
        default: return nil
        }
    }
}

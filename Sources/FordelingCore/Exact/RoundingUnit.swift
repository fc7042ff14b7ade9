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
}

/// One cell of a sheet: a typed value, exact, with what a writer needs to show it.
public enum Cell: Sendable, Equatable {
    /// An amount in the stored units of its measure (øre for money, 10^-decimals of a quantity).
    case amount(Int128, Measure)
    /// A key's value as written.
    case keyValue(DecimalValue)
    /// A share of the whole, exact (1 is 100 %), shown in percent with `decimals` decimals.
    case percent(Fraction, decimals: Int)
    /// A figure per unit of a key (e.g. kroner per inhabitant), exact, shown with `decimals` decimals.
    case ratio(Fraction, decimals: Int)
    /// A count, such as hours.
    case count(DecimalValue)
    /// A tier word of a tier key, or a price list's tier.
    case tier(String)
    /// Whether something holds, e.g. a deviation beyond the allowed one.
    case flag(Bool)
    case empty

    /// The number as the sheet shows it: an amount at its measure's decimals (`Measure.shown`), a share in percent
    /// (`SharePercent.percent`), a ratio rounded half-up to its decimals; nil for a tier, an empty cell, or a figure
    /// too large to round.
    public var shown: DecimalValue? {
        switch self {
        case .amount(let stored, let measure): measure.shown(stored)
        case .keyValue(let value), .count(let value): value
        case .percent(let share, let decimals): try? SharePercent.percent(share, decimals: decimals)
        case .ratio(let value, let decimals): try? value.roundedToDecimals(decimals: decimals)
        case .tier, .flag, .empty: nil
        }
    }

    /// The amount in stored units, for an amount cell.
    public var amount: Int128? {
        if case .amount(let stored, _) = self { return stored }
        return nil
    }
}

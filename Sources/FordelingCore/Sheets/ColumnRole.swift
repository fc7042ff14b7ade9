/// What a column of a sheet holds. Amount columns (`amount`, `previous`, `difference`, `fixedPledge`, `keyedShare`,
/// `value`, `inKind`) hold money or a quantity and can be added by other sheets; the others inform.
public indirect enum ColumnRole: Hashable, Sendable {
    /// A key's values, as written.
    case keyValues(KeyReference)
    /// A key's share in percent of the parties that share by it.
    case keyShare(KeyReference)
    /// A column of another sheet, added into a sum: the sheet's title and the heading the inputs gave the column (nil
    /// where the presentation heads it by its role).
    case component(ColumnReference, title: String, heading: String?)
    /// Previous amounts compared against.
    case previous
    /// Fixed (or percentage) pledges.
    case fixedPledge
    /// What the parties without a pledge pay by key.
    case keyedShare
    /// The sheet's amount.
    case amount
    /// Amount − previous amount.
    case difference
    /// A quantity valued at a price per unit.
    case value
    /// Hours given in kind.
    case hours
    /// Contributions in kind, valued in money.
    case inKind
    /// The amount per unit of a key (e.g. per inhabitant).
    case perUnit(KeyReference)
    /// A budget statement's expenses or income in one period.
    case budget(period: String, side: BudgetStatement.Side)
    /// A period's sheet: one year's amount.
    case periodYear(Int)
    /// A period's sheet: the years' amounts added, when amounts for the whole period come on top.
    case periodYears
    /// A period's sheet: the amounts given for the whole period.
    case wholePeriod
    /// A quota's least and largest allowed amount.
    case minimum, maximum
    /// Realised figures, their shares, and each share less the key share (in percentage points).
    case realised(KeyReference)
    case realisedShare(KeyReference)
    case deviation
    /// Whether the deviation is beyond the allowed one.
    case beyondDeviation
    /// The tier of a price list a party's count falls in.
    case priceTier

    /// The roles whose columns another sheet may add or an approved sheet may compare: those holding amounts.
    public static let amounts: [ColumnRole] = [.amount, .previous, .difference, .fixedPledge, .keyedShare, .value, .inKind, .periodYears, .wholePeriod]
}

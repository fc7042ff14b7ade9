/// The arithmetic behind one row's amount, so an auditor can follow it by hand.
public struct RowDerivation: Sendable {
    public let party: Party
    /// The party's key weight and the key's total over the parties that share by key (nil for sums and pledges).
    public let weight: Fraction?
    public let weightTotal: Fraction?
    /// The amount split by key (the total less any pledges), in stored units.
    public let keyedTotal: Int128?
    /// The exact amount before rounding, in stored units.
    public let exactAmount: Fraction
    /// The largest-remainder step, for reconciled splits.
    public let apportionment: LargestRemainder.Share?
    /// The party's pledge, if it pays one instead of a key share.
    public let pledge: Definition.Pledge.Amount?
    /// The rounded amount in stored units.
    public let amount: Int128
    /// For a quota within bounds: whether the row was held at a bound or apportioned among the free rows.
    public internal(set) var bound: BoundedLargestRemainder.Outcome? = nil
}

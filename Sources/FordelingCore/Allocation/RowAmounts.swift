/// The amounts of a sheet's rows before columns are laid out: one per party, with their derivation.
struct RowAmounts {
    let derivations: [RowDerivation]
    let reconciliation: Reconciliation
    /// For splits with pledges: what was left to split by key.
    var keyedTotal: Int128?

    var amounts: [Int128] { derivations.map(\.amount) }
}

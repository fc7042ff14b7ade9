/// Proof that a sheet's rows add up to its total.
public struct Reconciliation: Sendable, Equatable {
    /// Where the sheet's total comes from.
    public enum Basis: Sendable, Equatable {
        /// A total given in the definition (a split).
        case givenTotal
        /// The sum of rows, each an amount of its own (rates, national shares, sums of sheets).
        case sumOfRows
    }

    public let basis: Basis
    /// The sheet's total in øre.
    public let total: Int128
    /// The exact, unrounded total in øre.
    public let exactTotal: Fraction
    /// The sum of the rounded rows in øre.
    public let sumOfRows: Int128

    public init(basis: Basis, total: Int128, exactTotal: Fraction, sumOfRows: Int128) {
        self.basis = basis
        self.total = total
        self.exactTotal = exactTotal
        self.sumOfRows = sumOfRows
    }

    /// Sum of rows − total; zero when the sheet reconciles. It fits in Int128: `SheetCalculator` checks it for every sheet.
    public var difference: Int128 { sumOfRows - total }
    public var isReconciled: Bool { difference == 0 }
    /// Total − exact total: what rounding the rows added (zero for splits of a given total).
    public var roundingDifference: Fraction {
        get throws(OverflowError) { try Fraction(total).subtracting(exactTotal) }
    }
}

import FordelingFormats
import FordelingSystem
extension UInt64 {
    /// `high`·2^64 + `low` divided by `self` (which must exceed `high`): one machine division when `high` is 0.
    @inline(__always)
    func dividingWide(_ high: UInt64, _ low: UInt64) -> (quotient: UInt64, remainder: UInt64) {
        high == 0 ? low.quotientAndRemainder(dividingBy: self) : dividingFullWidth((high, low))
    }
}

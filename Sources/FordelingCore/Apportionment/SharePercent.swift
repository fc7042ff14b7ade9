/// The share of a weight in a total, in percent rounded half-up to a number of decimals: the figure a sheet's
/// share column prints, on sheets and on the streamed split alike. It is published mode's rounding of the
/// kernel: `100 × 10^decimals` units split by weight, each row on its own.
public enum SharePercent {
    /// `weight / total × 100` in units of `10^-decimals`, rounded half-up, where `hundred` is `100 × 10^decimals`;
    /// `weight ≤ total`, `total > 0`.
    @inlinable @inline(__always)
    public static func units<Word: FixedWidthInteger & UnsignedInteger>(_ weight: Word, of total: Word, hundred: Word) -> Word
    where Word.Magnitude == Word {
        LargestRemainderKernel.rounded(units: hundred, weight: weight, divisor: total)
    }

    /// Each of exact `weights` (whose sum is positive) as a percentage of their sum at `decimals` decimals, rounded
    /// half away from zero (`percent` of each of `shares`).
    public static func of(_ weights: [Fraction], decimals: Int) throws(OverflowError) -> [DecimalValue] {
        try shares(weights).map { (share) throws(OverflowError) in try percent(share, decimals: decimals) }
    }

    /// Each of exact `weights` as an exact fraction of their sum (which must be positive).
    public static func shares(_ weights: [Fraction]) throws(OverflowError) -> [Fraction] {
        let integers = try IntegerWeights.overCommonDenominator(weights)
        let sum = try integers.checkedSum("sum of the key")
        // Not input: the caller has checked that the weights sum to more than zero.
        precondition(sum > 0, "a positive sum of weights")
        return integers.map { Fraction.reduced($0, sum) }
    }

    /// An exact share of a whole in percent at `decimals` decimals, rounded half away from zero: the figure a share
    /// column prints. A share may be negative or above 1 (when other weights are negative): its whole multiples are
    /// 100 % each, and the rest goes through `units`.
    public static func percent(_ share: Fraction, decimals: Int) throws(OverflowError) -> DecimalValue {
        let hundred = try Int128(100).multiplied(by: try Int128.powerOfTen(decimals), "percentage")
        let total = share.denominator.magnitude
        let (whole, rest) = share.numerator.magnitude.quotientAndRemainder(dividingBy: total)
        guard let whole = Int128(exactly: whole) else { throw OverflowError("percentage") }
        // The rounded rest is at most `hundred`.
        let units = try whole.multiplied(by: hundred, "percentage").adding(Int128(units(rest, of: total, hundred: hundred.magnitude)), "percentage")
        return DecimalValue(units: share.numerator < 0 ? -units : units, scale: decimals)
    }
}

/// Exact weights as integers over one denominator, as the kernel takes them.
enum IntegerWeights {
    /// `weights` times the least common multiple of their denominators.
    static func overCommonDenominator(_ weights: [Fraction]) throws(OverflowError) -> [Int128] {
        let denominator = try leastCommonMultiple(weights.map(\.denominator))
        return try weights.map { (w) throws(OverflowError) in try w.numerator.multiplied(by: denominator / w.denominator, "key weight") }
    }
}

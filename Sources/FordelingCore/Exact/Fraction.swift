/// An exact rational number `numerator / denominator` with a positive denominator.
///
/// Quotas are fractions of minor units (øre): Greve's contribution is 50.569 × 2.391.000.000 / 836.657 øre.
public struct Fraction: Hashable, Sendable {
    public let numerator: Int128
    public let denominator: Int128

    /// `denominator` must be positive. Unreachable from input: every caller passes a power of ten, a rounding
    /// step, a product of positive denominators, or a divisor or key total it has checked to be positive.
    public init(numerator: Int128, denominator: Int128) {
        precondition(denominator > 0, "a fraction's denominator is positive")
        self.numerator = numerator
        self.denominator = denominator
    }

    public init(_ integer: Int128) {
        self.init(numerator: integer, denominator: 1)
    }

    /// Floor division: the largest integer ≤ the value, and the non-negative remainder.
    public var floorAndRemainder: (floor: Int128, remainder: Int128) {
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if remainder < 0 {
            quotient -= 1
            remainder += denominator
        }
        return (quotient, remainder)
    }

    /// Rounded to the nearest integer, halves away from zero (the "half-up" of spreadsheets).
    public var roundedHalfAwayFromZero: Int128 {
        let (floor, remainder) = floorAndRemainder
        // remainder ≥ denominator − remainder  ⇔  fractional part ≥ ½, without overflow; a negative value's half
        // goes down (away from zero), so only a fractional part above ½ rounds it up. `floor + 1` cannot
        // overflow: with a fractional part the floor is at most Int128.max / 2.
        let up = numerator < 0 ? remainder > denominator - remainder : remainder >= denominator - remainder
        return up ? floor + 1 : floor
    }

    /// The number of whole `unit`s nearest the value, halves away from zero.
    public func rounded(toMultiplesOf unit: Int128) throws(OverflowError) -> Int128 {
        Fraction(numerator: numerator, denominator: try denominator.multiplied(by: unit, "rounding")).roundedHalfAwayFromZero
    }

    /// The value scaled to `decimals` decimals and rounded half away from zero.
    public func roundedToDecimals(decimals: Int) throws(OverflowError) -> DecimalValue {
        let factor = try Int128.powerOfTen(decimals)
        let scaled = Fraction(numerator: try numerator.multiplied(by: factor, "rounding to \(decimals) decimals"),
                              denominator: denominator)
        return DecimalValue(units: scaled.roundedHalfAwayFromZero, scale: decimals)
    }

    public func adding(_ other: Fraction) throws(OverflowError) -> Fraction {
        if denominator == other.denominator {
            return Fraction(numerator: try numerator.adding(other.numerator, "adding quotas"), denominator: denominator)
        }
        let left = try numerator.multiplied(by: other.denominator, "adding quotas")
        let right = try other.numerator.multiplied(by: denominator, "adding quotas")
        return Fraction.reduced(try left.adding(right, "adding quotas"),
                                try denominator.multiplied(by: other.denominator, "adding quotas"))
    }

    public func subtracting(_ other: Fraction) throws(OverflowError) -> Fraction {
        try adding(Fraction(numerator: try Int128(0).subtracting(other.numerator, "subtracting quotas"), denominator: other.denominator))
    }

    /// self × other, exactly, in lowest terms (each numerator reduced against the other denominator first, so
    /// that a chain of products stays as small as it can).
    public func multiplied(by other: Fraction) throws(OverflowError) -> Fraction {
        let a = greatestCommonDivisor(numerator, other.denominator)
        let b = greatestCommonDivisor(other.numerator, denominator)
        return Fraction.reduced(try (numerator / a).multiplied(by: other.numerator / b, "multiplying fractions"),
                                try (denominator / b).multiplied(by: other.denominator / a, "multiplying fractions"))
    }

    /// In lowest terms; `denominator` must be positive, as for `init`.
    public static func reduced(_ numerator: Int128, _ denominator: Int128) -> Fraction {
        let divisor = greatestCommonDivisor(numerator, denominator)
        return Fraction(numerator: numerator / divisor, denominator: denominator / divisor)
    }

    public var isInteger: Bool { numerator % denominator == 0 }
}

/// The least common multiple of `values` (all positive), or an overflow error.
func leastCommonMultiple(_ values: [Int128]) throws(OverflowError) -> Int128 {
    var result: Int128 = 1
    for value in values {
        result = try (result / greatestCommonDivisor(result, value)).multiplied(by: value, "common denominator of the key")
    }
    return result
}

func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 || x > UInt128(Int128.max) ? 1 : Int128(x)
}

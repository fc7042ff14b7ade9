/// Raised when an exact computation leaves the range of `Int128`. Never wraps, never traps.
public struct OverflowError: Error, Equatable, Sendable {
    /// What was being computed, in words, e.g. "total × key value".
    public let operation: String

    public init(_ operation: String) {
        self.operation = operation
    }
}

extension Int128 {
    public func adding(_ other: Int128, _ operation: @autoclosure () -> String) throws(OverflowError) -> Int128 {
        let (value, overflow) = addingReportingOverflow(other)
        if overflow { throw OverflowError(operation()) }
        return value
    }

    public func subtracting(_ other: Int128, _ operation: @autoclosure () -> String) throws(OverflowError) -> Int128 {
        let (value, overflow) = subtractingReportingOverflow(other)
        if overflow { throw OverflowError(operation()) }
        return value
    }

    public func multiplied(by other: Int128, _ operation: @autoclosure () -> String) throws(OverflowError) -> Int128 {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        if overflow { throw OverflowError(operation()) }
        return value
    }

    /// `10^exponent`, or an overflow error past 10^38.
    public static func powerOfTen(_ exponent: Int) throws(OverflowError) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<Swift.max(0, exponent) {
            result = try result.multiplied(by: 10, "10^\(exponent)")
        }
        return result
    }
}

extension Sequence where Element == Int128 {
    /// The exact sum, or an overflow error naming `operation`.
    public func checkedSum(_ operation: String) throws(OverflowError) -> Int128 {
        var sum: Int128 = 0
        for value in self {
            sum = try sum.adding(value, operation)
        }
        return sum
    }
}

import FordelingCore

extension DanishNumber {
    /// `1234`, `1.234.567`, `0,825`: the common forms, read from bytes without making a string; nil for anything
    /// else (which `parse` then reads, or rejects). The fast path of number reading: approved
    /// sheets and the streaming split's keys come through it.
    public static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalValue? {
        plainUnits(bytes).map { DecimalValue(units: Int128($0.units), scale: $0.scale) }
    }

    /// `plain`'s number as the integer of its units and its decimals (at most 18 digits in all), and how many thousands
    /// points it has.
    @inlinable
    public static func plainUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: Int64, scale: Int, points: Int)? {
        // Up to 18 plain digits, the commonest form, cannot overflow: read them first.
        var plain: Int64 = 0
        var index = 0
        while index < bytes.count && index < 18 && bytes[index] &- 0x30 < 10 {
            plain = plain &* 10 &+ Int64(bytes[index] &- 0x30)
            index += 1
        }
        if index == bytes.count && index > 0 { return (plain, 0, 0) }
        var units: Int64 = 0
        var scale = 0
        var digits = 0
        var inDecimals = false
        var groupDigits = -1  // digits since the last '.', or -1 before any
        var points = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                let (shifted, o1) = units.multipliedReportingOverflow(by: 10)
                let (added, o2) = shifted.addingReportingOverflow(Int64(byte - 0x30))
                if o1 || o2 { return nil }
                units = added
                digits += 1
                if inDecimals { scale += 1 } else if groupDigits >= 0 { groupDigits += 1 }
            case 0x2E where !inDecimals:  // '.' between groups of three
                if digits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && digits > 3) { return nil }
                groupDigits = 0
                points += 1
            case 0x2C where !inDecimals:  // ','
                if digits == 0 || (groupDigits >= 0 && groupDigits != 3) { return nil }
                inDecimals = true
            default:
                return nil
            }
        }
        if digits == 0 || (inDecimals && scale == 0) || (!inDecimals && groupDigits >= 0 && groupDigits != 3) { return nil }
        return (units, scale, points)
    }
}

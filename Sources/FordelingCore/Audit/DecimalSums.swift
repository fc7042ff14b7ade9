extension DecimalValue {
    /// The exact sum, or nil on overflow.
    public static func sum(_ values: [DecimalValue]) -> DecimalValue? {
        let scale = commonScale(values)
        var total: Int128 = 0
        for value in values {
            guard let units = try? value.units(atScale: scale), let next = try? total.adding(units, "sum") else { return nil }
            total = next
        }
        return DecimalValue(units: total, scale: scale)
    }

    /// self − other, exactly; nil on overflow.
    func minus(_ other: DecimalValue) -> DecimalValue? {
        let scale = max(self.scale, other.scale)
        guard let a = try? units(atScale: scale), let b = try? other.units(atScale: scale), let difference = try? a.subtracting(b, "difference") else {
            return nil
        }
        return DecimalValue(units: difference, scale: scale)
    }

    /// Whether two values are equal whatever their decimals (`100` and `100,00`).
    public func isEqual(to other: DecimalValue) -> Bool {
        let scale = max(self.scale, other.scale)
        guard let a = try? units(atScale: scale), let b = try? other.units(atScale: scale) else { return false }
        return a == b
    }

    /// This value as a fraction, or nil on overflow.
    var exactFraction: Fraction? { try? fraction }
}

extension Fraction {
    /// Rounded half-up to `decimals` decimals, or nil on overflow.
    func decimal(_ decimals: Int) -> DecimalValue? { try? roundedToDecimals(decimals: decimals) }
}

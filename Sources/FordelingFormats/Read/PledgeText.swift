import FordelingCore

/// The small value syntaxes shared by definitions and scenarios: fractions and `PARTY: AMOUNT` pledges.
enum PledgeText {
    /// `1/3`, `0,5`, `2`: an exact fraction.
    static func fraction(_ text: String, location: SourceLocation?) throws(InputError) -> Fraction {
        let parts = text.split(separator: "/").map { String($0).trimmingSpaces }
        if parts.count == 2, let numerator = Int128(parts[0]), let denominator = Int128(parts[1]), denominator > 0 {
            return Fraction.reduced(numerator, denominator)
        }
        do { return try DanishNumber.parse(text).fraction } catch {
            throw InputError(location, "expected a number or a fraction such as 1/3, found '\(text.abbreviated())'", fix: "Write it like 1/3 or 0,5.")
        }
    }

    /// `Næstved: 500.000 kr.`, `Region Hovedstaden: 50 %`, or (when `allowNone`) `Næstved: ingen`.
    static func pledge(_ text: String, field: String, allowPercent: Bool, allowNone: Bool,
                       location: SourceLocation?) throws(InputError) -> (party: String, change: Scenario.PledgeChange?) {
        let colon = text.lastIndex(of: ":")
        let party = colon.map { String(text[..<$0]).trimmingSpaces } ?? ""
        guard let colon, !party.isEmpty else {
            throw InputError(location, "expected 'party: amount', found '\(text.abbreviated())'",
                             fix: "Write e.g. '\(field) = Næstved: 500.000 kr.'\(allowPercent ? " or '\(field) = Region Hovedstaden: 50 %'" : "").")
        }
        var value = String(text[text.index(after: colon)...]).trimmingSpaces
        if allowNone && ["ingen", "none"].contains(value.lowercased()) { return (party, nil) }
        if allowPercent, let suffix = ["%", "pct.", "pct"].first(where: { value.hasSuffix($0) }) {
            value = String(value.dropLast(suffix.count)).trimmingSpaces
            return (party, .percent(try fraction(value, location: location)))
        }
        do { return (party, .amount(try DanishNumber.parse(value))) } catch {
            throw InputError(location, "expected an amount for \(party): \(error.reason)", fix: "Write it like 500.000 kr.")
        }
    }
}

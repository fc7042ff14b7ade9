import FordelingCore

/// A tier of a count as price lists print it: `0 - 7`, `8 – 24`, `50 +` (or `50+`, `over 50` is not one).
enum TierText {
    static func tier(_ label: String) -> PriceList.Tier? {
        let text = label.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")
        if text.hasSuffix("+"), let lower = count(String(text.dropLast())) { return PriceList.Tier(lower: lower, upper: nil, label: label) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lower = count(String(parts[0])), let upper = count(String(parts[1])) else { return nil }
        return PriceList.Tier(lower: lower, upper: upper, label: label)
    }

    /// A whole count: digits, grouped by `.` in thousands or not.
    private static func count(_ text: String) -> Int128? {
        guard !text.isEmpty, let value = try? DanishNumber.parse(text), let units = try? value.units(exactlyAt: 0), units >= 0 else { return nil }
        return units
    }
}

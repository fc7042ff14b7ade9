import FordelingCore

/// Periods and months in Danish: `september 2020 – juni 2023`.
public enum PeriodWording {
    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]

    public static func month(_ month: Int) -> String {
        months.indices.contains(month - 1) ? months[month - 1] : "\(month)"
    }

    public static func text(_ period: Period) -> String {
        "\(month(period.from.month)) \(period.from.year) – \(month(period.to.month)) \(period.to.year)"
    }

    /// `2020, 2021, 2022 og 2023`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }
}

import FordelingCore

/// `period = 2020-09 to 2023-06`: the first and last month of a period (both included).
extension DefinitionBuilder {
    func period() throws(InputError) -> Period? {
        guard let entry = entry(.period) else { return nil }
        let parts = entry.value.lowercased().components(separatedBy: " to ").map(\.trimmingSpaces)
        let months = parts.compactMap(month)
        guard parts.count == 2, months.count == 2 else {
            throw InputError(entry.location, "expected 'YYYY-MM to YYYY-MM', found '\(entry.value.abbreviated())'",
                             fix: "Write the first and the last month of the period, e.g. 'period = 2020-09 to 2023-06'.")
        }
        guard months[0] <= months[1] else {
            throw InputError(entry.location, "the period ends before it starts", fix: "Write the first month first, e.g. 2020-09 to 2023-06.")
        }
        return Period(from: months[0], to: months[1])
    }

    private func month(_ text: String) -> Period.Month? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        return Period.Month(year: year, month: month)
    }
}

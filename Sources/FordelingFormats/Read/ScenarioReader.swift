import FordelingCore

/// Reads scenarios: the definitions' format, with `[name]` headers and the fields `title`, `note` and `set`
/// (repeatable): `set = ID.FIELD = VALUE`. The same `ID.FIELD=VALUE` is what `fordel run --set` takes.
public enum ScenarioReader {
    public static let fields = ["title", "note", "set"]
    /// The fields an override may set.
    public static let overrideFields = ["total", "national", "rate", "key", "pledge", "tier", "leave", "join", "index rate"]

    public static func read(_ text: String, file: String) throws(InputError) -> [Scenario] {
        let sections = try SectionReader(fields: fields, repeatable: ["note", "set"], kind: "scenario").read(text, file: file)
        return try sections.map { (section) throws(InputError) in
            let overrides = try (section.repeated["set"] ?? []).map { (entry) throws(InputError) in try override(entry.value, location: entry.location) }
            guard !overrides.isEmpty else {
                throw InputError(section.location, "scenario '\(section.id)' changes nothing", fix: "Add a line 'set = ID.FIELD = VALUE'.")
            }
            return Scenario(name: section.id, title: section.values["title"]?.value ?? section.id, notes: section.repeated["note"]?.map(\.value) ?? [],
                            overrides: overrides, location: section.location)
        }
    }

    /// The name of a scenario given on the command line, checked like an id.
    public static func checkName(_ name: String) throws(InputError) {
        try SectionReader.checkID(name, kind: "scenario", at: SourceLocation(file: "--scenario"))
    }

    /// `ID.FIELD = VALUE`, e.g. `erhvervshus-2019.total = +10 %`.
    public static func override(_ text: String, location: SourceLocation?) throws(InputError) -> Scenario.Override {
        guard let equals = text.firstIndex(of: "="), let dot = text[..<equals].firstIndex(of: ".") else {
            throw InputError(location, "expected ID.FIELD = VALUE, found '\(text.abbreviated())'", fix: "Write e.g. erhvervshus-2019.total = +10 %.")
        }
        let sheet = String(text[..<dot]).trimmingSpaces
        let field = String(text[text.index(after: dot)..<equals]).trimmingSpaces.lowercased()
        let value = String(text[text.index(after: equals)...]).trimmingSpaces
        guard !value.isEmpty else { throw InputError(location, "'\(sheet).\(field)' has no value", fix: "Write a value after '='.") }
        let written = "\(sheet).\(field) = \(value)"
        let change: Scenario.Override.Change
        switch field {
        case "total": change = .amount(field: .total, try amountChange(value, location: location))
        case "national": change = .amount(field: .national, try amountChange(value, location: location))
        case "rate": change = .amount(field: .rate, try amountChange(value, location: location))
        case "key": change = .key(KeyReference(value))
        case "pledge":
            let (party, pledge) = try PledgeText.pledge(value, field: "\(sheet).pledge", allowPercent: true, allowNone: true, location: location)
            change = .pledge(party: party, pledge)
        case "tier":
            guard let colon = value.lastIndex(of: ":") else {
                throw InputError(location, "expected 'party: tier', found '\(value.abbreviated())'", fix: "Write e.g. \(sheet).tier = Selskab X: lille.")
            }
            change = .tier(party: String(value[..<colon]).trimmingSpaces, tier: String(value[value.index(after: colon)...]).trimmingSpaces)
        case "index rate": change = try indexRate(value, sheet: sheet, location: location)
        case "leave": change = .leave(party: value)
        case "join": change = .join(party: value)
        default:
            throw InputError(location, "unknown field '\(field)' in '\(written)'", fix: "Use one of: \(overrideFields.joined(separator: ", ")).")
        }
        return Scenario.Override(sheet: sheet, change: change, text: written, location: location)
    }

    /// `2023/2024: 5,2 %`: the PL rate from 2023's price level to 2024's.
    static func indexRate(_ text: String, sheet: String, location: SourceLocation?) throws(InputError) -> Scenario.Override.Change {
        let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
        let years = parts.first?.split(separator: "/").map { Int(String($0).trimmingSpaces) } ?? []
        var rate = parts.count == 2 ? parts[1] : ""
        if rate.hasSuffix("%") { rate = String(rate.dropLast()).trimmingSpaces }
        guard years.count == 2, let from = years[0], let to = years[1], (1900...2200).contains(from), to == from + 1,
              let percent = try? DanishNumber.parse(rate) else {
            throw InputError(location, "expected 'YEAR/NEXT YEAR: RATE %', found '\(text.abbreviated())'",
                             fix: "Write e.g. \(sheet).index rate = 2023/2024: 5,2 %.")
        }
        return .indexRate(fromYear: from, percent: percent)
    }

    /// `25.000.000` (the new amount), `+10 %` / `-5 %` (relative), `+1.000.000 kr.` / `-500 kr.` (plus or minus).
    static func amountChange(_ text: String, location: SourceLocation?) throws(InputError) -> Scenario.AmountChange {
        let relative = text.hasPrefix("+") || text.hasPrefix("-") || text.hasPrefix("\u{2212}")
        do {
            if let suffix = ["%", "pct.", "pct"].first(where: { text.hasSuffix($0) }) {
                guard relative else {
                    throw InputError(location, "a percentage must say whether it adds or subtracts: '+\(text)' or '-\(text)'", fix: "Write e.g. +10 %.")
                }
                return .percent(try DanishNumber.parse(String(text.dropLast(suffix.count))).fraction)
            }
            let value = try DanishNumber.parse(text)
            return relative ? .delta(value) : .absolute(value)
        } catch let error as InputError {
            throw error
        } catch let error as DanishNumber.Problem {
            throw InputError(location, "expected an amount or a percentage: \(error.reason)", fix: "Write e.g. 25.000.000, +10 % or -500.000 kr.")
        } catch {
            throw InputError(location, "the amount is too large to compute exactly", fix: "Check it for misplaced digits.")
        }
    }
}

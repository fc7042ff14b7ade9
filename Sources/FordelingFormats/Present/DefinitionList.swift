import FordelingCore

/// The lines of `fordel list`: id, title, rule and its amount.
public enum DefinitionList {
    public static func text(_ definitions: [Definition]) -> String {
        let idWidth = definitions.map(\.id.count).max() ?? 0
        return definitions.map { definition in
            let period = definition.extras.period.map { " (\(PeriodWording.text($0.period)), pr. år)" } ?? ""
            return "\(definition.id.padding(idWidth))  \(amount(of: definition).padding(24))  \(definition.title)\(definition.year.map { " (\($0))" } ?? period)"
        }.joined(separator: "\n")
    }

    static func amount(of definition: Definition) -> String {
        let measure = definition.measure
        let amount = { (stored: Int128) in DanishNumberFormat.amount(stored, measure: measure) + " " + measure.label }
        switch definition.rule {
        case .split(let total): return "total \(amount(total))"
        case .shareOfNational(let national): return "andel af \(amount(national))"
        case .rate(let rate):
            return "\(DanishNumberFormat.exact(rate, measure: measure)) \(measure.label) pr. enhed"
        case .sum(let components): return "sum af \(components.count) ark"
        case .budget(let statement): return "budget, \(statement.lines.count) poster"
        case .fee(let list, let column): return "takst \(column.map { "\(list):\($0)" } ?? list)"
        case .period(let total): return "sum af \(total.years.count) år"
        }
    }
}

/// The generated sweep over definitions and scenarios (issue 12): every rule × every pair of definition fields ×
/// a set of values (typical, zero, negative, huge, empty, a party outside the set), and every scenario field ×
/// those values. Each case must end in a sheet or a located input error, never a trap. The in-process sweep runs
/// every case; the end-to-end sweep runs the `fordel` binary on a rotation through them.
public enum InputSweep {
    public enum Value: String, CaseIterable, Sendable {
        case typical, zero, negative, huge, empty, outsider
    }

    /// One definition (or scenario override) to compute, and what it sets, for messages.
    public struct Case: Sendable {
        public let id: String
        /// The `[id]` block of a definition, or the `ID.FIELD=VALUE` of an override.
        public let text: String
        public let summary: String
    }

    public static let rules = ["split", "national-share", "rate", "sum", "budget", "fee"]

    /// Longer than messages quote (40 characters).
    static let long = String(repeating: "x", count: 50)
    static let nines = String(repeating: "9", count: 36)

    /// The rule's amount field; `amount` in `fields` stands for it.
    static func amountField(_ rule: String) -> String {
        switch rule {
        case "split": "total"
        case "national-share": "national"
        case "rate": "rate"
        case "budget": "income"
        case "fee": "fees"
        default: "add"
        }
    }

    /// What every case starts from, for each rule: KKR Sjælland by population (or DUT key, or added sheets).
    static func base(_ rule: String) -> [(field: String, value: String)] {
        let parties = ("parties", "KKR Sjælland")
        switch rule {
        case "split": return [parties, ("key", "befolkning-2019"), ("total", "1 mio. kr.")]
        case "national-share": return [parties, ("key", "dut-2019"), ("national", "25 mio. kr.")]
        case "rate": return [parties, ("key", "befolkning-2019"), ("rate", "135 kr.")]
        case "budget": return [("periods", "Budget, Regnskab"), ("income", "Indkrævet: 1.000 kr. | sweep-base-split"), ("expense", "Løn: 500,50 | -")]
        case "fee": return [parties, ("key", "befolkning-2019"), ("fees", "socialtilsyn-takster-2021:Tilsyn")]
        default: return [parties, ("add", "sweep-base-split, sweep-base-rate.beløb")]
        }
    }

    /// The texts of each value, per field; a value without texts is not swept for that field.
    static let fields: [(name: String, values: [Value: [String]])] = {
        let keys: [Value: [String]] = [.zero: ["sweep-nul"], .negative: ["sweep-negativ"], .huge: ["sweep-stor"],
                                       .outsider: ["befolkning-hovedstaden-2024", "ept4-niveauer:Forslag"]]
        let decimals: [Value: [String]] = [.typical: ["1"], .zero: ["0"], .negative: ["-1"], .huge: ["99"]]
        let text: [Value: [String]] = [.typical: ["Beløb i alt"], .zero: ["0"], .negative: ["-1"], .huge: [long]]
        func money(_ typical: String) -> [Value: [String]] {
            [.typical: [typical], .zero: ["0"], .negative: ["-\(typical)"], .huge: ["\(nines) kr."]]
        }
        func pledge(_ amount: String, percent: Bool) -> [Value: [String]] {
            [.typical: ["Næstved: \(amount)"] + (percent ? ["Næstved: 10 %"] : []), .zero: ["Næstved: 0 kr."] + (percent ? ["Næstved: 0 %"] : []),
             .negative: ["Næstved: -\(amount)"] + (percent ? ["Næstved: -10 %"] : []),
             .huge: ["Næstved: \(nines) kr."] + (percent ? ["Næstved: 1000 %"] : []), .outsider: ["København: \(amount)"]]
        }
        return [
            ("parties", [.typical: ["KKR Sjælland"], .zero: ["0"], .negative: ["-1"], .huge: [long],
                         .outsider: ["KKR Sjælland, København", "KKR Sjælland, 33 kommuner"]]),
            ("exclude", [.typical: ["Lejre"], .zero: ["0"], .negative: ["-1"], .huge: [long], .outsider: ["København"]]),
            ("key", keys.merging([.typical: ["befolkning-2019", "equal"]]) { $1 }),
            ("amount", [.typical: ["2.000 kr.", "0,5"], .zero: ["0"], .negative: ["-2.000 kr."], .huge: [nines],
                        .outsider: ["sweep-base-hovedstaden", "sweep-base-published"]]),
            ("tiers", [.typical: ["stor 1, lille 1/3"], .zero: ["stor 0"], .negative: ["stor -1"], .huge: ["stor \(nines)"],
                       .outsider: ["København 1"]]),
            ("pledge", pledge("100.000 kr.", percent: true)),
            ("unit", [.typical: ["øre", "1000"], .zero: ["0"], .negative: ["-1"], .huge: [long]]),
            ("quantity", [.typical: ["årsværk"], .zero: ["0"], .negative: ["-1"], .huge: [long]]),
            ("decimals", [.typical: ["3"], .zero: ["0"], .negative: ["-1"], .huge: ["99"]]),
            ("price", money("600.000 kr.")),
            ("mode", [.typical: ["published", "reconciled"], .zero: ["0"], .negative: ["-1"], .huge: [long]]),
            ("divisor", [.typical: ["1.000.000"], .zero: ["0"], .negative: ["-5"], .huge: [nines]]),
            ("label", text),
            ("columns", [.typical: ["befolkning-2019, share befolkning-2019"], .zero: ["sweep-nul, share sweep-nul"],
                         .negative: ["sweep-negativ, share sweep-negativ"], .huge: ["sweep-stor, share sweep-stor"],
                         .outsider: ["befolkning-hovedstaden-2024", "share ept4-niveauer:Forslag"]]),
            ("compare", keys.merging([.typical: ["bidrag-2018"]]) { $1 }),
            ("per", keys.merging([.typical: ["befolkning-2019"]]) { $1 }),
            ("per label", text),
            ("per decimals", decimals),
            ("percent decimals", decimals),
            ("percent label", text),
            ("hours", [.typical: ["50"], .zero: ["0"], .negative: ["-50"], .huge: [nines]]),
            ("hourly rate", money("430 kr.")),
            ("in kind share", [.typical: ["1/3"], .zero: ["0"], .negative: ["-1/3"], .huge: ["\(nines)/1"]]),
            ("in kind fixed", pledge("1.000 kr.", percent: false)),
            ("in kind exempt", [.typical: ["Næstved"], .zero: ["0"], .negative: ["-1"], .huge: [long], .outsider: ["København"]]),
            ("match", money("12,5 mio. kr.")),
            ("period", [.typical: ["2020-09 to 2023-06"], .zero: ["0"], .negative: ["2023-06 to 2020-09"], .huge: ["1900-01 to 2200-12"],
                        .outsider: ["2020-13 to 2021-01"]]),
            ("period amount", pledge("100.000 kr.", percent: false)),
            ("deviation", [.typical: ["2 procentpoint"], .zero: ["0 pp"], .negative: ["-2 procentpoint"], .huge: ["\(nines) pp"], .outsider: ["200 pp"]]),
            ("minimum", pledge("1.000 kr.", percent: false)),
            ("maximum", pledge("100.000 kr.", percent: false)),
            ("realised", keys.merging([.typical: ["dut-2019"]]) { $1 }),
            ("index", [.typical: ["pl"], .zero: ["0"], .negative: ["-1"], .huge: [long], .outsider: ["befolkning-2019"]]),
            ("price level", [.typical: ["2023"], .zero: ["0"], .negative: ["-1"], .huge: ["2200"], .outsider: ["1900"]]),
            ("note", text),
        ].map { field in (field.0, field.1.merging([.empty: [""]]) { $1 }) }
    }()

    /// The value pairs a field pair is swept with: each value beside a typical one on either side, each value on
    /// both, and every typical text beside every other (where most combinations that compute are).
    static func valuePairs(_ a: [Value: [String]], _ b: [Value: [String]]) -> [(String, String)] {
        let typicalA = a[.typical] ?? [], typicalB = b[.typical] ?? []
        var pairs = typicalA.flatMap { x in typicalB.map { (x, $0) } }
        for value in Value.allCases where value != .typical {
            pairs += (a[value] ?? []).flatMap { x in typicalB.prefix(1).map { (x, $0) } }
            pairs += (b[value] ?? []).flatMap { y in typicalA.prefix(1).map { ($0, y) } }
            if let x = a[value]?.first, let y = b[value]?.first { pairs.append((x, y)) }
        }
        return pairs
    }

    /// Every rule × every pair of fields × their value pairs, as definition blocks `[sweep-N]`. With `rotating`,
    /// each pair of fields with two of the rules and one value pair, all taken in turn: every rule, field and
    /// value, in a tenth of the cases.
    public static func definitionCases(rotating: Bool = false) -> [Case] {
        var cases: [Case] = []
        var turn = 0
        for i in fields.indices {
            for j in fields.indices where j > i {
                let (a, b) = (fields[i], fields[j])
                let pairs = valuePairs(a.values, b.values)
                let chosenRules = rotating ? [rules[turn % rules.count], rules[(turn + 1) % rules.count]] : rules
                for rule in chosenRules {
                    for (x, y) in rotating ? [pairs[turn % pairs.count]] : pairs {
                        let id = "sweep-\(cases.count)"
                        let overrides = [(a.name, x), (b.name, y)].map { ($0.0 == "amount" ? amountField(rule) : $0.0, $0.1) }
                        cases.append(Case(id: id, text: definition(id: id, rule: rule, overrides),
                                          summary: "rule \(rule), \(overrides.map { "\($0.0) = \($0.1.prefix(40))" }.joined(separator: ", "))"))
                    }
                    turn += 1
                }
            }
        }
        return cases
    }

    static func definition(id: String, rule: String, _ overrides: [(String, String)]) -> String {
        var fields = base(rule)
        for (field, value) in overrides {
            if let index = fields.firstIndex(where: { $0.field == field }) { fields[index].value = value } else { fields.append((field, value)) }
        }
        // A definition over a period has no year of its own.
        let year = fields.contains { $0.field == "period" } ? [] : ["year = 2024"]
        return (["[\(id)]", "title = Sweep \(id)"] + year + ["rule = \(rule)"] + fields.map { "\($0.field) = \($0.value)" })
            .joined(separator: "\n") + "\n"
    }

    /// The sheets the sums add, one of other parties, one with a negative total and one in published mode, in
    /// `definitions/sweep-base.txt`.
    public static let baseDefinitions = [
        definition(id: "sweep-base-split", rule: "split", []),
        definition(id: "sweep-base-rate", rule: "rate", []),
        definition(id: "sweep-base-negativ", rule: "split", [("total", "-1 mio. kr."), ("pledge", "Næstved: -100.000 kr.")]),
        definition(id: "sweep-base-published", rule: "split", [("mode", "published"), ("divisor", "1.000.000")]),
        definition(id: "sweep-base-hovedstaden", rule: "split", [("parties", "KKR Hovedstaden"), ("key", "befolkning-hovedstaden-2024")]),
    ].joined(separator: "\n")

    /// Key tables the values name, made from `population` (the text of keys/befolkning-2019.csv): every value
    /// zero, Greve's negative, every value 10^30.
    public static func keys(population: String) -> [(name: String, text: String)] {
        func replacing(_ value: (String, String) -> String) -> String {
            var header = true
            return population.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard !line.hasPrefix("#"), let separator = line.firstIndex(of: ";") else { return String(line) }
                if header { header = false; return String(line) }
                let party = String(line[..<separator])
                return party + ";" + value(party, String(line[line.index(after: separator)...]))
            }.joined(separator: "\n")
        }
        return [("sweep-nul", replacing { _, _ in "0" }),
                ("sweep-negativ", replacing { party, value in party == "Greve" ? "-" + value : value }),
                ("sweep-stor", replacing { _, _ in "1" + String(repeating: "0", count: 30) })]
    }

    /// The texts of each value, per scenario field.
    static let scenarioFields: [(name: String, values: [Value: [String]])] = {
        let amount: [Value: [String]] = [.typical: ["+10 %", "25.000.000", "-500.000 kr."], .zero: ["0", "+0 %"],
                                         .negative: ["-1.000.000", "-200 %"], .huge: [nines, "+\(nines) %"]]
        let party: [Value: [String]] = [.typical: ["Næstved", "Lejre", "Selskab X"], .zero: ["0"], .negative: ["-1"], .huge: [long],
                                        .outsider: ["København", "Atlantis", "33 kommuner", "Greve"]]
        return [
            ("total", amount), ("national", amount), ("rate", amount),
            ("key", [.typical: ["dut-2019", "equal"], .zero: ["sweep-nul"], .negative: ["sweep-negativ"], .huge: ["sweep-stor"],
                     .outsider: ["befolkning-hovedstaden-2024", "nope", "ept4-niveauer"]]),
            ("pledge", [.typical: ["Næstved: 600.000 kr.", "Næstved: 50 %", "Næstved: ingen", "Region Hovedstaden: 10 %"],
                        .zero: ["Næstved: 0 kr.", "Næstved: 0 %"], .negative: ["Næstved: -5 kr.", "Næstved: -10 %"],
                        .huge: ["Næstved: \(nines) kr.", "Næstved: 1000 %"], .outsider: ["København: 5 kr.", ": 5 kr."]]),
            ("tier", [.typical: ["Selskab X: lille", "ARC: netværk"], .zero: ["Selskab X: 0"], .negative: ["Selskab X: -1"],
                      .huge: ["Selskab X: \(long)"], .outsider: ["København: stor", "Næstved: stor"]]),
            ("leave", party), ("join", party),
            ("index rate", [.typical: ["2023/2024: 5,2 %"], .zero: ["2023/2024: 0 %"], .negative: ["2023/2024: -200 %"],
                            .huge: ["2023/2024: \(nines) %"], .outsider: ["1800/1801: 1 %", "2023/2025: 1 %"]]),
        ].map { field in (field.0, field.1.merging([.empty: [""]]) { $1 }) }
    }()

    /// Every scenario field × every value text, as `ID.FIELD=VALUE` overrides of each definition in `ids`. With
    /// `rotating`, each field and value once, on the definitions in turn.
    public static func overrides(of ids: [String], rotating: Bool = false) -> [Case] {
        var cases: [Case] = []
        for field in scenarioFields {
            for value in Value.allCases {
                for text in field.values[value] ?? [] {
                    let targets = rotating ? [ids[cases.count % ids.count]] : ids
                    for id in targets {
                        let set = "\(id).\(field.name)=\(text)"
                        cases.append(Case(id: "s\(cases.count)", text: set, summary: set))
                    }
                }
            }
        }
        return cases
    }
}

import Foundation

extension InputSweep {
    /// An inputs folder for the sweep at `folder`: the repository's registers and keys, the sweep's keys, the
    /// sheets the sums add, and (with `committedDefinitions`) the repository's definitions, targets of the overrides.
    public static func writeInputs(to folder: URL, committedDefinitions: Bool) throws {
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("definitions"), withIntermediateDirectories: true)
        for name in ["registers", "keys", "indices", "prices"] {
            try files.copyItem(at: RepositoryPaths.inputs.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let population = try String(contentsOf: RepositoryPaths.inputs.appendingPathComponent("keys/befolkning-2019.csv"), encoding: .utf8)
        for (name, text) in keys(population: population) {
            try Data(text.utf8).write(to: folder.appendingPathComponent("keys/\(name).csv"))
        }
        try Data(baseDefinitions.utf8).write(to: folder.appendingPathComponent("definitions/sweep-base.txt"))
        guard committedDefinitions else { return }
        let committed = RepositoryPaths.inputs.appendingPathComponent("definitions")
        for name in try files.contentsOfDirectory(atPath: committed.path) where name.hasSuffix(".txt") {
            try files.copyItem(at: committed.appendingPathComponent(name), to: folder.appendingPathComponent("definitions/\(name)"))
        }
    }

    /// The ids of the definitions in `folder`/definitions, in file order: the targets of the overrides.
    public static func definitionIDs(in folder: URL) throws -> [String] {
        let definitions = folder.appendingPathComponent("definitions")
        return try FileManager.default.contentsOfDirectory(atPath: definitions.path).filter { $0.hasSuffix(".txt") }.sorted().flatMap { name in
            try String(contentsOf: definitions.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("[") && $0.hasSuffix("]") }.map { String($0.dropFirst().dropLast()) }
        }
    }
}

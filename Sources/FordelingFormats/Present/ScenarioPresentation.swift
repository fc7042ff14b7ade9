import FordelingCore

/// A scenario in Danish: the heading of each changed sheet, the changes made, and the tables of baseline, scenario
/// and change per party (per sheet, and across the sheets).
public struct ScenarioPresentation {
    /// Baseline, scenario and change per party, and the total row.
    public typealias Table = PresentedTable

    public let result: ScenarioResult

    public init(_ result: ScenarioResult) {
        self.result = result
    }

    public var scenario: Scenario { result.scenario }

    /// The overrides as written: `erhvervshus-2019.total = +10 %`.
    public var changes: [String] { scenario.overrides.map(\.text) }

    /// "Scenarie: TITLE", the heading of the scenario's overview.
    public var title: String { "Scenarie: \(scenario.title)" }

    public static let changesIntroduction = "Ændringer i forhold til grundforløbet:"
    public static let changedSheetsHeading = "Ark, der ændres"
    public static let changedSheetsHeadings = ["Ark-id", "Titel", baselineHeading, "Scenarie", changeHeading, "Status"]
    public static let changeHeading = "Ændring"
    public static let baselineHeading = "Grundforløb"
    public static let overviewHeading = "Ændring pr. part på tværs af arkene"
    public static let reconciliationHeading = "Afstemning (scenariet)"

    /// Which sheets the overview adds, and why no sheet counts twice.
    public func countedSheets(code: (String) -> String) -> String {
        "Summen over kronearkene \(result.summary.sheets.map(code).joined(separator: ", ")); ark, der lægger andre ark sammen, tælles ikke med, så intet tælles to gange."
    }

    /// "Beregnet af Fordeling 0.1.0, ark-id `id`, scenarie `name`."
    public func computedBy(_ version: String, sheet: ScenarioSheet, code: (String) -> String) -> String {
        "\(SheetPresentation.computedBy(version)), ark-id \(code(sheet.scenario.id)), scenarie \(code(scenario.name))."
    }

    /// Each relative change of `sheet` that the scenario rounded: the exact amount and the rounded one, as in
    /// `sundhed.total = +4,8 %: 1.690.518 kr. × 1,048 = 1.771.662,864 kr., afrundet (halv op) til hele kr.: 1.771.663 kr.`
    public func roundings(_ sheet: ScenarioSheet) -> [String] {
        let text = SheetPresentation(sheet.scenario)
        return sheet.roundings.map { rounding in
            // The factor of a percentage change: the exact amount over the amount before.
            let factor = rounding.baseline == 0 ? nil : try? Fraction.reduced(rounding.exact.numerator, rounding.exact.denominator.multiplied(by: rounding.baseline, "factor"))
            let product = factor.map { "\(text.amount(rounding.baseline)) × \(DanishNumberFormat.weight($0)) = " } ?? ""
            return "\(rounding.override): \(product)\(DanishNumberFormat.exact(rounding.exact, measure: rounding.measure)) \(rounding.measure.label), "
                + "afrundet (halv op) til \(text.unitName): \(text.amount(rounding.rounded))"
        }
    }

    /// "Scenarie TITLE: SHEET (YEAR)".
    public func heading(_ sheet: ScenarioSheet) -> String {
        "Scenarie \(scenario.title): \(SheetPresentation(sheet.scenario).heading)"
    }

    public func table(_ sheet: ScenarioSheet) -> Table {
        Self.table(rows: sheet.rows, total: sheet.total, measure: sheet.scenario.measure,
                   partyHeading: SheetPresentation(sheet.scenario).partyHeading)
    }

    /// Each party's change across the money sheets, in whole kroner unless some amount has øre.
    public var overview: Table {
        let summary = result.summary
        let wholeKroner = (summary.rows + [summary.total]).allSatisfy { $0.baseline % 100 == 0 && $0.scenario % 100 == 0 }
        return Self.table(rows: summary.rows, total: summary.total, measure: .money(wholeKroner ? .krone : .øre), partyHeading: SheetPresentation.anyPartyHeading)
    }

    private static func table(rows: [ScenarioSheet.Row], total: ScenarioSheet.Row, measure: Measure, partyHeading: String) -> Table {
        let showsCodes = rows.contains { $0.party?.code != nil }
        let values = { (row: ScenarioSheet.Row) -> [PresentedCell] in
            [row.baseline, row.scenario, row.change].map { .number(measure.presented($0), .amount(measure)) }
                + [row.changePercent.map { .number($0, .percent) } ?? .empty]
        }
        let amounts = [baselineHeading, "Scenarie", changeHeading].map { measure == .money(.thousandKroner) ? ColumnHeadings.inThousands($0) : $0 }
        return Table(header: [partyHeading] + (showsCodes ? [SheetPresentation.codeHeading] : []) + amounts + ["Ændring (pct.)"],
                     partyColumns: showsCodes ? 2 : 1,
                     rows: rows.map { row in
                         [.text(row.party?.name ?? "")] + (showsCodes ? [row.party?.code.map(PresentedCell.text) ?? .empty] : []) + values(row)
                     },
                     totalRow: [.text("I alt")] + (showsCodes ? [.empty] : []) + values(total))
    }
}

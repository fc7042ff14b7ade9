import FordelingCore

/// A chart of one figure per party, in Danish: what it draws (the exact figures of the table, as printed), its title,
/// how to read it, and the chart in words for readers who do not see it. Writers draw it.
public struct Chart: Sendable {
    public enum Kind: Sendable {
        /// A bar per party from zero: amounts.
        case amounts
        /// A bar per party with the average marked: a figure per unit, a share.
        case figures
        /// Increases and decreases from a zero line, drawn in two styles: a difference, a scenario's change.
        case changes
    }

    /// A party's bar: its label, its figure, and the figure as written at the bar (with its sign for changes).
    public struct Bar: Sendable {
        public let label: String
        public let value: DecimalValue
        public let text: String
    }

    public let kind: Kind
    public let title: String
    /// How to read it: what a bar is, in which unit, what the line or the two styles mean.
    public let caption: String
    /// The chart in words.
    public let description: String
    public let bars: [Bar]
    /// The average, marked across the bars (figures only).
    public let average: Bar?

    /// How an increase and a decrease are told apart, in the chart's legend.
    public static let increase = "Stigning (+)"
    public static let decrease = "Fald (−)"
    public static let averageLabel = "Gennemsnit"

    /// A chart of `kind` over `rows` (a party's name and its cell; rows without a number are left out), its figures in
    /// `unit`; `averageText` words the average for the caption.
    init(kind: Kind, title: String, noun: String, unit: String, rows: [(label: String, cell: PresentedCell)], average: DecimalValue? = nil,
         averageText: (String) -> String = { $0 }) {
        let bars: [Bar] = rows.compactMap { row in
            guard case .number(let value, _) = row.cell else { return nil }
            return Bar(label: row.label, value: value, text: kind == .changes ? row.cell.signedText : row.cell.text(grouped: true))
        }
        self.kind = kind
        self.title = title
        self.bars = bars
        self.average = average.map { Bar(label: Self.averageLabel, value: $0, text: DanishNumberFormat.string($0)) }
        switch kind {
        case .amounts:
            caption = "Én søjle pr. \(noun) i \(unit), i tabellens rækkefølge; tallet står ved søjlen."
        case .figures:
            caption = "Én søjle pr. \(noun) i \(unit); den stiplede streg er gennemsnittet"
                + (self.average.map { " (\(averageText($0.text)))." } ?? ".")
        case .changes:
            caption = "Ændring pr. \(noun) i \(unit): stigning (+) er mørkeblå og fyldt, fald (−) er orange og skraveret."
        }
        description = Self.words(title: title, kind: kind, bars: bars)
    }

    /// The largest and smallest figures (for changes: how many rise and fall, and the largest of each).
    private static func words(title: String, kind: Kind, bars: [Bar]) -> String {
        let order = { (a: Bar, b: Bar) in DecimalValue.isLess(a.value, b.value) }
        guard let largest = bars.max(by: order), let smallest = bars.min(by: order) else { return "\(title): ingen tal." }
        let named = { (bar: Bar) in "\(bar.label) \(bar.text)" }
        let table = " Alle tal står i tabellen."
        guard kind == .changes else { return "\(title): størst \(named(largest)), mindst \(named(smallest))." + table }
        let rising = bars.filter { $0.value.units > 0 }.count
        let falling = bars.filter { $0.value.units < 0 }.count
        var text = "\(title): \(rising) stiger, \(falling) falder, \(bars.count - rising - falling) uændret."
        if largest.value.units > 0 { text += " Største stigning: \(named(largest))." }
        if smallest.value.units < 0 { text += " Største fald: \(named(smallest))." }
        return text + table
    }
}

extension SheetPresentation {
    /// The sheet's charts: its amounts; each figure per unit and share, with the average; each difference as a change.
    public var charts: [Chart] {
        let noun = partyHeading.lowercased()
        var charts: [Chart] = []
        if let amount = sheet.column(.amount) {
            charts.append(Chart(kind: .amounts, title: ColumnHeadings.heading(sheet.columns[amount]), noun: noun, unit: sheet.measure.label,
                                rows: cells(amount)))
        }
        for (index, column) in sheet.columns.enumerated() {
            let title = ColumnHeadings.heading(column)
            switch column.role {
            case .perUnit:
                charts.append(Chart(kind: .figures, title: title, noun: noun, unit: sheet.measure.label, rows: cells(index),
                                    average: PresentedCell(sheet.totals[index]).number, averageText: { "alle under ét: \($0)" }))
            case .keyShare:
                let rows = cells(index)
                let count = rows.filter { $0.cell.isNumber }.count
                charts.append(Chart(kind: .figures, title: title, noun: noun, unit: "pct.", rows: rows,
                                    average: averageShare(count, column: index), averageText: { "100 / \(count) = \($0)" }))
            case .difference:
                charts.append(Chart(kind: .changes, title: title, noun: noun, unit: sheet.measure.label, rows: cells(index)))
            default: break
            }
        }
        return charts
    }

    /// Each party's name and its cell in the column at `index`.
    private func cells(_ index: Int) -> [(label: String, cell: PresentedCell)] {
        sheet.rows.map { (label: $0.party.name, cell: PresentedCell($0.cells[index])) }
    }

    /// 100 % shared by `count` parties, at the decimals of the share column at `column`.
    private func averageShare(_ count: Int, column: Int) -> DecimalValue? {
        let decimals = sheet.rows.lazy.compactMap { row -> Int? in if case .percent(_, let decimals) = row.cells[column] { decimals } else { nil } }.first
        guard count > 0, let decimals else { return nil }
        return try? SharePercent.percent(Fraction(numerator: 1, denominator: Int128(count)), decimals: decimals)
    }
}

extension ScenarioPresentation {
    /// The change per party of a changed sheet.
    public func chart(_ sheet: ScenarioSheet) -> Chart {
        let table = table(sheet)
        return Self.changeChart(table, title: ScenarioPresentation.changeHeading, noun: SheetPresentation(sheet.scenario).partyHeading.lowercased(),
                                unit: sheet.scenario.measure.label)
    }

    /// Each party's change across the money sheets.
    public var overviewChart: Chart {
        Self.changeChart(overview, title: Self.overviewHeading, noun: "part", unit: Measure.money(.krone).label)
    }

    private static func changeChart(_ table: Table, title: String, noun: String, unit: String) -> Chart {
        let change = table.partyColumns + 2
        return Chart(kind: .changes, title: title, noun: noun, unit: unit,
                     rows: table.rows.map { (label: $0[0].text(grouped: true), cell: $0[change]) })
    }
}

extension PresentedCell {
    /// The number, if the cell holds one.
    public var number: DecimalValue? {
        if case .number(let value, _) = self { return value }
        return nil
    }
}

extension DecimalValue {
    /// Whether `a` < `b`; values too large to bring to one scale compare by their units.
    static func isLess(_ a: DecimalValue, _ b: DecimalValue) -> Bool {
        let scale = max(a.scale, b.scale)
        guard let x = try? a.units(atScale: scale), let y = try? b.units(atScale: scale) else { return a.units < b.units }
        return x < y
    }
}

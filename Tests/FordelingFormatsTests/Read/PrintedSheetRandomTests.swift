import Testing
import FordelingCore
import FordelingFormats
import FordelingTestSupport

/// 2.000 approved-style sheets made of random figures, each cell printed in a random one of the documented forms:
/// `check` finds nothing on each, exactly the injected error on a copy with one changed cell, and `diff` finds
/// nothing between a sheet and a copy printed in other forms.
@Suite struct PrintedSheetRandomTests {
    /// A random sheet: a key, its share in percent at the printed precision, and amounts (in øre), with totals.
    struct Figures {
        var keys: [Int128]
        var percentDecimals: Int
        var amounts: [Int128]
        /// Whether amounts have øre.
        var øre: Bool

        init(_ random: inout SeededGenerator) {
            let count = Int.random(in: 2...12, using: &random)
            keys = (0..<count).map { _ in Int128(Int.random(in: 1...2_000_000, using: &random)) }
            percentDecimals = Int.random(in: 1...2, using: &random)
            let øre = Bool.random(using: &random)
            self.øre = øre
            amounts = (0..<count).map { _ in Int128(Int.random(in: 0...9_999_999_999, using: &random)) * (øre ? 1 : 100) }
        }

        /// Each key's share in percent, rounded half-up to the printed decimals, in units of 10^-decimals.
        var shares: [Int128] {
            let sum = keys.reduce(0, +)
            var scale: Int128 = 100
            for _ in 0..<percentDecimals { scale *= 10 }
            return keys.map { (2 * $0 * scale + sum) / (2 * sum) }
        }
    }

    /// `units / 10^scale` printed in one of the forms `Inputs/README.md` documents for it.
    static func printed(_ units: Int128, scale: Int, percent: Bool, using random: inout SeededGenerator) -> String {
        let value = DecimalValue(units: units, scale: scale)
        let grouped = DanishNumberFormat.string(value)
        let plain = DanishNumberFormat.string(value, grouped: false)
        if percent { return [grouped, grouped + " %", grouped + "%", grouped + " pct."].randomElement(using: &random) ?? grouped }
        var forms = [grouped, plain, "kr. " + grouped, grouped + " kr.", "kr. " + plain, grouped.replacingOccurrences(of: ".", with: " "),
                     grouped.replacingOccurrences(of: ".", with: "\u{00A0}")]
        if scale == 0 { forms += [grouped + ",00", grouped + ",-", "kr. " + grouped + ",-"] }
        return forms.randomElement(using: &random) ?? grouped
    }

    /// The sheet as transcribed, each number printed in a random form; `change` adds to one amount cell (row index, or
    /// `rows` for the total) or, with `keyTotal`, to the key's total.
    static func sheet(_ figures: Figures, using random: inout SeededGenerator, change: (cell: Int, by: Int128, keyTotal: Bool)? = nil) -> String {
        var amounts = figures.amounts + [figures.amounts.reduce(0, +)]
        var keys = figures.keys + [figures.keys.reduce(0, +)]
        if let change {
            if change.keyTotal { keys[keys.count - 1] += change.by } else { amounts[change.cell] += change.by }
        }
        let shares = figures.shares
        let amountScale = figures.øre ? 2 : 0
        let amount = { (units: Int128, random: inout SeededGenerator) in
            printed(figures.øre ? units : units / 100, scale: amountScale, percent: false, using: &random)
        }
        var lines = ["# kilde: tilfældige tal", "# kolonne Befolkning: nøgle", "# kolonne Pct.: andel af Befolkning", "# kolonne Beløb: beløb",
                     "Kommune;Befolkning;Pct.;Beløb"]
        for index in figures.keys.indices {
            lines.append("Part \(index + 1);\(printed(keys[index], scale: 0, percent: false, using: &random));"
                         + "\(printed(shares[index], scale: figures.percentDecimals, percent: true, using: &random));\(amount(amounts[index], &random))")
        }
        lines.append("I alt;\(printed(keys[keys.count - 1], scale: 0, percent: false, using: &random));"
                     + "\(printed(shares.reduce(0, +), scale: figures.percentDecimals, percent: true, using: &random));\(amount(amounts[amounts.count - 1], &random))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func findings(_ text: String) throws -> (table: SheetTable, findings: [Finding]) {
        let (sheet, reading) = try ApprovedSheetReader.read(text, file: "s.csv")
        return (sheet.table, reading + SheetChecker(sheet, register: nil, linked: nil).findings())
    }

    @Test func consistentSheetsHaveNoFindingAndOneChangedCellExactlyItsOwn() throws {
        for seed in 0..<2_000 as Range<UInt64> {
            var random = SeededGenerator(seed: seed)
            let figures = Figures(&random)
            let text = Self.sheet(figures, using: &random)
            let (table, findings) = try Self.findings(text)
            #expect(findings.isEmpty, "seed \(seed):\n\(text)\(findings.map(FindingText.line))")

            // One changed cell: an amount of a row, the amounts' total, or the key's total.
            let rows = figures.keys.count
            let cell = Int.random(in: 0...rows + 1, using: &random)
            let by = Int128(Int.random(in: 1...1_000, using: &random)) * (figures.øre ? 1 : 100)
            let changed = Self.sheet(figures, using: &random, change: (cell: min(cell, rows), by: by, keyTotal: cell == rows + 1))
            let found = try Self.findings(changed).findings
            let amountSum = figures.amounts.reduce(0, +)
            let expected: (column: String, severity: Finding.Severity, printed: DecimalValue, sum: DecimalValue)
            switch cell {
            case rows + 1:
                let sum = figures.keys.reduce(0, +)
                expected = ("Befolkning", .warning, DecimalValue(units: sum + by), DecimalValue(units: sum))
            case rows:
                expected = ("Beløb", .error, DecimalValue(units: amountSum + by, scale: 2), DecimalValue(units: amountSum, scale: 2))
            default:
                expected = ("Beløb", .error, DecimalValue(units: amountSum, scale: 2), DecimalValue(units: amountSum + by, scale: 2))
            }
            #expect(found.count == 1, "seed \(seed):\n\(changed)\(found.map(FindingText.line))")
            let finding = try #require(found.first)
            #expect(finding.severity == expected.severity && finding.column == expected.column && finding.party == "I alt")
            #expect(finding.printed.map { $0.isEqual(to: expected.printed) } == true && finding.expected.map { $0.isEqual(to: expected.sum) } == true,
                    "seed \(seed): \(FindingText.line(finding))")

            // The same figures printed in other forms: no difference.
            let copy = try Self.findings(Self.sheet(figures, using: &random)).table
            let diff = SheetDiff(table, copy, register: nil)
            #expect(diff.isClean && diff.comparedCells == 3 * (rows + 1), "seed \(seed)")
        }
    }
}

extension DecimalValue {
    /// Whether two values are equal whatever their decimals (`100` and `100,00`).
    fileprivate func isEqual(to other: DecimalValue) -> Bool {
        let scale = max(self.scale, other.scale)
        return (try? units(atScale: scale)) == (try? other.units(atScale: scale))
    }
}

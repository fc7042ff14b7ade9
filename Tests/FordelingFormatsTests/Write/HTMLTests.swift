import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct HTMLTests {
    @Test func escapesEveryCharacterThatCouldEndText() {
        #expect(HTML.escape("<a href=\"x\">'Næstved' & co</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;Næstved&#39; &amp; co&lt;/a&gt;")
        #expect(HTML.text("td", [("title", "\"><script>")], "<b>") == "<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</td>")
    }

    @Test func idsHoldOnlyLettersDigitsAndHyphens() {
        #expect(HTML.id("revision", "telehjerter-2024.csv") == "revision-telehjerter-2024-csv")
        #expect(HTML.id("revision", "Ærø <1>") == "revision-r-1-")
    }

    @Test func barLengthsAreExactSharesRoundedHalfUp() {
        #expect(HTMLBarChart.length(1, of: 3, span: 100) == 33)
        #expect(HTMLBarChart.length(2, of: 3, span: 100) == 67)
        #expect(HTMLBarChart.length(1, of: 8, span: 100) == 13)  // 12,5 rounds up
        #expect(HTMLBarChart.length(3, of: 3, span: 25_000) == 25_000)
        #expect(HTMLBarChart.length(0, of: 0, span: 25_000) == 0)
        // Figures of 38 digits: the product is taken in full width, without overflow.
        let huge = UInt128(Int128.max)
        #expect(HTMLBarChart.length(huge / 2, of: huge, span: 30_000) == 15_000)
        #expect(HTMLBarChart.length(huge - 1, of: huge, span: 30_000) == 30_000)
    }

    @Test func lengthsAreWrittenInPixelsWithAtMostTwoDecimals() {
        #expect(HTMLBarChart.px(14_722) == "147.22")
        #expect(HTMLBarChart.px(8_040) == "80.4")
        #expect(HTMLBarChart.px(8_005) == "80.05")
        #expect(HTMLBarChart.px(12_000) == "120")
        #expect(HTMLBarChart.px(-150) == "-1.5")
    }

    private static func chart(_ kind: Chart.Kind, _ rows: [(String, DecimalValue)]) -> Chart {
        Chart(kind: kind, title: "Forskel", noun: "kommune", unit: "kr.",
              rows: rows.map { (label: $0.0, cell: PresentedCell.number($0.1, .amount(.money(.krone)))) })
    }

    @Test func aChangeChartDrawsIncreasesAndDecreasesFromOneZeroLineOnOneScale() throws {
        let chart = Self.chart(.changes, [("Greve", DecimalValue(units: 300)), ("<Lejre>", DecimalValue(units: -100)), ("Køge", DecimalValue(units: 2_005, scale: 1))])
        #expect(chart.bars.map(\.text) == ["+300", "-100", "+200,5"])
        let svg = try #require(HTMLBarChart.figure(chart, id: "c"))
        let page = svg.components(separatedBy: "<g class=\"bar\"").dropFirst()
        #expect(page.count == 3)
        #expect(svg.contains("data-party=\"&lt;Lejre&gt;\"") && !svg.contains("<Lejre>"))
        let widths = page.compactMap { bar in bar.components(separatedBy: "width=\"").dropFirst().first?.split(separator: "\"").first.map(String.init) }
        let styles = page.compactMap { bar in bar.components(separatedBy: "<rect class=\"").dropFirst().first?.split(separator: "\"").first.map(String.init) }
        #expect(styles == ["up", "down", "up"])
        // 300 : 100 : 200,5 over a span shared by the largest increase and the largest decrease (400).
        let lengths = widths.compactMap { Double($0) }
        #expect(lengths.count == 3)
        #expect(abs(lengths[0] / lengths[1] - 3) < 0.001 && abs(lengths[2] / lengths[1] - 2.005) < 0.001)
        #expect(svg.contains("fill=\"url(#c-down)\"") && svg.contains("<pattern id=\"c-down\""))
        #expect(svg.contains("<title id=\"c-title\">Forskel</title>") && svg.contains("aria-labelledby=\"c-title c-desc\""))
        #expect(chart.description == "Forskel: 2 stiger, 1 falder, 0 uændret. Største stigning: Greve +300. Største fald: <Lejre> -100. Alle tal står i tabellen.")
    }

    @Test func aChartWhoseFiguresHaveNoCommonScaleIsLeftToTheTable() {
        let chart = Self.chart(.amounts, [("A", DecimalValue(units: Int128.max)), ("B", DecimalValue(units: 1, scale: 2))])
        #expect(HTMLBarChart.figure(chart, id: "c") == nil)
    }
}

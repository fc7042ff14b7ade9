import FordelingCore

/// A chart as inline SVG, drawn from the exact figures: one bar per party in the table's order, its length exactly
/// proportional to the figure (|value| × span / (largest increase + largest decrease), in hundredths of a pixel, in
/// integers), the figure written at the bar; the average as a dashed line; for changes a zero line, increases solid
/// and decreases hatched (two colours that stay apart for colour-blind readers and in grey print), each with its sign.
enum HTMLBarChart {
    /// Sizes in hundredths of a pixel.
    private static let width = 40_000, minimumSpan = 14_000, rowHeight = 2_000, barHeight = 1_400, margin = 600
    private static let labelCharacter = 620, valueCharacter = 640, longestLabel = 24, keyHeight = 1_800

    /// The chart in a figure with its title and caption; nil when its figures cannot be brought to one scale
    /// (more than 38 digits), since the table holds them anyway.
    static func figure(_ chart: Chart, id: String) -> String? {
        let values = chart.bars.map(\.value) + (chart.average.map { [$0.value] } ?? [])
        let scale = DecimalValue.commonScale(values)
        guard let units = try? values.map({ (value) throws(OverflowError) in try value.units(atScale: scale) }) else { return nil }
        let largestIncrease = units.filter { $0 > 0 }.map(\.magnitude).max() ?? 0
        let largestDecrease = units.filter { $0 < 0 }.map(\.magnitude).max() ?? 0
        let (whole, overflow) = largestIncrease.addingReportingOverflow(largestDecrease)
        guard !overflow else { return nil }

        let labels = chart.bars.map { $0.label.count > longestLabel ? String($0.label.prefix(longestLabel - 1)) + "…" : $0.label }
        let labelWidth = (labels.map(\.count).max() ?? 0) * labelCharacter + margin
        let valueWidth = ((chart.bars.map(\.text.count) + [chart.average?.text.count ?? 0]).max() ?? 0) * valueCharacter + margin
        let left = labelWidth + (largestDecrease > 0 ? valueWidth : 0)
        let right = largestIncrease > 0 || largestDecrease == 0 ? valueWidth : 0
        let span = max(width - left - right, minimumSpan)
        let length = { (magnitude: UInt128) -> Int in Self.length(magnitude, of: whole, span: span) }
        let zero = left + length(largestDecrease)
        let top = margin + (chart.kind == .amounts ? 0 : keyHeight)
        let height = top + chart.bars.count * rowHeight + margin
        let chartWidth = left + span + right

        var parts: [String] = [HTML.text("title", [("id", id + "-title")], chart.title), HTML.text("desc", [("id", id + "-desc")], chart.description)]
        if chart.kind == .changes { parts.append(patterns(id: id) + key(id: id, x: labelWidth)) }
        // The average first, so that the bars and their figures lie over its line.
        if let average = chart.average, let value = units.last {
            let x = value < 0 ? zero - length(value.magnitude) : zero + length(value.magnitude)
            let leftward = x > chartWidth / 2
            parts.append(HTML.element("g", [("class", "average")],
                HTML.empty("line", [("x1", px(x)), ("y1", px(top - margin)), ("x2", px(x)), ("y2", px(height - margin / 2))])
                + HTML.text("text", [("x", px(leftward ? x - margin / 2 : x + margin / 2)), ("y", px(top - margin - 300)),
                                     ("text-anchor", leftward ? "end" : "start")], "\(average.label) \(average.text)")))
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + index * rowHeight
            let value = units[index]
            let barLength = length(value.magnitude)
            let x = value < 0 ? zero - barLength : zero
            let style = chart.kind == .changes ? (value < 0 ? "down" : "up") : (chart.kind == .amounts ? "amount" : "figure")
            let fill = style == "down" ? [("fill", "url(#\(id)-down)")] : []
            let middle = y + rowHeight / 2
            parts.append(HTML.element("g", [("class", "bar"), ("data-party", bar.label)],
                HTML.empty("rect", [("class", style), ("x", px(x)), ("y", px(y + (rowHeight - barHeight) / 2)), ("width", px(barLength)),
                                    ("height", px(barHeight))] + fill)
                + HTML.text("text", [("class", "party"), ("x", px(labelWidth - margin / 2)), ("y", px(middle)), ("text-anchor", "end")], labels[index])
                + HTML.text("text", [("class", "value"), ("x", px(value < 0 ? x - margin / 2 : x + barLength + margin / 2)), ("y", px(middle)),
                                     ("text-anchor", value < 0 ? "end" : "start")], bar.text)))
        }
        if chart.kind != .amounts || largestDecrease > 0 {
            parts.append(HTML.empty("line", [("class", "axis"), ("x1", px(zero)), ("y1", px(top - margin / 2)), ("x2", px(zero)), ("y2", px(height - margin / 2))]))
        }
        let svg = HTML.element("svg", [("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"), ("width", px(chartWidth)), ("height", px(height)),
                                       ("viewBox", "0 0 \(px(chartWidth)) \(px(height))")], parts.joined())
        return HTML.element("figure", [("class", "chart"), ("id", id), ("data-kind", "\(chart.kind)")],
                            HTML.element("figcaption", [], HTML.text("strong", [], chart.title) + " " + HTML.escape(chart.caption)) + svg)
    }

    /// `magnitude` × `span` / `whole`, rounded half up; 0 when `whole` is (every figure is zero). `magnitude` ≤ `whole`, so
    /// the quotient is at most `span`.
    static func length(_ magnitude: UInt128, of whole: UInt128, span: Int) -> Int {
        guard whole > 0 else { return 0 }
        let (quotient, remainder) = whole.dividingFullWidth(UInt128(span).multipliedFullWidth(by: magnitude))
        return Int(quotient) + (remainder >= whole - remainder ? 1 : 0)
    }

    /// Hundredths of a pixel as SVG writes a length: `123.45`, `120`.
    static func px(_ hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        guard fraction != 0 else { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    /// The hatching of decreases: light orange with dark stripes.
    private static func patterns(id: String) -> String {
        HTML.element("defs", [], HTML.element("pattern", [("id", "\(id)-down"), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"),
                                                          ("patternTransform", "rotate(45)")],
                                              HTML.empty("rect", [("width", "6"), ("height", "6"), ("fill", "#f4a259")])
                                              + HTML.empty("rect", [("width", "2.5"), ("height", "6"), ("fill", "#7f3b00")])))
    }

    /// The key of a change chart: a solid swatch for an increase, a hatched one for a decrease.
    private static func key(id: String, x: Int) -> String {
        let swatch = 1_100
        let entry = { (x: Int, style: String, text: String) in
            HTML.empty("rect", [("class", style), ("x", px(x)), ("y", px(margin / 2)), ("width", px(swatch)), ("height", px(swatch))]
                       + (style == "down" ? [("fill", "url(#\(id)-down)")] : []))
                + HTML.text("text", [("x", px(x + swatch + 400)), ("y", px(margin / 2 + swatch / 2))], text)
        }
        return HTML.element("g", [("class", "key")], entry(x, "up", Chart.increase) + entry(x + 12_000, "down", Chart.decrease))
    }
}

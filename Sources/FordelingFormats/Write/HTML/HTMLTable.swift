import FordelingCore

/// A table of presented cells as an approved sheet prints it: header cells, each row's party as its row header,
/// numbers the Danish way and right-aligned (and their columns' headings), the total row last. A cell may carry a mark (the audit's highlight).
enum HTMLTable {
    /// A highlighted cell: what kind of mark (a class and `data-mark`: `error`, `warning`, `info`, `diff`), and the
    /// lines written under the value (the expected value, the difference).
    struct Mark {
        let kind: String
        let lines: [String]
    }

    /// Where a cell is: its row (nil for the total row) and its column, counting the party columns.
    struct Position: Hashable {
        let row: Int?
        let column: Int
    }

    /// `rowClasses` gives the party rows' classes, in order.
    static func table(caption: String, header: [String], partyColumns: Int, rows: [[PresentedCell]], total: [PresentedCell]?,
                      marks: [Position: Mark] = [:], attributes: [(String, String)] = [], rowClasses: [String] = []) -> String {
        // A column's heading is aligned as its numbers are.
        let numeric = Set((rows + [total ?? []]).flatMap { row in row.indices.filter { row[$0].isNumber } })
        let head = HTML.element("thead", [], HTML.element("tr", [], header.enumerated().map { index, heading in
            HTML.text("th", [("scope", "col")] + (numeric.contains(index) ? [("class", "num")] : []), heading)
        }.joined()))
        var body = rows.enumerated().map { index, row in
            HTML.element("tr", index < rowClasses.count ? [("class", rowClasses[index])] : [], cells(row, row: index, partyColumns: partyColumns, marks: marks))
        }
        if let total { body.append(HTML.element("tr", [("class", "total")], cells(total, row: nil, partyColumns: partyColumns, marks: marks))) }
        return HTML.element("div", [("class", "table-wrap")],
                            HTML.element("table", attributes, HTML.text("caption", [], caption) + head + HTML.element("tbody", [], body.joined())))
    }

    /// A table of cells that are HTML already (links, code), the first as the row's header; the columns in `numeric`
    /// right-aligned. `rowAttributes` gives each row's attributes, in order.
    static func markup(caption: String, header: [String], numeric: Set<Int>, rows: [[String]], rowAttributes: [[(String, String)]] = []) -> String {
        let align = { (column: Int) in numeric.contains(column) ? [("class", "num")] : [] }
        let head = HTML.element("thead", [], HTML.element("tr", [], header.enumerated().map { HTML.text("th", [("scope", "col")] + align($0), $1) }.joined()))
        let body = rows.enumerated().map { index, row in
            HTML.element("tr", index < rowAttributes.count ? rowAttributes[index] : [], row.enumerated().map { column, cell in
                column == 0 ? HTML.element("th", [("scope", "row")], cell) : HTML.element("td", align(column), cell)
            }.joined())
        }
        return HTML.element("div", [("class", "table-wrap")],
                            HTML.element("table", [], HTML.text("caption", [], caption) + head + HTML.element("tbody", [], body.joined())))
    }

    private static func cells(_ row: [PresentedCell], row index: Int?, partyColumns: Int, marks: [Position: Mark]) -> String {
        row.enumerated().map { column, cell in
            let mark = marks[Position(row: index, column: column)]
            var classes = cell.isNumber ? ["num"] : []
            var content = HTML.escape(cell.text(grouped: true))
            var attributes: [(String, String)] = []
            if let mark {
                classes.append("mark-\(mark.kind)")
                attributes.append(("data-mark", mark.kind))
                content = HTML.element("mark", [], content) + mark.lines.map { HTML.text("small", [], $0) }.joined()
            }
            if !classes.isEmpty { attributes.insert(("class", classes.joined(separator: " ")), at: 0) }
            return column == 0 ? HTML.element("th", [("scope", "row")] + attributes, content) : HTML.element("td", attributes, content)
        }.joined()
    }
}

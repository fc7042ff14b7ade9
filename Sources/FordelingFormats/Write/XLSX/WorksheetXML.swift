import FordelingCore

/// The XML of a worksheet (`xl/worksheets/sheetN.xml`, SpreadsheetML): the columns sized to the table, the rows up
/// to the header frozen, the cells (text as inline strings, never formulas; numbers as their exact decimal digits; a
/// sum as a `SUM` formula with its value), links to other worksheets, and a print setup that fits the width to one
/// A4 page, in landscape when the table is wide.
enum WorksheetXML {
    static func document(_ content: WorksheetContent) -> [UInt8] {
        let widths = columnWidths(content)
        let lastColumn = SourceLocation.columnName(max(content.columnCount - 1, 0))
        var xml = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8) + [0x0A]
        xml += Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#.utf8)
        xml += Array(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:\#(lastColumn)\#(max(content.rows.count, 1))"/>"#.utf8)
        let top = "A\(content.headerRow + 1)"
        xml += Array(#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(content.headerRow)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/>"#.utf8)
        xml += Array(#"<selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#.utf8)
        xml += Array(#"<sheetFormatPr defaultRowHeight="15"/>"#.utf8)
        if !widths.isEmpty {
            xml += Array("<cols>".utf8)
            for (index, width) in widths.enumerated() {
                xml += Array(#"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#.utf8)
            }
            xml += Array("</cols>".utf8)
        }
        xml += Array("<sheetData>".utf8)
        for (index, cells) in content.rows.enumerated() {
            appendRow(index + 1, cells, height: index + 1 == content.headerRow ? headingHeight(cells, widths: widths) : nil, to: &xml)
        }
        xml += Array("</sheetData>".utf8)
        if !content.links.isEmpty {
            xml += Array("<hyperlinks>".utf8)
            for link in content.links {
                let reference = SourceLocation.columnName(link.column) + String(link.row)
                xml += Array(#"<hyperlink ref="\#(reference)" location="\#(escaped(reference: link.worksheet, attribute: true))!A1"/>"#.utf8)
            }
            xml += Array("</hyperlinks>".utf8)
        }
        let landscape = widths.reduce(0, +) > 100
        xml += Array(#"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#.utf8)
        xml += Array(#"<pageSetup paperSize="9" orientation="\#(landscape ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#.utf8)
        xml += Array("</worksheet>".utf8)
        return xml
    }

    /// `<row>` with its cells, numbered `number`, `height` points high if given.
    static func appendRow(_ number: Int, _ cells: [WorksheetContent.Cell], height: Int? = nil, to xml: inout [UInt8]) {
        guard cells.contains(where: { $0 != .empty }) else { return }
        xml += Array(#"<row r="\#(number)"\#(height.map { #" ht="\#($0)" customHeight="1""# } ?? "")>"#.utf8)
        for (column, cell) in cells.enumerated() {
            let reference = SourceLocation.columnName(column) + String(number)
            switch cell {
            case .empty:
                continue
            case .text(let text, let style):
                let index = switch style {
                case .plain: CellStyles.plain
                case .bold: CellStyles.bold
                case .heading: CellStyles.heading
                case .title: CellStyles.title
                }
                xml += Array(#"<c r="\#(reference)"\#(index == 0 ? "" : #" s="\#(index)""#) t="inlineStr"><is>"#.utf8)
                appendText(text, to: &xml)
                xml += Array("</is></c>".utf8)
            case .number(let value, let bold):
                xml += Array(#"<c r="\#(reference)" s="\#(CellStyles.number(decimals: value.scale, bold: bold))"><v>\#(value)</v></c>"#.utf8)
            case .sum(let value, let rows):
                let column = SourceLocation.columnName(column)
                xml += Array(#"<c r="\#(reference)" s="\#(CellStyles.number(decimals: value.scale, bold: true))"><f>SUM(\#(column)\#(rows.lowerBound):\#(column)\#(rows.upperBound))</f><v>\#(value)</v></c>"#.utf8)
            }
        }
        xml += Array("</row>".utf8)
    }

    /// `<t>` with `text`, escaped: XML's own characters, and Excel's escapes for what XML cannot hold.
    static func appendText(_ text: String, to xml: inout [UInt8]) {
        let keepsSpaces = text.first.map { $0 == " " || $0 == "\t" || $0 == "\n" } == true
            || text.last.map { $0 == " " || $0 == "\t" || $0 == "\n" } == true
        xml += Array((keepsSpaces ? #"<t xml:space="preserve">"# : "<t>").utf8)
        xml += Array(escaped(EscapedCharacters.encode(text), attribute: false).utf8)
        xml += Array("</t>".utf8)
    }

    /// `text` with `&`, `<` and `>` (and in an attribute `"`) as references.
    static func escaped(_ text: String, attribute: Bool) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A worksheet's name as formulas and links refer to it: in quotes, a quote inside doubled; escaped for XML.
    static func escaped(reference name: String, attribute: Bool) -> String {
        escaped("'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'", attribute: attribute)
    }

    /// The height of a row of headings that wrap in columns of `widths`: 15 points a line, at most six lines.
    static func headingHeight(_ cells: [WorksheetContent.Cell], widths: [Int]) -> Int {
        var lines = 1
        for (column, cell) in cells.enumerated() where column < widths.count {
            guard case .text(let text, _) = cell else { continue }
            let room = max(widths[column] - 2, 1)
            lines = max(lines, (text.count + room - 1) / room)
        }
        return 15 * min(lines, 6)
    }

    /// Each column's width in characters: its widest cell among the table's rows and, for the first column, the
    /// labels below (a heading counts up to 24 characters, as it wraps), with room around it, from 8 to 60.
    static func columnWidths(_ content: WorksheetContent) -> [Int] {
        var widths: [Int] = []
        for (index, cells) in content.rows.enumerated() {
            let sized = content.tableRows.contains(index + 1) ? cells[...] : content.labelRows?.contains(index + 1) == true ? cells.prefix(1) : []
            for (column, cell) in sized.enumerated() {
                let length: Int = switch cell {
                case .empty: 0
                case .text(let text, let style): style == .heading ? min(text.count, 24) : text.count
                case .number(let value, _), .sum(let value, _): DanishNumberFormat.string(value).count
                }
                if column >= widths.count { widths += Array(repeating: 0, count: column - widths.count + 1) }
                widths[column] = max(widths[column], length)
            }
        }
        return widths.map { min(max($0 + 2, 8), 60) }
    }
}

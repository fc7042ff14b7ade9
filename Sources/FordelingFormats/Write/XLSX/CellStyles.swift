import FordelingCore

/// The cell styles every workbook has (`xl/styles.xml`), in a fixed order, and the index of each: plain text, bold
/// text, wrapped headings, the title, and numbers with 0 to `maxDecimals` decimals, plain and bold, thousands
/// grouped (`#,##0.00`, which a Danish Excel shows as `1.445.162,00`).
enum CellStyles {
    /// The most decimals a number format shows; a number with more is shown with this many (its value is exact).
    static let maxDecimals = 15

    static let plain = 0
    static let bold = 1
    static let heading = 2
    static let title = 3

    /// The style of a number with `decimals` decimals.
    static func number(decimals: Int, bold: Bool) -> Int {
        4 + 2 * min(max(decimals, 0), maxDecimals) + (bold ? 1 : 0)
    }

    /// The number format with `decimals` decimals: `#,##0` or `#,##0.00`.
    static func format(decimals: Int) -> String {
        "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
    }

    /// `xl/styles.xml`.
    static let xml: [UInt8] = {
        let decimals = 0...maxDecimals
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        text += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        text += #"<numFmts count="\#(decimals.count)">"#
        for d in decimals { text += #"<numFmt numFmtId="\#(164 + d)" formatCode="\#(format(decimals: d))"/>"# }
        text += "</numFmts>"
        text += #"<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        text += #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        text += #"<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        text += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        text += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        text += #"<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#
        text += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        text += #"<cellXfs count="\#(4 + 2 * decimals.count)">"#
        text += #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        text += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        text += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">"#
        text += #"<alignment vertical="top" wrapText="1"/></xf>"#
        text += #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        for d in decimals {
            text += #"<xf numFmtId="\#(164 + d)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
            text += #"<xf numFmtId="\#(164 + d)" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
        }
        text += "</cellXfs>"
        text += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        text += "</styleSheet>"
        return Array(text.utf8)
    }()
}

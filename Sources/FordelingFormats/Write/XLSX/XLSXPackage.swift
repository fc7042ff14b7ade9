import FordelingCore
import ZIPArchive

/// A workbook file (.xlsx, Office Open XML) of worksheets: the ZIP archive of its parts, deflated, with fixed
/// timestamps and document properties and the parts always in the same order, so the same worksheets give the same
/// bytes.
enum XLSXPackage {
    /// The workbook of `worksheets` (named uniquely, as `WorksheetNames` makes them), titled `title`.
    static func workbook(_ worksheets: [WorksheetContent], title: String, creator: String) -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes(worksheets.count)),
            ("_rels/.rels", Array(relationships([
                ("rId1", "officeDocument", "xl/workbook.xml"),
                ("rId2", "package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("rId3", "extended-properties", "docProps/app.xml"),
            ]).utf8)),
            ("docProps/core.xml", coreProperties(title: title, creator: creator)),
            ("docProps/app.xml", Array((declaration + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Fordeling</Application></Properties>"#).utf8)),
            ("xl/workbook.xml", workbookXML(worksheets)),
            ("xl/_rels/workbook.xml.rels", Array(relationships(worksheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                                                                + [("rId\(worksheets.count + 1)", "styles", "styles.xml")]).utf8)),
            ("xl/styles.xml", CellStyles.xml),
        ]
        for (index, worksheet) in worksheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", WorksheetXML.document(worksheet)))
        }
        var writer = ZIPWriter()
        for (name, bytes) in parts {
            // The names are fixed and few, and a worksheet a run writes is far below ZIP's 4 GiB.
            try? writer.add(name, bytes, method: .deflated)
        }
        return writer.finish()
    }

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    private static func contentTypes(_ worksheets: Int) -> [UInt8] {
        var text = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        text += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        text += #"<Default Extension="xml" ContentType="application/xml"/>"#
        text += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 0..<worksheets {
            text += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        text += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        text += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        text += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return Array((text + "</Types>").utf8)
    }

    /// A relationships part: (id, type, target), the type after `officeDocument/2006/relationships/` unless it names
    /// its own namespace (`package/…`).
    private static func relationships(_ list: [(String, String, String)]) -> String {
        var text = declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (id, type, target) in list {
            let fullType = type.hasPrefix("package/") ? "http://schemas.openxmlformats.org/" + type
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type
            text += #"<Relationship Id="\#(id)" Type="\#(fullType)" Target="\#(target)"/>"#
        }
        return text + "</Relationships>"
    }

    /// The document properties, with a fixed date (the earliest a ZIP entry can have): a workbook records no clock.
    private static func coreProperties(title: String, creator: String) -> [UInt8] {
        var text = declaration + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        text += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        text += "<dc:title>\(WorksheetXML.escaped(EscapedCharacters.encode(title), attribute: false))</dc:title>"
        text += "<dc:creator>\(WorksheetXML.escaped(creator, attribute: false))</dc:creator>"
        text += #"<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>"#
        text += #"<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>"#
        return Array((text + "</cp:coreProperties>").utf8)
    }

    /// The workbook part: the worksheets in order, each one's header row printed on every page.
    private static func workbookXML(_ worksheets: [WorksheetContent]) -> [UInt8] {
        var text = declaration + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        text += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        text += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, worksheet) in worksheets.enumerated() {
            text += #"<sheet name="\#(WorksheetXML.escaped(worksheet.name, attribute: true))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        text += "</sheets><definedNames>"
        for (index, worksheet) in worksheets.enumerated() {
            let rows = "$\(worksheet.headerRow):$\(worksheet.headerRow)"
            text += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(WorksheetXML.escaped(reference: worksheet.name, attribute: false))!\#(rows)</definedName>"#
        }
        text += "</definedNames></workbook>"
        return Array(text.utf8)
    }
}

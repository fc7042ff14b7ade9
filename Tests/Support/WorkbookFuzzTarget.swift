import FordelingCore
import FordelingFormats
import ZIPArchive

// The fuzz target of the workbook reader: arbitrary bytes as a workbook file, and arbitrary XML as the parts of an
// otherwise valid workbook. Errors are expected and ignored; a trap is a bug, and so is text the table readers cannot
// split (checked with `precondition`, so that the fuzzer reports it).

/// An input that starts as a ZIP archive is a whole workbook file. Any other is the worksheet's XML inside a valid
/// workbook, or, when it holds a NUL byte, the shared strings' XML before it and the worksheet's after it.
public func fuzzWorkbook(_ bytes: [UInt8]) {
    let file: [UInt8]
    if bytes.starts(with: [0x50, 0x4B]) {
        file = bytes
    } else {
        let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        let strings = parts.count > 1 ? Array(parts[0]) : Array(fuzzSharedStrings.utf8)
        file = fuzzWorkbookFile(worksheet: Array(parts.last ?? []), sharedStrings: strings)
    }
    guard let table = try? TableText.read(file, file: "fuzz.xlsx") else { return }
    for (number, line) in TextLines.split(table.text) {
        do {
            _ = try CSVReader.fields(of: line, delimiter: ";", file: "fuzz.xlsx", line: number)
        } catch {
            preconditionFailure("line \(number) of a worksheet's text does not split into fields: \(line.prefix(80))")
        }
    }
    if let document = try? CSVReader.read(table.text, file: table.file, worksheet: table.worksheet),
       let key = try? KeyTableReader.read(document, id: "k", requireProvenance: true) {
        _ = key.rows.map { $0.location.description }
    }
    if let sheet = try? SheetTableReader.read(table.text, file: table.file, worksheet: table.worksheet) {
        _ = sheet.table.rows.indices.map { sheet.table.location(of: sheet.table.rows[$0], column: 0).description }
    }
}

private let fuzzSharedStrings = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kommune</t></si><si><t>Befolkning</t></si><si><r><t>Gre</t></r><r><t>ve</t></r></si><si><t># kilde: fuzz</t></si></sst>"#

/// A workbook of one worksheet with `worksheet` and `sharedStrings` as those parts.
public func fuzzWorkbookFile(worksheet: [UInt8], sharedStrings: [UInt8]) -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts: [(String, String)] = [
        ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
    ]
    var writer = ZIPWriter()
    for (name, text) in parts { try? writer.add(name, Array(text.utf8)) }
    try? writer.add("xl/worksheets/sheet1.xml", worksheet)
    try? writer.add("xl/sharedStrings.xml", sharedStrings)
    return writer.finish()
}

import FordelingCore
import XMLScanner

/// An Excel workbook (.xlsx) read for its tables: the names of its worksheets, in their order, and each worksheet's
/// cells as the text the table readers read (`WorksheetText`). Only values are read: cached values of formulas,
/// never the formulas, and of the styles only how numbers show (`NumberFormats`).
public struct Workbook {
    public let file: String
    /// The worksheets' names and parts, in the order of the workbook's tabs (chart sheets are left out).
    public let worksheets: [(name: String, part: String)]
    private let package: WorkbookPackage
    private let sharedStringsPart: String?
    private let stylesPart: String?

    /// Reads the workbook in `bytes`, the file `file`: its structure, not yet any worksheet.
    public init(_ bytes: [UInt8], file: String) throws(InputError) {
        let package = try WorkbookPackage(bytes, file: file)
        let document = try package.relationships(of: "").first { $0.type == "officeDocument" }?.target ?? "xl/workbook.xml"
        let relationships = try package.relationships(of: document)
        var worksheets: [(name: String, part: String)] = []
        var scanner = PartScanner(try package.part(document), part: document, file: file)
        while let token = try scanner.next() {
            guard case .start(let element) = token, element.name.localName == "sheet" else { continue }
            let id = element.attributes.first { $0.name.prefix != nil && $0.name.localName == "id" }?.value.string
            guard let name = element.attribute("name")?.string, let id else {
                throw InputError(SourceLocation(file: file), "the workbook lists a worksheet without a name or a part",
                                 fix: "Save it again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
            }
            guard let relationship = relationships.first(where: { $0.id == id }) else {
                throw InputError(SourceLocation(file: file), "the worksheet '\(name.abbreviated())' has no part in the workbook",
                                 fix: "Save it again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
            }
            if relationship.type == "worksheet" { worksheets.append((name, relationship.target)) }
        }
        guard !worksheets.isEmpty else {
            throw InputError(SourceLocation(file: file), "the workbook has no worksheet", fix: "Put the table on a worksheet of the workbook.")
        }
        self.file = file
        self.package = package
        self.worksheets = worksheets
        sharedStringsPart = relationships.first { $0.type == "sharedStrings" }?.target
        stylesPart = relationships.first { $0.type == "styles" }?.target
    }

    /// The worksheet named `name` (compared without case, as Excel does), or the first one: its name and its cells
    /// as text, one line per row and one field per column.
    public func worksheet(_ name: String?) throws(InputError) -> (name: String, text: String) {
        let chosen: (name: String, part: String)
        if let name {
            guard let found = worksheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw InputError(SourceLocation(file: file), "the workbook has no worksheet '\(name.abbreviated())'",
                                 fix: "Name one of its worksheets: \(worksheets.map { "'\($0.name.abbreviated())'" }.joined(separator: ", ")).")
            }
            chosen = found
        } else {
            chosen = worksheets[0]
        }
        let formats = try stylesPart.map { (path) throws(InputError) in
            package.hasPart(path) ? try NumberFormats(try package.part(path), path: path, file: file) : .none
        } ?? .none
        let text = try WorksheetText.read(try package.part(chosen.part), part: chosen.part, strings: try sharedStrings(), formats: formats,
                                          file: file, worksheet: chosen.name)
        return (chosen.name, text)
    }

    /// The shared strings, in order: each one's text runs joined.
    private func sharedStrings() throws(InputError) -> [String] {
        guard let path = sharedStringsPart, package.hasPart(path) else { return [] }
        var scanner = PartScanner(try package.part(path), part: path, file: file)
        var strings: [String] = []
        while let token = try scanner.next() {
            if case .start(let element) = token, element.name.localName == "si" {
                strings.append(try scanner.stringText())
            }
        }
        return strings
    }
}

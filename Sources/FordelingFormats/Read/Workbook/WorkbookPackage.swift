import FordelingCore
import XMLScanner
import ZIPArchive

/// The parts of a workbook file (Office Open XML, ISO/IEC 29500): a ZIP archive, read within limits against ZIP
/// bombs, whose parts are found through their relationships. Every problem is an input error naming the file and,
/// where it helps, the part; a file of another spreadsheet format is named as such.
struct WorkbookPackage {
    let file: String
    private let archive: ZIPReader

    /// What a workbook may expand to: 200 MB in all, no part more than 200 times its compressed size.
    static let limits = ZIPReader.Limits(totalSize: 200_000_000, ratio: 200, entryCount: 10_000)

    init(_ bytes: [UInt8], file: String) throws(InputError) {
        self.file = file
        do {
            archive = try ZIPReader(bytes, limits: Self.limits)
        } catch {
            throw InputError(SourceLocation(file: file), "the file cannot be read as an Excel workbook (.xlsx)", fix: error.description)
        }
        if archive.entry(named: "mimetype") != nil || archive.entry(named: "content.xml") != nil {
            throw InputError(SourceLocation(file: file), "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)",
                             fix: "Save it as an Excel workbook (.xlsx), or as CSV.")
        }
        if archive.entry(named: "xl/workbook.bin") != nil {
            throw InputError(SourceLocation(file: file), "the file is a binary Excel workbook (.xlsb), not an Excel workbook (.xlsx)",
                             fix: "Save it from Excel as an Excel workbook (.xlsx), or as CSV.")
        }
    }

    /// The bytes of the part at `path` (without a leading `/`).
    func part(_ path: String) throws(InputError) -> [UInt8] {
        guard archive.entry(named: path) != nil else {
            throw InputError(SourceLocation(file: file), "the workbook has no part '\(path.abbreviated())'",
                             fix: "Save it again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
        }
        do {
            return try archive.read(path)
        } catch {
            throw InputError(SourceLocation(file: file), "the workbook's part '\(path.abbreviated())' cannot be read", fix: error.description)
        }
    }

    func hasPart(_ path: String) -> Bool { archive.entry(named: path) != nil }

    /// A relationship of a part: its id, its type's last word (`worksheet`, `sharedStrings`, `officeDocument`) and
    /// the path of the part it points to.
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    /// The relationships of the part at `path` (from `_rels/` beside it); none if it has none. Links outside the
    /// package (`TargetMode="External"`) are left out.
    func relationships(of path: String) throws(InputError) -> [Relationship] {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard hasPart(relationshipsPath) else { return [] }
        var scanner = PartScanner(try part(relationshipsPath), part: relationshipsPath, file: file)
        var relationships: [Relationship] = []
        while let token = try scanner.next() {
            guard case .start(let element) = token, element.name.localName == "Relationship",
                  element.attribute("TargetMode")?.string != "External",
                  let id = element.attribute("Id")?.string, let type = element.attribute("Type")?.string,
                  let target = element.attribute("Target")?.string else { continue }
            guard let resolved = Self.resolve(target, from: folder) else {
                throw InputError(SourceLocation(file: file), "the workbook's part '\(relationshipsPath.abbreviated())' points outside the workbook ('\(target.abbreviated())')",
                                 fix: "Save it again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
            }
            relationships.append(Relationship(id: id, type: String(type.split(separator: "/").last ?? ""), target: resolved))
        }
        return relationships
    }

    /// `target` relative to `folder` (or absolute, from `/`) as a path in the archive; nil if it leaves the archive.
    static func resolve(_ target: String, from folder: String) -> String? {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}

/// The tokens of one XML part, its well-formedness errors as input errors naming the file and the part.
struct PartScanner {
    private var scanner: XMLScanner
    let part: String
    let file: String

    init(_ bytes: [UInt8], part: String, file: String) {
        scanner = XMLScanner(bytes)
        self.part = part
        self.file = file
    }

    mutating func next() throws(InputError) -> XMLToken? {
        do {
            return try scanner.next()
        } catch {
            throw InputError(SourceLocation(file: file), "the workbook's part '\(part.abbreviated())' is not well-formed XML (\(String(error.description.dropLast())))",
                             fix: "Save it again from Excel (or the program that made it) as an Excel workbook (.xlsx).")
        }
    }

    /// The text of the element just started (a shared string `<si>`, an inline string `<is>`), up to its end tag:
    /// the text of the `<t>` elements inside it, rich text runs joined, phonetic runs (`<rPh>`) left out, Excel's
    /// escapes of characters XML cannot hold (`_x000D_`) decoded. Ends after the end tag.
    mutating func stringText() throws(InputError) -> String {
        var bytes: [UInt8] = []
        var depth = 1
        var textDepth: Int?
        var phoneticDepth: Int?
        while depth > 0, let token = try next() {
            switch token {
            case .start(let element):
                depth += 1
                let name = element.name.localName
                if name == "rPh", phoneticDepth == nil { phoneticDepth = depth }
                if name == "t", textDepth == nil { textDepth = depth }
            case .end:
                if depth == phoneticDepth { phoneticDepth = nil }
                if depth == textDepth { textDepth = nil }
                depth -= 1
            case .text(let text):
                if textDepth != nil && phoneticDepth == nil { bytes += text.bytes }
            }
        }
        return EscapedCharacters.decode(bytes)
    }
}

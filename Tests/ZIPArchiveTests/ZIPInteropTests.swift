import Testing
import FordelingTestSupport
import ZIPArchive

/// Archives made by other programs: Python's `zipfile` (stored, deflated, data descriptors, comments,
/// extra fields, ZIP64, unsafe names) and LibreOffice (an .xlsx both ways).
@Suite(.serialized) struct ZIPInteropTests {
    @Test func readsWhatPythonsZipfileWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ExternalTools.python("""
            import zipfile
            sheet = b''.join(b'<row r="%d"><c><v>%d</v></c></row>' % (n, n * n) for n in range(5000))
            def write(archive):
                archive.writestr('xl/', b'')
                archive.writestr('xl/worksheets/sheet1.xml', sheet, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
                archive.writestr('stored.txt', b'Greve;1.445.162\\n', compress_type=zipfile.ZIP_STORED)
                info = zipfile.ZipInfo('extra.txt')
                info.extra = b'\\xfe\\xca\\x04\\x00abcd'
                archive.writestr(info, 'æøå'.encode())
                archive.comment = b'made by Python'
            with zipfile.ZipFile('seekable.zip', 'w') as archive:
                write(archive)
            class Stream:  # no seek or tell: zipfile writes data descriptors
                def __init__(self, file): self.file = file
                def write(self, data): return self.file.write(data)
                def flush(self): self.file.flush()
            with open('streamed.zip', 'wb') as file, zipfile.ZipFile(Stream(file), 'w') as archive:
                write(archive)
            open('sheet.xml', 'wb').write(sheet)
            """, in: folder)
        let sheet = try folder.read("sheet.xml")
        for name in ["seekable.zip", "streamed.zip"] {
            let reader = try ZIPReader(try folder.read(name))
            #expect(reader.entries.map(\.name) == ["xl/", "xl/worksheets/sheet1.xml", "stored.txt", "extra.txt"], "\(name)")
            #expect(try reader.read("xl/") == [])
            #expect(try reader.read("xl/worksheets/sheet1.xml") == sheet, "\(name)")
            #expect(reader.entry(named: "xl/worksheets/sheet1.xml")?.method == .deflated)
            #expect(try reader.read("stored.txt") == Array("Greve;1.445.162\n".utf8))
            #expect(try reader.read("extra.txt") == Array("æøå".utf8))
        }
    }

    @Test func refusesPythonsZIP64AndUnsafeNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ExternalTools.python("""
            import zipfile
            with zipfile.ZipFile('zip64.zip', 'w') as archive:
                with archive.open('big.xml', 'w', force_zip64=True) as entry:
                    entry.write(b'<sheet/>')
            with zipfile.ZipFile('evil.zip', 'w') as archive:
                archive.writestr('xl/workbook.xml', b'<workbook/>')
                archive.writestr(zipfile.ZipInfo('../../evil.sh'), b'rm -rf ~')
            """, in: folder)
        #expect(throws: ZIPError.zip64(offset: 0)) { try ZIPReader(try folder.read("zip64.zip")) }
        #expect(throws: ZIPError.badName("../../evil.sh", .parentSegment)) { try ZIPReader(try folder.read("evil.zip")) }
    }

    @Test func readsAWorkbookThatLibreOfficeWrites() throws {
        let reader = try ZIPReader(try ExternalTools.libreOfficeWorkbook(fromCSV: "Kommune,Beløb\nGreve,1445162\nKøge,2000\n"))
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"] {
            #expect(reader.entry(named: name) != nil, "\(name)")
        }
        let contents = try reader.entries.map { try reader.read($0) }
        #expect(contents.allSatisfy { $0.starts(with: Array("<?xml".utf8)) })
        let strings = String(decoding: try reader.read("xl/sharedStrings.xml"), as: UTF8.self)
        #expect(strings.contains("Greve") && strings.contains("Køge"))
    }

    @Test func recognisesAnOldWorkbookThatLibreOfficeWrites() throws {
        let xls = try ExternalTools.libreOfficeWorkbook(fromCSV: "Kommune,Beløb\nGreve,1445162\n", format: "xls")
        #expect(throws: ZIPError.compoundFile) { try ZIPReader(xls) }
    }

    @Test(arguments: [ZIPEntry.Method.stored, .deflated])
    func writesAWorkbookThatLibreOfficeOpens(method: ZIPEntry.Method) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("fordeling.xlsx", try SampleArchives.archive(Self.minimalWorkbook.map { ($0, Array($1.utf8)) }, method: method))
        try ExternalTools.libreOffice(convert: "fordeling.xlsx", to: "csv", in: folder)
        #expect(String(decoding: try folder.read("fordeling.csv"), as: UTF8.self) == "Kommune,Beløb\nGreve,1445162\n")
    }

    /// The fewest parts of an .xlsx workbook: one sheet of two rows.
    static let minimalWorkbook: [(String, String)] = [
        ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            </Types>
            """),
        ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """),
        ("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Fordeling" sheetId="1" r:id="rId1"/></sheets></workbook>
            """),
        ("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            </Relationships>
            """),
        ("xl/worksheets/sheet1.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Kommune</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>Greve</t></is></c><c r="B2"><v>1445162</v></c></row>\
            </sheetData></worksheet>
            """),
    ]
}

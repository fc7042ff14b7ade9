import FordelingCore

/// The text of a table file — a key, a register, an approved sheet, a sheet to compare — as the table readers read
/// it: a CSV file decoded, or a worksheet of an Excel workbook (.xlsx) as `WorksheetText` writes its cells. A file
/// is a workbook when its name ends in a workbook's extension or its bytes start as a ZIP archive or an old binary
/// workbook do; other spreadsheet formats (.xls, .xlsb, .ods, a password) are named in the error.
public struct TableText: Sendable {
    public let text: String
    public let file: String
    /// The worksheet the text comes from, for a workbook.
    public let worksheet: String?

    /// The extensions of spreadsheet files: read as workbooks, or recognised to be refused as another format.
    private static let spreadsheetExtensions = ["xlsx", "xlsm", "xls", "xlsb", "ods"]

    /// The table in `bytes`, the file `file`: for a workbook the worksheet named `sheet`, or the first.
    public static func read(_ bytes: [UInt8], file: String, sheet: String? = nil) throws(InputError) -> TableText {
        guard isWorkbook(bytes, file: file) else {
            if let sheet {
                throw InputError(SourceLocation(file: file), "--sheet '\(sheet.abbreviated())' names a worksheet, but the file is text (CSV), not a workbook",
                                 fix: "Leave out --sheet for a CSV file.")
            }
            return TableText(text: try TextDecoding.decode(bytes, file: file), file: file, worksheet: nil)
        }
        let worksheet = try Workbook(bytes, file: file).worksheet(sheet)
        return TableText(text: worksheet.text, file: file, worksheet: worksheet.name)
    }

    /// Whether `file` is read as a workbook: by its extension, or by its first bytes (a ZIP archive, or a compound
    /// file as old .xls workbooks and password-protected ones are).
    public static func isWorkbook(_ bytes: [UInt8], file: String) -> Bool {
        let name = file.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if spreadsheetExtensions.contains(where: { name.hasSuffix("." + $0) }) { return true }
        return bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }
}

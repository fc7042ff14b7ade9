/// Where a value came from: a file, a line and, where it helps, a field or column. In a workbook the "line" is a
/// row of a worksheet and `column` the column of the cell (0 for A), so that the place reads `file!sheet!B7`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let field: String?
    /// The worksheet, when the file is a workbook.
    public let worksheet: String?
    /// In a worksheet, the column of the cell (0 for A); nil elsewhere (a text file's field is named by `field`).
    public let column: Int?

    public init(file: String, line: Int? = nil, field: String? = nil, worksheet: String? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.worksheet = worksheet
        self.column = worksheet == nil ? nil : column
    }

    public func with(field: String) -> SourceLocation {
        SourceLocation(file: file, line: line, field: field, worksheet: worksheet, column: column)
    }

    /// The same line, at the field in `column` (0 for the first): in a worksheet, that cell.
    public func with(column: Int, field: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, field: field ?? self.field, worksheet: worksheet, column: column)
    }

    /// `file:line: field 'x'`, the form editors and terminals recognise; in a workbook `file!sheet!B7: field 'x'`, the
    /// form spreadsheets use (the sheet in quotes when its name has more than letters, digits, `_` and `.`).
    public var description: String {
        var text = file
        if let worksheet {
            text += "!" + Self.sheetReference(worksheet)
            if let line { text += "!" + Self.columnName(column ?? 0) + String(line) }
        } else if let line {
            text += ":\(line)"
        }
        if let field { text += ": \(field)" }
        return text
    }

    /// A column's letters: 0 is A, 25 is Z, 26 is AA.
    public static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = max(column, 0) + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    private static func sheetReference(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
        return plain ? name : "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}

import FordelingCore
import FordelingFormats
import FordelingSystem

/// The header of a key file for a split, read as any key table's: the lines up to it by `CSVReader` (its
/// `# key: value` lines, its fields and their delimiter), the value column chosen by `KeyHeadings`; and where
/// the rows begin. A worksheet of a workbook is read as its text (`WorksheetText`), `worksheet` naming it in messages.
struct KeyHeader {
    let file: String
    let worksheet: String?
    let fields: [String]
    let delimiter: UInt8
    let valueIndex: Int
    let line: Int
    /// The `# kilde:` and `# årgang:` lines before the header ("" when not stated).
    let source: String
    let vintage: String
    /// Where the line after the header starts.
    let end: Int

    /// The first line that is neither blank nor a comment, from `file`, with weights from `column`.
    init(_ text: UnsafeBufferPointer<UInt8>, file: String, worksheet: String?, column: String?) throws(InputError) {
        var end = 0
        while end < text.count {
            let line = KeyText.line(at: end, in: text)
            end = line.next
            if !KeyText.isBlankOrComment(line.content, in: text) { break }
        }
        let head = try CSVReader.read(try TextDecoding.decode(Array(text[..<min(end, text.count)]), file: file), file: file, worksheet: worksheet)
        fields = head.header.fields
        line = head.header.line
        delimiter = head.delimiter.asciiValue ?? CSVCell.separator
        valueIndex = try KeyHeadings.valueColumn(fields, named: column, file: file, line: line, worksheet: worksheet)
        try KeyHeadings.checkDistinct(fields, file: file, line: line, worksheet: worksheet)
        source = head.metadata["kilde"]?.value ?? ""
        vintage = head.metadata["årgang"]?.value ?? ""
        self.end = end
        self.file = file
        self.worksheet = worksheet
    }

    /// A place in the key's file: a line (a worksheet's row) and the field of `column` in it, or the file.
    func location(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, field: column.map { "column '\(fields[$0])'" }, worksheet: worksheet, column: column)
    }
}

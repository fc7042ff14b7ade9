import FordelingCore
import FordelingFormats
import FordelingSystem

/// The header of a key file for a split, read as any key table's: the lines up to it by `CSVReader` (its
/// `# key: value` lines, its fields and their delimiter), the value column chosen by `KeyHeadings`; and where
/// the rows begin.
struct KeyHeader {
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
    init(_ text: UnsafeBufferPointer<UInt8>, file: String, column: String?) throws(InputError) {
        var end = 0
        while end < text.count {
            let line = KeyText.line(at: end, in: text)
            end = line.next
            if !KeyText.isBlankOrComment(line.content, in: text) { break }
        }
        let head = try CSVReader.read(try TextDecoding.decode(Array(text[..<min(end, text.count)]), file: file), file: file)
        fields = head.header.fields
        line = head.header.line
        delimiter = head.delimiter.asciiValue ?? CSVCell.separator
        valueIndex = try KeyHeadings.valueColumn(fields, named: column, file: file, line: line)
        try KeyHeadings.checkDistinct(fields, file: file, line: line)
        source = head.metadata["kilde"]?.value ?? ""
        vintage = head.metadata["årgang"]?.value ?? ""
        self.end = end
    }
}

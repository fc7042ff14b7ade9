import FordelingCore
import FordelingFormats
import FordelingSystem

/// The header of a key file for a split: its fields, their delimiter, the value column chosen, and where the
/// rows begin.
struct KeyHeader {
    let fields: [String]
    let delimiter: UInt8
    let valueIndex: Int
    let line: Int
    /// Where the line after the header starts.
    let end: Int

    /// The first line that is neither blank nor a comment, from `file`, with weights from `column`.
    init(_ text: UnsafeBufferPointer<UInt8>, file: String, column: String?) throws(InputError) {
        var start = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        while start < text.count {
            let line = KeyText.line(at: start, in: text)
            number += 1
            start = line.next
            if KeyText.isBlankOrComment(line.content, in: text) { continue }
            let string = String(decoding: UnsafeBufferPointer(rebasing: text[line.content]), as: UTF8.self)
            let delimiter = CSVReader.detectDelimiter(string)
            fields = try CSVReader.fields(of: Substring(string), delimiter: delimiter, file: file, line: number).map(\.trimmingSpaces)
            self.delimiter = delimiter.asciiValue ?? 0x3B
            valueIndex = try KeyHeader.valueColumn(fields, named: column, file: file, line: number)
            self.line = number
            end = start
            return
        }
        throw InputError(SourceLocation(file: file, line: 1), "the file has no header row", fix: "Start the table with a header such as 'Navn;Vægt'.")
    }

    /// The index of the value column: the one named `column`, or the only one.
    static func valueColumn(_ fields: [String], named column: String?, file: String, line: Int) throws(InputError) -> Int {
        let location = SourceLocation(file: file, line: line)
        guard let column else {
            guard fields.count == 2 else {
                throw InputError(location, "\(fields.count - 1) value columns (\(fields.dropFirst().joined(separator: ", ")))", fix: "Choose one with --column.")
            }
            return 1
        }
        guard let index = fields.indices.dropFirst().first(where: { normalisedName(fields[$0]) == normalisedName(column) }) else {
            throw InputError(location, "no column '\(column.abbreviated())' in the header", fix: "Use one of: \(fields.dropFirst().joined(separator: ", ")).")
        }
        return index
    }
}

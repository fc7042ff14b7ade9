import FordelingCore
import FordelingFormats
import FordelingSystem

/// Reads the rows of one stretch of a key file into memory set aside for them, and stops at the first error.
/// An ordinary row is read in one pass over its bytes; a row with quotes goes through the general CSV reader.
struct KeyRowReader {
    /// A quoted name, unescaped: to be written into the text where its row's name starts.
    struct QuotedName {
        var row: Int
        var bytes: [UInt8]
    }

    private let text: UnsafeBufferPointer<UInt8>
    private let header: KeyHeader
    private let file: String
    private let out: UnsafeMutablePointer<KeyColumns.Row>
    private(set) var count = 0
    /// The fewest and most decimals of the values read, and the sum of their units (nil once it overflows).
    private(set) var scales: ClosedRange<UInt8>?
    private(set) var unitSum: Int64? = 0
    private(set) var quoted: [QuotedName] = []
    private(set) var failure: InputError?

    init(text: UnsafeBufferPointer<UInt8>, header: KeyHeader, file: String, into out: UnsafeMutablePointer<KeyColumns.Row>) {
        self.text = text
        self.header = header
        self.file = file
        self.out = out
    }

    /// Reads the lines in `range`, which starts at a line start and ends at a line end.
    mutating func read(_ range: Range<Int>) {
        var start = range.lowerBound
        do throws(InputError) {
            while start < range.upperBound { start = try readLine(at: start) }
        } catch {
            failure = error
        }
    }

    /// Reads the line that starts at `start`; returns where the next one starts.
    private mutating func readLine(at start: Int) throws(InputError) -> Int {
        var first = start
        while first < text.count && (text[first] == 0x20 || text[first] == 0x09) { first += 1 }
        if first == text.count || text[first] == 0x0A || text[first] == 0x0D || text[first] == 0x23 {  // blank or # comment
            return KeyText.line(at: start, in: text).next
        }
        // One pass: where the party field and the value field are, and how many fields there are.
        let columns = header.fields.count
        var name = start..<start
        var value = start..<start
        var extraFieldsBlank = true
        guard let (end, fields) = KeyText.fields(ofLineAt: start, in: text, delimiter: header.delimiter, { field, range in
            if field == 0 {
                name = range
            } else if field == header.valueIndex {
                value = range
            } else if field >= columns && !KeyText.isBlank(range, in: text) {
                extraFieldsBlank = false
            }
        }) else { return try readQuotedLine(at: start) }
        // A worksheet does not store the empty cells at the end of a row.
        let short = header.worksheet != nil && fields < columns
        guard fields == columns || (fields > columns && extraFieldsBlank) || short else { throw fieldCount(fields, line: start) }
        let nameRange = KeyText.trimmed(name, in: text)
        try add(name: UnsafeBufferPointer(rebasing: text[nameRange]), at: nameRange.lowerBound,
                value: UnsafeBufferPointer(rebasing: text[KeyText.trimmed(value, in: text)]), line: start)
        return KeyText.next(after: end, in: text)
    }

    /// A line with quotes, read by the general CSV reader; its name is kept to be written into the text.
    private mutating func readQuotedLine(at start: Int) throws(InputError) -> Int {
        let line = KeyText.line(at: start, in: text)
        var fields = try CSVReader.fields(of: Substring(String(decoding: UnsafeBufferPointer(rebasing: text[line.content]), as: UTF8.self)),
                                          delimiter: Character(Unicode.Scalar(header.delimiter)), file: file, line: lineNumber(start)).map(\.trimmingSpaces)
        while fields.count > header.fields.count, fields.last?.isEmpty == true { fields.removeLast() }
        if header.worksheet != nil && fields.count < header.fields.count { fields += Array(repeating: "", count: header.fields.count - fields.count) }
        guard fields.count == header.fields.count else { throw fieldCount(fields.count, line: start) }
        let name = Array(fields[0].utf8)
        let value = Array(fields[header.valueIndex].utf8)
        try name.withUnsafeBufferPointer { (name) throws(InputError) in
            try value.withUnsafeBufferPointer { (value) throws(InputError) in try add(name: name, at: start, value: value, line: start) }
        }
        quoted.append(QuotedName(row: count - 1, bytes: name))
        return line.next
    }

    private mutating func add(name: UnsafeBufferPointer<UInt8>, at nameStart: Int, value: UnsafeBufferPointer<UInt8>, line: Int) throws(InputError) {
        guard !name.isEmpty else {
            throw InputError(header.location(line: lineNumber(line), column: 0), "the party name is empty",
                             fix: "Name the party, or delete the row.")
        }
        guard name.count < KeyColumns.Row.nameLimit else {
            throw InputError(header.location(line: lineNumber(line), column: 0),
                             "the party name is \(name.count) bytes long, longer than a split reads (16 MB)", fix: "Shorten the name.")
        }
        let parsed: DecimalValue
        if let plain = DanishNumber.plain(value) { parsed = plain } else { parsed = try number(value, of: name, line: line) }
        guard let units = Int64(exactly: parsed.units), parsed.scale <= 18 else {
            throw InputError(valueLocation(line), "the key value of \(String(decoding: name, as: UTF8.self).abbreviated()) ('\(String(decoding: value, as: UTF8.self).abbreviated())') has more digits than a split reads (at most 18)",
                             fix: "Check the value for misplaced digits, or write it with fewer decimals.")
        }
        let scale = UInt8(parsed.scale)
        out[count] = KeyColumns.Row(nameStart: UInt32(nameStart), nameCount: name.count, weight: units, scale: scale)
        count += 1
        scales = scales.map { min($0.lowerBound, scale)...max($0.upperBound, scale) } ?? scale...scale
        unitSum = unitSum.flatMap { sum in
            let (added, overflow) = sum.addingReportingOverflow(units)
            return overflow ? nil : added
        }
    }

    /// A value in any form the Danish number reader takes; it must not be negative.
    private func number(_ bytes: UnsafeBufferPointer<UInt8>, of name: UnsafeBufferPointer<UInt8>, line: Int) throws(InputError) -> DecimalValue {
        let text = String(decoding: bytes, as: UTF8.self)
        let value: DecimalValue
        do { value = try DanishNumber.parse(text) } catch {
            throw InputError(valueLocation(line), "expected a number for \(String(decoding: name, as: UTF8.self).abbreviated()), found '\(text.abbreviated())': \(error.reason)",
                             fix: "Write the value as a number, e.g. 50.569 or 0,825.")
        }
        if value.units < 0 {
            throw InputError(valueLocation(line), "the key value of \(String(decoding: name, as: UTF8.self).abbreviated()) is negative (\(value))", fix: "Key values must be zero or more.")
        }
        return value
    }

    private func lineNumber(_ start: Int) -> Int { TextLines.number(at: start, in: text) }

    private func valueLocation(_ line: Int) -> SourceLocation {
        header.location(line: lineNumber(line), column: header.valueIndex)
    }

    private func fieldCount(_ found: Int, line: Int) -> InputError {
        InputError(header.location(line: lineNumber(line)), "expected \(header.fields.count) fields like the header, found \(found)",
                   fix: "Separate fields with the header's delimiter and put quotes around a field that contains it.")
    }
}

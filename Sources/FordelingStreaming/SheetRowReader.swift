import FordelingCore
import FordelingFormats

/// Reads the rows of a sheet table (`SheetColumns`), line after line to the end of the table, into memory set aside for
/// them, by `SheetTableReader`'s rules: `#` lines skipped, the table ended by the first blank line after a row, fields
/// past the header's only if empty, the first row labelled as a total row the total row. An ordinary line is read in one
/// pass over its bytes, its plain numbers without strings; a line with quotes, and a cell in any other form, through
/// `SheetTableReader`'s own functions.
struct SheetRowReader {
    private let text: UnsafeBufferPointer<UInt8>
    private let head: SheetTableReader.Head
    private let file: String
    private let delimiter: UInt8
    private let fieldCount: Int
    private let width: Int
    private let totalInitials: [UInt8]
    /// Whether a column's plain numbers are read from the bytes (not in thousands), and how it reads a point.
    private let plainColumns: [Bool]
    private let points: [PrintedNumber.Point]
    private let rows: UnsafeMutablePointer<SheetColumns.Row>
    private let units: UnsafeMutablePointer<Int64>
    private let scales: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var others: [SheetTable.Value] = []
    private(set) var total: SheetTable.Row?
    private(set) var cells: SheetTableReader.Cells
    /// Which columns have a number in a row (not the total row).
    private(set) var numberColumns: [Bool]
    /// The evidence of the plain numbers, noted in `cells` at the end.
    private var evidence: [PrintedNumber.Evidence]
    /// The trimmed fields of the line being read.
    private var ranges: [Range<Int>]

    init(text: UnsafeBufferPointer<UInt8>, head: SheetTableReader.Head, file: String,
         into rows: UnsafeMutablePointer<SheetColumns.Row>, units: UnsafeMutablePointer<Int64>, scales: UnsafeMutablePointer<UInt8>) {
        self.text = text
        self.head = head
        self.file = file
        delimiter = head.delimiter.asciiValue ?? CSVCell.separator
        fieldCount = head.fields?.count ?? 0
        width = head.headings.count
        totalInitials = SheetTableReader.totalInitials(head.metadata)
        cells = SheetTableReader.Cells(head, decimalColumns: [])
        plainColumns = cells.inThousands.map { !$0 }
        points = cells.points
        self.rows = rows
        self.units = units
        self.scales = scales
        numberColumns = Array(repeating: false, count: width)
        evidence = Array(repeating: PrintedNumber.Evidence(), count: width)
        ranges = Array(repeating: 0..<0, count: max(fieldCount, 1))
    }

    /// Reads from `start`, the line after the header (numbered `number`), to the end of the table.
    mutating func read(from start: Int, line number: Int) throws(InputError) {
        var (position, number) = (start, number)
        defer { for (column, cell) in evidence.enumerated() { cells.note(cell, column: column) } }
        while position < text.count {
            let lineStart = position
            number += 1
            if isComment(at: lineStart) {
                position = KeyText.line(at: lineStart, in: text).next
                continue
            }
            // The fields: from the bytes, or by the CSV reader when the line has a quote.
            var (fields, lastFilled) = (0, -1)
            var quoted: [String]?
            let (text, fieldCount) = (text, fieldCount)
            let scanned = ranges.withUnsafeMutableBufferPointer { ranges in
                KeyText.fields(ofLineAt: lineStart, in: text, delimiter: delimiter) { index, range in
                    let trimmed = KeyText.trimmed(range, in: text)
                    if !trimmed.isEmpty { lastFilled = index }
                    if index < fieldCount { ranges[index] = trimmed }
                }
            }
            if let scanned {
                fields = scanned.count
                position = KeyText.next(after: scanned.end, in: text)
            } else {
                let line = KeyText.line(at: lineStart, in: text)
                let strings = try SheetTableReader.fieldsOf(SheetRowReader.line(line.content, in: text), delimiter: head.delimiter, file: file, line: number)
                (fields, lastFilled, quoted, position) = (strings.count, strings.lastIndex { !$0.isEmpty } ?? -1, strings, line.next)
            }
            if lastFilled < 0 {
                if count == 0 && total == nil { continue }
                return
            }
            // Empty fields past the header's are dropped; any other field past them is an error.
            let kept = fields > fieldCount ? max(fieldCount, lastFilled + 1) : fields
            guard kept <= fieldCount else { throw head.fieldCount(kept, line: number) }
            try readRow(lineStart: lineStart, line: number, fields: fields, quoted: quoted)
        }
    }

    /// Reads the row of the line at `lineStart`, numbered `number`: its `fields` trimmed in `ranges`, or `quoted`.
    private mutating func readRow(lineStart: Int, line number: Int, fields: Int, quoted: [String]?) throws(InputError) {
        // The label as `SheetTableReader.textCell` gives it; a plain ASCII name is its own key.
        let label: SheetColumns.Field
        var plainName: Range<Int>?
        if let quoted {
            label = .string(SheetTableReader.textCell(quoted[0]))
        } else if isPlainASCIIName(UnsafeBufferPointer(rebasing: text[ranges[0]])) {
            (label, plainName) = (.bytes(ranges[0]), ranges[0])
        } else {
            label = SheetRowReader.label(ranges[0], in: text)
        }
        let isTotal = total == nil && SheetRowReader.firstByte(label, in: text).map { totalInitials.contains($0 | 0x20) } == true
            && SheetTableReader.isTotal(SheetRowReader.string(label, in: text), metadata: head.metadata)
        var hasNumber = false
        let slot = count * width
        for column in 0..<width {
            let index = column + head.firstValue
            let isNumber: Bool
            if let quoted {
                isNumber = add(cells.read(index < quoted.count ? quoted[index] : "", column: column, line: number,
                                          label: SheetRowReader.string(label, in: text)), at: slot + column)
            } else if index >= fields || ranges[index].isEmpty {
                (units[slot + column], scales[slot + column]) = (0, SheetColumns.blank)
                isNumber = false
            } else if plainColumns[column], let plain = PrintedNumber.plain(UnsafeBufferPointer(rebasing: text[ranges[index]]), point: points[column]) {
                evidence[column].add(plain.evidence)
                (units[slot + column], scales[slot + column]) = (plain.units, UInt8(plain.scale))
                isNumber = true
            } else {
                let written = String(decoding: UnsafeBufferPointer(rebasing: text[ranges[index]]), as: UTF8.self)
                isNumber = add(cells.read(written, column: column, line: number, label: SheetRowReader.string(label, in: text)), at: slot + column)
            }
            if isNumber && !isTotal { numberColumns[column] = true }
            hasNumber = hasNumber || isNumber
        }
        let code = !head.hasCodes ? nil : quoted.map { $0.count > 1 ? $0[1] : "" } ?? (fields > 1 ? SheetRowReader.string(.bytes(ranges[1]), in: text) : "")
        if isTotal {
            total = SheetTable.Row(label: SheetRowReader.string(label, in: text), code: code?.isEmpty == false ? code : nil, values: (slot..<slot + width).map(value),
                                   location: head.location(line: number))
            return
        }
        var row = SheetColumns.Row(lineStart: UInt32(lineStart), line: UInt32(number), key: SheetColumns.unaligned, hash: 0)
        if hasNumber { (row.key, row.hash) = SheetColumns.key(plainName, given: code?.isEmpty == false, lineStart: lineStart, in: text) }
        rows[count] = row
        count += 1
    }

    /// A cell in `slot`: a value as `SheetTableReader` reads it, held as a number's units and decimals when it is one of at
    /// most 18 digits. Returns whether it is a number.
    private mutating func add(_ value: SheetTable.Value, at slot: Int) -> Bool {
        switch value {
        case .empty:
            (units[slot], scales[slot]) = (0, SheetColumns.blank)
            return false
        case .number(let number) where Int64(exactly: number.units) != nil && number.scale <= Int(SheetColumns.widest):
            (units[slot], scales[slot]) = (Int64(truncatingIfNeeded: number.units), UInt8(number.scale))
            return true
        default:
            (units[slot], scales[slot]) = (Int64(others.count), SheetColumns.other)
            others.append(value)
            if case .number = value { return true }
            return false
        }
    }

    /// The value of the cell in `slot`.
    func value(_ slot: Int) -> SheetTable.Value {
        SheetColumns.value(units[slot], scales[slot], others: others)
    }

    /// Whether the line at `start` is a `#` comment, as `SheetTableReader` has it (the trimmed line starts with `#`): from
    /// the bytes when the first character is ASCII, else from the string.
    private func isComment(at start: Int) -> Bool {
        var first = start
        while first < text.count && (text[first] == 0x20 || text[first] == 0x09) { first += 1 }
        guard first < text.count else { return false }
        let next = first + 1 < text.count ? text[first + 1] : 0
        if text[first] < 0x80 && next < 0x80 { return text[first] == 0x23 }
        return String(SheetRowReader.line(KeyText.line(at: start, in: text).content, in: text)).trimmingSpaces.hasPrefix("#")
    }

    static func line(_ content: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: text[content]), as: UTF8.self))
    }

    /// A label (a trimmed first field) as `SheetTableReader.textCell` gives it: without the `'` before `=`, `+`, `-` or `@`.
    /// Kept as bytes when they are ASCII, where a byte is a character.
    private static func label(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> SheetColumns.Field {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return .string(SheetTableReader.textCell(string(.bytes(range), in: text))) }
        let neutralised = range.count > 1 && bytes[0] == 0x27 && [0x3D, 0x2B, 0x2D, 0x40].contains(bytes[1])
        return .bytes(neutralised ? range.dropFirst() : range)
    }

    static func string(_ field: SheetColumns.Field, in text: UnsafeBufferPointer<UInt8>) -> String {
        switch field {
        case .bytes(let range): String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        case .string(let string): string
        }
    }

    private static func firstByte(_ field: SheetColumns.Field, in text: UnsafeBufferPointer<UInt8>) -> UInt8? {
        switch field {
        case .bytes(let range): range.isEmpty ? nil : text[range.lowerBound]
        case .string(let string): string.utf8.first
        }
    }
}

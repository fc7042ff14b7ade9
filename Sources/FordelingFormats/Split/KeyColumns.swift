import FordelingCore

/// A key file for a split of any size, read in one pass over its bytes: party names packed into one buffer,
/// weights as exact decimals, line numbers for messages. Names need not be municipalities.
struct KeyColumns {
    var nameBytes: [UInt8] = []
    /// Where each name starts in `nameBytes`; one more entry marks the end of the last.
    var nameStarts: [Int] = [0]
    var units: [Int128] = []
    var scales: [UInt8] = []
    var lines: [Int32] = []
    /// The headings of the value columns, and the label of the chosen one.
    var valueLabels: [String] = []
    var label = ""

    var count: Int { units.count }

    func name(_ index: Int) -> ArraySlice<UInt8> { nameBytes[nameStarts[index]..<nameStarts[index + 1]] }
    func nameString(_ index: Int) -> String { String(decoding: name(index), as: UTF8.self) }

    /// Reads `bytes` (UTF-8, with or without BOM, or Windows-1252) from `file`, taking weights from `column`.
    init(bytes: [UInt8], file: String, column: String?) throws(InputError) {
        if !KeyColumns.isPlainUTF8(bytes) {
            let decoded = Array(try TextDecoding.decode(bytes, file: file).utf8)
            try decoded.withUnsafeBufferPointer { (buffer) throws(InputError) in try read(buffer, from: 0, file: file, column: column) }
        } else {
            try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in try read(buffer, from: 0, file: file, column: column) }
        }
    }

    private mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, from first: Int, file: String, column: String?) throws(InputError) {
        // Room for every row at once, so the arrays are not copied as they grow.
        let lineCount = buffer.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        nameBytes.reserveCapacity(buffer.count)
        nameStarts.reserveCapacity(lineCount + 1)
        units.reserveCapacity(lineCount)
        scales.reserveCapacity(lineCount)
        lines.reserveCapacity(lineCount)
        var header: [String]?
        var delimiter: UInt8 = 0x3B
        var valueIndex = 1
        var lineNumber = 0
        var start = first
        if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
        let end = buffer.count
        while start < end {
            var stop = start
            while stop < end && buffer[stop] != 0x0A && buffer[stop] != 0x0D { stop += 1 }
            lineNumber += 1
            let lineStart = start
            start = stop + (stop + 1 < end && buffer[stop] == 0x0D && buffer[stop + 1] == 0x0A ? 2 : 1)
            var firstByte = lineStart
            while firstByte < stop && (buffer[firstByte] == 0x20 || buffer[firstByte] == 0x09) { firstByte += 1 }
            if firstByte == stop || buffer[firstByte] == 0x23 { continue }  // blank or # comment
            guard let columns = header else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<stop]), as: UTF8.self)
                let character = CSVReader.detectDelimiter(text)
                delimiter = character.asciiValue ?? 0x3B
                let fields = try CSVReader.fields(of: Substring(text), delimiter: character, file: file, line: lineNumber).map(\.trimmingSpaces)
                header = fields
                valueLabels = Array(fields.dropFirst())
                valueIndex = try KeyColumns.valueColumn(fields, named: column, file: file, line: lineNumber)
                label = fields[valueIndex]
                continue
            }
            // One pass over the line: where the party field and the value field are, and how many fields there are.
            var field = 0
            var fieldStart = lineStart
            var name = lineStart..<lineStart
            var value = lineStart..<lineStart
            var quoted = false
            var extraFieldsBlank = true
            for index in lineStart...stop {
                let atEnd = index == stop
                if !atEnd && buffer[index] == 0x22 { quoted = true; break }
                if atEnd || buffer[index] == delimiter {
                    if field == 0 { name = fieldStart..<index } else if field == valueIndex { value = fieldStart..<index }
                    if field >= columns.count && !KeyColumns.isBlank(buffer, fieldStart..<index) { extraFieldsBlank = false }
                    field += 1
                    fieldStart = index + 1
                }
            }
            if quoted {
                try addQuotedRow(buffer, lineStart..<stop, header: columns, delimiter: delimiter, valueIndex: valueIndex, file: file, line: lineNumber)
                continue
            }
            guard field == columns.count || (field > columns.count && extraFieldsBlank) else {
                throw fieldCount(field, columns.count, file, lineNumber)
            }
            try add(name: KeyColumns.trimmed(buffer, name), value: KeyColumns.trimmed(buffer, value), buffer: buffer, header: columns,
                    valueIndex: valueIndex, file: file, line: lineNumber)
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1), "the file has no header row", fix: "Start the table with a header such as 'Navn;Vægt'.")
        }
        guard !units.isEmpty else {
            throw InputError(SourceLocation(file: file, line: 1), "the table has a header but no rows", fix: "Add one row per party under the header '\(header.joined(separator: ";"))'.")
        }
    }

    /// Whether `bytes` are valid UTF-8 without NUL, checked without making a string.
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte >= 0x01 && byte < 0x80 { index += 1; continue }
                let length: Int
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return false
                }
                guard index + length <= count else { return false }
                for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
    }

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

    /// A row with quotes, read by the general CSV reader.
    private mutating func addQuotedRow(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, header: [String], delimiter: UInt8, valueIndex: Int,
                                       file: String, line number: Int) throws(InputError) {
        var fields = try CSVReader.fields(of: Substring(String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)),
                                          delimiter: Character(Unicode.Scalar(delimiter)), file: file, line: number).map(\.trimmingSpaces)
        while fields.count > header.count, fields.last?.isEmpty == true { fields.removeLast() }
        guard fields.count == header.count else { throw fieldCount(fields.count, header.count, file, number) }
        let bytes = Array(fields[0].utf8) + Array(fields[valueIndex].utf8)
        try bytes.withUnsafeBufferPointer { (row) throws(InputError) in
            let nameCount = fields[0].utf8.count
            try add(name: 0..<nameCount, value: nameCount..<row.count, buffer: row, header: header, valueIndex: valueIndex, file: file, line: number)
        }
    }

    private mutating func add(name: Range<Int>, value range: Range<Int>, buffer: UnsafeBufferPointer<UInt8>, header: [String], valueIndex: Int,
                              file: String, line number: Int) throws(InputError) {
        let nameBytes = UnsafeBufferPointer(rebasing: buffer[name])
        guard !name.isEmpty else {
            throw InputError(SourceLocation(file: file, line: number, field: "column '\(header[0])'"), "the party name is empty", fix: "Name the party, or delete the row.")
        }
        let value: DecimalValue
        if let fast = KeyColumns.plainNumber(UnsafeBufferPointer(rebasing: buffer[range])) {
            value = fast
        } else {
            let location = SourceLocation(file: file, line: number, field: "column '\(header[valueIndex])'")
            let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
            do { value = try DanishNumber.parse(text) } catch {
                throw InputError(location, "expected a number for \(String(decoding: nameBytes, as: UTF8.self).abbreviated()), found '\(text.abbreviated())': \(error.reason)",
                                 fix: "Write the value as a number, e.g. 50.569 or 0,825.")
            }
            if value.units < 0 {
                throw InputError(location, "the key value of \(String(decoding: nameBytes, as: UTF8.self).abbreviated()) is negative (\(value))", fix: "Key values must be zero or more.")
            }
        }
        self.nameBytes.append(contentsOf: nameBytes)
        nameStarts.append(self.nameBytes.count)
        units.append(value.units)
        scales.append(UInt8(value.scale))
        lines.append(Int32(truncatingIfNeeded: number))
    }

    static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { buffer[$0] == 0x20 || buffer[$0] == 0x09 }
    }

    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high && (buffer[low] == 0x20 || buffer[low] == 0x09) { low += 1 }
        while high > low && (buffer[high - 1] == 0x20 || buffer[high - 1] == 0x09) { high -= 1 }
        return low..<high
    }

    private func fieldCount(_ found: Int, _ expected: Int, _ file: String, _ line: Int) -> InputError {
        InputError(SourceLocation(file: file, line: line), "expected \(expected) fields like the header, found \(found)",
                   fix: "Separate fields with the header's delimiter and put quotes around a field that contains it.")
    }

    /// `1234`, `1.234.567`, `0,825`: the common forms, read without making a string; nil for anything else.
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalValue? {
        var units: Int64 = 0
        var scale = 0
        var digits = 0
        var inDecimals = false
        var groupDigits = -1  // digits since the last '.', or -1 before any
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                let (shifted, o1) = units.multipliedReportingOverflow(by: 10)
                let (added, o2) = shifted.addingReportingOverflow(Int64(byte - 0x30))
                if o1 || o2 { return nil }
                units = added
                digits += 1
                if inDecimals { scale += 1 } else if groupDigits >= 0 { groupDigits += 1 }
            case 0x2E where !inDecimals:  // '.' between groups of three
                if digits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && digits > 3) { return nil }
                groupDigits = 0
            case 0x2C where !inDecimals:  // ','
                if digits == 0 || (groupDigits >= 0 && groupDigits != 3) { return nil }
                inDecimals = true
            default:
                return nil
            }
        }
        if digits == 0 || (inDecimals && scale == 0) || (!inDecimals && groupDigits >= 0 && groupDigits != 3) { return nil }
        return DecimalValue(units: Int128(units), scale: scale)
    }
}

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
        var utf8 = bytes
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        if utf8.contains(where: { $0 >= 0x80 || $0 == 0 }) { utf8 = Array(try TextDecoding.decode(bytes, file: file).utf8) }
        var header: [String]?
        var delimiter: UInt8 = 0x3B
        var valueIndex = 1
        var lineNumber = 0
        var start = 0
        let end = utf8.count
        while start < end {
            var stop = start
            while stop < end && utf8[stop] != 0x0A && utf8[stop] != 0x0D { stop += 1 }
            lineNumber += 1
            let line = utf8[start..<stop]
            start = stop + (stop + 1 < end && utf8[stop] == 0x0D && utf8[stop + 1] == 0x0A ? 2 : 1)
            guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }), first != 0x23 else { continue }  // blank or #
            if header == nil {
                let text = String(decoding: line, as: UTF8.self)
                let character = CSVReader.detectDelimiter(text)
                delimiter = character.asciiValue ?? 0x3B
                let fields = try CSVReader.fields(of: Substring(text), delimiter: character, file: file, line: lineNumber).map(\.trimmingSpaces)
                header = fields
                valueLabels = Array(fields.dropFirst())
                valueIndex = try KeyColumns.valueColumn(fields, named: column, file: file, line: lineNumber)
                label = fields[valueIndex]
                continue
            }
            try addRow(line, header: header!, delimiter: delimiter, valueIndex: valueIndex, file: file, line: lineNumber)
        }
        guard let header else {
            throw InputError(SourceLocation(file: file, line: 1), "the file has no header row", fix: "Start the table with a header such as 'Navn;Vægt'.")
        }
        guard !units.isEmpty else {
            throw InputError(SourceLocation(file: file, line: 1), "the table has a header but no rows", fix: "Add one row per party under the header '\(header.joined(separator: ";"))'.")
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

    private mutating func addRow(_ line: ArraySlice<UInt8>, header: [String], delimiter: UInt8, valueIndex: Int, file: String, line number: Int) throws(InputError) {
        var name: ArraySlice<UInt8>
        var weight: ArraySlice<UInt8>
        var quotedFields: [String] = []
        if line.contains(0x22) {  // quotes: the general reader
            quotedFields = try CSVReader.fields(of: Substring(String(decoding: line, as: UTF8.self)), delimiter: Character(Unicode.Scalar(delimiter)),
                                                file: file, line: number).map(\.trimmingSpaces)
            while quotedFields.count > header.count, quotedFields.last?.isEmpty == true { quotedFields.removeLast() }
            guard quotedFields.count == header.count else { throw fieldCount(quotedFields.count, header.count, file, number) }
            name = ArraySlice(quotedFields[0].utf8)
            weight = ArraySlice(quotedFields[valueIndex].utf8)
        } else {
            var fields: [Range<Int>] = []
            var fieldStart = line.startIndex
            for index in line.indices where line[index] == delimiter {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<line.endIndex)
            while fields.count > header.count, let last = fields.last, line[last].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { fields.removeLast() }
            guard fields.count == header.count else { throw fieldCount(fields.count, header.count, file, number) }
            name = KeyColumns.trimmed(line[fields[0]])
            weight = KeyColumns.trimmed(line[fields[valueIndex]])
        }
        let location = SourceLocation(file: file, line: number, field: "column '\(header[valueIndex])'")
        guard !name.isEmpty else {
            throw InputError(SourceLocation(file: file, line: number, field: "column '\(header[0])'"), "the party name is empty", fix: "Name the party, or delete the row.")
        }
        let value: ExactDecimal
        if let fast = KeyColumns.plainNumber(weight) {
            value = fast
        } else {
            let text = String(decoding: weight, as: UTF8.self)
            do { value = try DanishNumber.parse(text) } catch {
                throw InputError(location, "expected a number for \(String(decoding: name, as: UTF8.self).abbreviated()), found '\(text.abbreviated())': \(error.reason)",
                                 fix: "Write the value as a number, e.g. 50.569 or 0,825.")
            }
        }
        if value.units < 0 {
            throw InputError(location, "the key value of \(String(decoding: name, as: UTF8.self).abbreviated()) is negative (\(value))", fix: "Key values must be zero or more.")
        }
        nameBytes.append(contentsOf: name)
        nameStarts.append(nameBytes.count)
        units.append(value.units)
        scales.append(UInt8(value.scale))
        lines.append(Int32(truncatingIfNeeded: number))
    }

    private func fieldCount(_ found: Int, _ expected: Int, _ file: String, _ line: Int) -> InputError {
        InputError(SourceLocation(file: file, line: line), "expected \(expected) fields like the header, found \(found)",
                   fix: "Separate fields with the header's delimiter and put quotes around a field that contains it.")
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// `1234`, `1.234.567`, `0,825`: the common forms, read without making a string; nil for anything else.
    static func plainNumber(_ bytes: ArraySlice<UInt8>) -> ExactDecimal? {
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
        return ExactDecimal(units: Int128(units), scale: scale)
    }
}

import Foundation
import FordelingCore
import FordelingFormats
import FordelingSystem

/// A key file for a split of any size, read over its bytes on every core. The text stays one buffer and each
/// row points into it: no string is made for an ordinary row. Names need not be municipalities.
struct KeyColumns {
    /// 16 bytes: a million rows are 16 MB.
    struct Row {
        /// Names are shorter than this many bytes.
        static let nameLimit = 1 << 24

        /// Where the name starts in `text`, trimmed (a quoted name is unescaped in place).
        var nameStart: UInt32
        /// The name's length in bytes (the high 24 bits) and the decimals the value was written with (the low 8).
        private var nameCountAndScale: UInt32
        /// The value in units of 10^-`weightScale`, the most decimals any value has: comparable across rows.
        var weight: Int64

        /// `nameCount` below `nameLimit`, `scale` at most 18.
        init(nameStart: UInt32, nameCount: Int, weight: Int64, scale: UInt8) {
            self.nameStart = nameStart
            nameCountAndScale = UInt32(nameCount) << 8 | UInt32(scale)
            self.weight = weight
        }

        var nameCount: Int { Int(nameCountAndScale >> 8) }
        /// Where the name lies in `text`.
        var nameRange: Range<Int> { Int(nameStart)..<Int(nameStart) + nameCount }
        var scale: UInt8 { UInt8(truncatingIfNeeded: nameCountAndScale) }
    }

    /// The file as UTF-8 (decoded first if it was Windows-1252).
    private(set) var text: [UInt8]
    private(set) var rows: [Row] = []
    private(set) var weightScale = 0
    /// The sum of the weights.
    private(set) var weightSum: Int64 = 0
    /// The headings of the value columns, and the heading of the chosen one.
    private(set) var valueLabels: [String] = []
    private(set) var label = ""
    /// The `# kilde:` and `# årgang:` lines before the header, as a key table states them ("" when not stated).
    private(set) var source = ""
    private(set) var vintage = ""
    /// The worksheet the key comes from, when its file is a workbook.
    private(set) var worksheet: String?

    var count: Int { rows.count }

    func name(_ index: Int) -> ArraySlice<UInt8> {
        text[rows[index].nameRange]
    }

    func nameString(_ index: Int) -> String { String(decoding: name(index), as: UTF8.self) }

    /// The value of row `index` as written: units and decimals.
    func value(_ index: Int) -> (units: Int64, scale: Int) {
        let row = rows[index]
        return (row.weight / KeyText.powersOfTen[weightScale - Int(row.scale)], Int(row.scale))
    }

    /// The line of the file row `index` is on.
    func line(of index: Int) -> Int {
        text.withUnsafeBufferPointer { TextLines.number(at: Int(rows[index].nameStart), in: $0) }
    }

    /// Reads `bytes` (UTF-8, with or without BOM, or Windows-1252, read as every input is) from `file` (or from its
    /// `worksheet`, as text), taking weights from `column`, in `pieces` stretches of lines read at once (by default as
    /// many as suit the file's size).
    init(bytes: [UInt8], file: String, worksheet: String? = nil, column: String?, pieces: Int? = nil) throws(InputError) {
        self.worksheet = worksheet
        let pieces = pieces ?? min(16, 1 + bytes.count >> 16)
        text = bytes
        var stretches = text.withUnsafeBufferPointer { KeyColumns.stretches(of: $0, pieces: pieces) }
        if !stretches.allSatisfy(\.isPlainUTF8) {
            text = Array(try TextDecoding.decode(bytes, file: file).utf8)
            stretches = text.withUnsafeBufferPointer { KeyColumns.stretches(of: $0, pieces: pieces) }
        }
        // Rows address the text with 32-bit offsets; decoded Windows-1252 takes more bytes than the file.
        guard text.count < Int(UInt32.max) else {
            throw InputError(SourceLocation(file: file), "the key is larger than 4 GiB as UTF-8, more than a split reads",
                             fix: "Leave out the columns the split does not use, or split the parties in parts.")
        }
        let header = try text.withUnsafeBufferPointer { (text) throws(InputError) in try KeyHeader(text, file: file, worksheet: worksheet, column: column) }
        source = header.source
        vintage = header.vintage
        valueLabels = Array(header.fields.dropFirst())
        label = header.fields[header.valueIndex]
        let parts = try readRows(stretches, header: header, file: file)
        guard !rows.isEmpty else {
            throw InputError(header.location(line: header.line), "the table has a header but no rows",
                             fix: "Add one row per party under the header '\(header.fields.joined(separator: ";"))'.")
        }
        // Every value in units of the most decimals any has; the parts' sums serve unless values had to be aligned.
        let scales = parts.compactMap(\.scales)
        weightScale = Int(scales.map(\.upperBound).max() ?? 0)
        let sum = scales.allSatisfy({ Int($0.lowerBound) == weightScale })
            ? parts.reduce(0 as Int64?) { KeyColumns.adding($0, $1.unitSum) }
            : try alignWeights(header)
        guard let sum else {
            throw InputError(SourceLocation(file: file), "the key values add up to more digits than a split reads (at most 18)", fix: "Check the values for misplaced digits.")
        }
        weightSum = sum
    }

    /// `a + b`, nil when either is nil or the sum overflows.
    private static func adding(_ a: Int64?, _ b: Int64?) -> Int64? {
        guard let a, let b else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }

    /// A stretch of the text ending at a line end; the rows in it are read on one core.
    private struct Stretch {
        var range: Range<Int>
        /// Whether it is UTF-8 in the form names are compared in; otherwise the text is decoded and cut again.
        var isPlainUTF8: Bool
        /// At least the number of lines in the stretch.
        var lineBound: Int
    }

    /// The text cut into `pieces` stretches at line ends, each checked for plain UTF-8 and its lines counted.
    private static func stretches(of text: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Stretch] {
        var bounds = [0]
        for piece in 1..<max(pieces, 1) {
            var cut = max(bounds[piece - 1], text.count * piece / pieces)
            while cut < text.count && text[cut] != 0x0A { cut += 1 }
            bounds.append(min(cut + 1, text.count))
        }
        bounds.append(text.count)
        return Parallel.map(bounds.count - 1) { piece in
            let stretch = UnsafeBufferPointer(rebasing: text[bounds[piece]..<bounds[piece + 1]])
            let (isPlainUTF8, lineEnds) = PlainText.scan(stretch)
            return Stretch(range: bounds[piece]..<bounds[piece + 1], isPlainUTF8: isPlainUTF8, lineBound: lineEnds + 1)
        }
    }

    /// Reads every stretch's rows at once, each into its own part of `rows`, then closes the gaps between the parts.
    private mutating func readRows(_ stretches: [Stretch], header: KeyHeader, file: String) throws(InputError) -> [KeyRowReader] {
        var bases = [0]
        for stretch in stretches { bases.append(bases[bases.count - 1] + stretch.lineBound) }
        var failure: InputError?
        var quoted: [KeyRowReader.QuotedName] = []
        var parts: [KeyRowReader] = []
        rows = text.withUnsafeBufferPointer { text in
            [Row](hugeUninitializedCapacity: bases[bases.count - 1]) { buffer, initialized in
                let base = buffer.baseAddress!
                parts = Parallel.map(stretches.count) { piece in
                    let range = max(stretches[piece].range.lowerBound, header.end)..<max(stretches[piece].range.upperBound, header.end)
                    var reader = KeyRowReader(text: text, header: header, file: file, into: base + bases[piece])
                    reader.read(range)
                    return reader
                }
                initialized = 0
                for (piece, part) in parts.enumerated() {
                    if let error = part.failure { failure = error; break }
                    if initialized != bases[piece] { memmove(base + initialized, base + bases[piece], part.count * MemoryLayout<Row>.stride) }
                    quoted += part.quoted.map { KeyRowReader.QuotedName(row: initialized + $0.row, bytes: $0.bytes) }
                    initialized += part.count
                }
                if failure != nil { initialized = 0 }
            }
        }
        if let failure { throw failure }
        // Quoted names, unescaped, go where the quoted field began: never longer than the field itself.
        if !quoted.isEmpty {
            text.withUnsafeMutableBufferPointer { text in
                for name in quoted {
                    let start = Int(rows[name.row].nameStart)
                    for (offset, byte) in name.bytes.enumerated() { text[start + offset] = byte }
                }
            }
        }
        return parts
    }

    /// Brings every weight to `weightScale` decimals, so weights compare and add as integers; returns their
    /// sum (nil if it overflows).
    private mutating func alignWeights(_ header: KeyHeader) throws(InputError) -> Int64? {
        var sum: Int64? = 0
        for index in rows.indices {
            let (aligned, overflow) = rows[index].weight.multipliedReportingOverflow(by: KeyText.powersOfTen[weightScale - Int(rows[index].scale)])
            if overflow {
                throw InputError(header.location(line: line(of: index), column: header.valueIndex),
                                 "\(nameString(index).abbreviated()) has a value with \(rows[index].scale) decimals where others have \(weightScale): more digits than a split reads (at most 18)",
                                 fix: "Write the values with fewer decimals.")
            }
            rows[index].weight = aligned
            sum = KeyColumns.adding(sum, aligned)
        }
        return sum
    }
}

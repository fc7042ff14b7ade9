import FordelingCore
import FordelingFormats
import FordelingSystem

/// A sheet table read from a file's bytes, for comparing sheets of any size (`fordel diff`): read by the rules of
/// `SheetTableReader`, with its head, its cells and its findings, but each row stays its line of the text, each cell an
/// integer, and each row's key a place in the text and a hash (`SheetColumns+Keys`). Plain lines and plain numbers are
/// read from the bytes; a line with quotes, and a cell in any other form (decorated, words, more than 18 digits), by
/// `SheetTableReader`'s own functions. A row is made a `SheetTable.Row` only when it is reported.
struct SheetColumns {
    /// 16 bytes: a million rows are 16 MB.
    struct Row {
        /// Where the row's line starts in `text`, and the line's number.
        var lineStart: UInt32
        var line: UInt32
        /// What the row is aligned by (see `SheetColumns+Keys`), and its hash.
        var key: UInt32
        var hash: UInt32
    }

    /// A field of a line: its bytes in the text when they are ASCII, else the string `SheetTableReader` makes of it.
    enum Field {
        case bytes(Range<Int>)
        case string(String)
    }

    /// The most decimals a cell's number is held with; a cell's `scales` entry above it marks it blank, or kept aside.
    static let widest: UInt8 = 18
    static let blank: UInt8 = 0xFF
    static let other: UInt8 = 0xFE

    let file: String
    /// The file as UTF-8 (decoded first if it was not UTF-8 in the one form names are compared in).
    let text: [UInt8]
    let head: SheetTableReader.Head
    /// The rows but the total row.
    var rows: [Row] = []
    /// Each row's cells, row by row: a number's units and decimals; or `blank`, or `other` with the index of its value
    /// in `others`.
    private var units: [Int64] = []
    private var scales: [UInt8] = []
    private var others: [SheetTable.Value] = []
    private(set) var total: SheetTable.Row?
    /// What reading the cells found, as `SheetTableReader` finds it.
    private(set) var findings: [Finding] = []
    private let width: Int
    /// Keys spelled out (see `SheetColumns+Keys`), one after the other, and where each starts (and the last ends).
    var spelled: [UInt8] = []
    var spelledStarts: [UInt32] = [0]

    var count: Int { rows.count }
    var columns: [String] { head.headings }

    /// Reads `bytes` (UTF-8, with or without BOM, or Windows-1252, read as every input is) from `file`. Nil for a workbook,
    /// and when a column turns out to write decimal points: `SheetTableReader` then reads the file again, those columns so.
    init?(bytes: [UInt8], file: String) throws(InputError) {
        self.file = file
        guard !TableText.isWorkbook(bytes, file: file) else { return nil }
        let bom = bytes.starts(with: CSVCell.byteOrderMark) ? CSVCell.byteOrderMark.count : 0
        let scan = bytes.withUnsafeBufferPointer { PlainText.scan(UnsafeBufferPointer(rebasing: $0[bom...])) }
        text = scan.isPlainUTF8 ? bytes : Array(try TextDecoding.decode(bytes, file: file).utf8)
        var (position, number) = (scan.isPlainUTF8 ? bom : 0, 0)
        var head = SheetTableReader.Head(file: file, delimiter: CSVReader.tableDelimiter(utf8: text[position...]))
        try text.withUnsafeBufferPointer { (text) throws(InputError) in
            while head.fields == nil && position < text.count {
                let line = KeyText.line(at: position, in: text)
                number += 1
                try head.read(SheetRowReader.line(line.content, in: text), number: number)
                position = line.next
            }
        }
        guard head.fields != nil else { throw head.noTable }
        self.head = head
        width = head.headings.count
        // At most a row a line, each read into its place.
        let (bound, width) = (scan.lineEnds + 1, width)
        var reader: SheetRowReader?
        var failure: InputError?
        rows = text.withUnsafeBufferPointer { text in
            [Row](hugeUninitializedCapacity: bound) { rows, rowCount in
                units = [Int64](hugeUninitializedCapacity: max(bound * width, 1)) { units, unitCount in
                    scales = [UInt8](hugeUninitializedCapacity: max(bound * width, 1)) { scales, scaleCount in
                        guard let (rowBase, unitBase, scaleBase) = rows.baseAddress.flatMap({ row in units.baseAddress.flatMap { unit in scales.baseAddress.map { (row, unit, $0) } } })
                        else { return }
                        var rowReader = SheetRowReader(text: text, head: head, file: file, into: rowBase, units: unitBase, scales: scaleBase)
                        do throws(InputError) { try rowReader.read(from: position, line: number) } catch { failure = error }
                        (rowCount, unitCount, scaleCount) = (rowReader.count, rowReader.count * width, rowReader.count * width)
                        reader = rowReader
                    }
                }
            }
        }
        if let failure { throw failure }
        guard let reader, reader.cells.decimalColumns.isEmpty else { return nil }
        others = reader.others
        total = reader.total
        findings = reader.cells.findings { reader.numberColumns[$0] }
    }

    /// The value of a cell held as `units` and `scale`, kept aside in `others`.
    static func value(_ units: Int64, _ scale: UInt8, others: [SheetTable.Value]) -> SheetTable.Value {
        switch scale {
        case blank: .empty
        case other: others[Int(units)]
        default: .number(DecimalValue(units: Int128(units), scale: Int(scale)))
        }
    }

    /// The cell of `column` in row `index`.
    @inline(__always)
    func cell(_ index: Int, _ column: Int) -> (units: Int64, scale: UInt8) {
        let slot = index &* width &+ column
        return (units[slot], scales[slot])
    }

    /// Whether two cells are surely not a change: the same number with as many decimals, or a blank on either side.
    @inline(__always)
    static func same(_ x: (units: Int64, scale: UInt8), _ y: (units: Int64, scale: UInt8)) -> Bool {
        x.scale == blank || y.scale == blank || (x.scale == y.scale && x.scale <= widest && x.units == y.units)
    }

    /// The value of the cell of `column` in row `index`.
    func value(_ index: Int, _ column: Int) -> SheetTable.Value {
        let slot = index * width + column
        return SheetColumns.value(units[slot], scales[slot], others: others)
    }

    /// Row `index` as `SheetTableReader` reads it; without its values when `values` is false.
    func row(_ index: Int, values: Bool = true) -> SheetTable.Row {
        // The line's fields as `SheetTableReader` splits them, which it did without an error when it read them.
        let line = Int(rows[index].line)
        let fields = text.withUnsafeBufferPointer { text in
            let content = KeyText.line(at: Int(rows[index].lineStart), in: text).content
            return (try? SheetTableReader.fieldsOf(SheetRowReader.line(content, in: text), delimiter: head.delimiter, file: file, line: line)) ?? []
        }
        return SheetTable.Row(label: SheetTableReader.textCell(fields.first ?? ""), code: head.hasCodes && fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil,
                              values: values ? columns.indices.map { value(index, $0) } : [], location: head.location(line: line))
    }
}

/// The cells of CSV for Danish Excel, byte by byte: UTF-8 with BOM, `;` between fields, CRLF, text cells quoted
/// when needed and neutralised when Excel would run them as formulas. Each rule is here once, for the sheets'
/// writers (`CSVField`) and the streamed split's rows alike; numbers are `DanishNumberFormat`'s, without grouping.
public enum CSVCell {
    /// Between the fields of a row.
    @inlinable public static var separator: UInt8 { 0x3B }
    /// After each row: CR LF.
    @inlinable public static var rowEnd: (UInt8, UInt8) { (0x0D, 0x0A) }
    /// Before the first row: Excel reads the file as UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether a text cell that starts with `byte` gets a `'` before it, so Excel shows it as text instead of
    /// running it as a formula: `=`, `+`, `-`, `@`, tab or CR.
    @inlinable @inline(__always)
    public static func isNeutralised(first byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// Whether `byte` in a text cell puts the cell in quotes: `;`, `"`, LF or CR.
    @inlinable @inline(__always)
    public static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == 0x3B || byte == 0x22 || byte == 0x0A || byte == 0x0D
    }

    /// The most bytes the text cell of `count` bytes takes: every byte a doubled quote, the quotes and the `'`.
    @inlinable
    public static func textCapacity(_ count: Int) -> Int { 2 * count + 3 }

    /// Writes the text cell of `text` at `out`, which has room for `textCapacity(text.count)` bytes; returns
    /// how many it wrote. Quoted when needed (a quote inside doubled), `'` first when neutralised.
    @inlinable @inline(__always)
    public static func text(_ text: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let neutralised = isNeutralised(first: text.first ?? 0)
        var position = out
        var quoted = false
        for byte in text where needsQuotes(byte) {
            quoted = true
            break
        }
        guard quoted else {
            if neutralised {
                position.pointee = 0x27
                position += 1
            }
            if let base = text.baseAddress { position.update(from: base, count: text.count) }
            return position - out + text.count
        }
        position.pointee = 0x22
        position += 1
        if neutralised {
            position.pointee = 0x27
            position += 1
        }
        for byte in text {
            if byte == 0x22 {
                position.pointee = 0x22
                position += 1
            }
            position.pointee = byte
            position += 1
        }
        position.pointee = 0x22
        return position - out + 1
    }

    /// A row of fields (each already a cell): joined by `;`, ended by CRLF.
    public static func row(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separator) }
            bytes += field.utf8
        }
        bytes += [rowEnd.0, rowEnd.1]
        return bytes
    }
}

/// Fields and documents of CSV for Danish Excel, as strings: `CSVCell`'s rules.
public enum CSVField {
    /// A text cell: quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`
    /// so Excel shows it as text instead of running it as a formula.
    public static func text(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: CSVCell.textCapacity(bytes.count)) { cell in
                guard let base = cell.baseAddress else { return 0 }
                return CSVCell.text(bytes, to: base)
            }
        }
    }

    /// A number cell, written as the number it is (a leading minus stays).
    public static func number(_ value: String) -> String { value }

    /// The bytes of a CSV document: BOM, fields joined by `;`, rows ended by CRLF.
    public static func document(_ rows: [[String]]) -> [UInt8] {
        CSVCell.byteOrderMark + rows.flatMap(CSVCell.row)
    }
}

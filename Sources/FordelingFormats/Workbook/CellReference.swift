/// A cell's place in a worksheet, as `B7` writes it: the column (0 for A) and the row (from 1), within Excel's
/// 16.384 columns (A to XFD) and 1.048.576 rows.
struct CellReference: Equatable {
    static let columnCount = 16_384
    static let rowCount = 1_048_576

    let column: Int
    let row: Int

    /// `B7` as a place; nil if it is not one.
    init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0 && letters < 3:
                column = column * 26 + Int(byte - 64)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0 && digits < 7 && !(digits == 0 && byte == 0x30):
                row = row * 10 + Int(byte - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard digits > 0, column <= Self.columnCount, row <= Self.rowCount else { return nil }
        self.column = column - 1
        self.row = row
    }
}

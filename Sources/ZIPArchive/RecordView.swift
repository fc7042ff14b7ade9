/// A fixed-size ZIP record at `offset` in an archive's bytes, read as little-endian fields. Made only when
/// the record lies inside the archive, so every field read is in bounds.
struct RecordView {
    let bytes: [UInt8]
    let offset: Int

    /// The `size`-byte record at `offset`, if it lies inside `bytes` and ends by `end`.
    init?(_ bytes: [UInt8], at offset: Int, size: Int, end: Int) {
        guard offset >= 0, offset <= end - size, end <= bytes.count else { return nil }
        self.bytes = bytes
        self.offset = offset
    }

    /// The 16-bit field at `field` bytes into the record.
    func u16(_ field: Int) -> Int {
        Int(bytes[offset + field]) | Int(bytes[offset + field + 1]) << 8
    }

    /// The 32-bit field at `field` bytes into the record.
    func u32(_ field: Int) -> Int {
        u16(field) | u16(field + 2) << 16
    }

    /// Whether the record starts with `signature`.
    func hasSignature(_ signature: Int) -> Bool {
        u32(0) == signature
    }
}

/// The ZIP records' signatures (APPNOTE.TXT §4.3).
enum Signature {
    static let localHeader = 0x0403_4B50
    static let centralHeader = 0x0201_4B50
    static let endOfDirectory = 0x0605_4B50
    static let zip64Locator = 0x0706_4B50
    static let dataDescriptor = 0x0807_4B50
    /// An OLE compound file's first eight bytes (old .xls workbooks, and encrypted .xlsx ones).
    static let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}

/// The fields that an entry's central directory record and its local header both have.
struct HeaderFields: Equatable {
    var flags: Int
    var method: Int
    var crc: Int
    var compressedSize: Int
    var uncompressedSize: Int
    var name: ArraySlice<UInt8>

    /// General purpose flag bit 0: the entry is encrypted.
    var isEncrypted: Bool { flags & 1 != 0 }
    /// Flag bit 3: the CRC and sizes follow the data, in a data descriptor (the local header has zeros).
    var hasDataDescriptor: Bool { flags & 8 != 0 }
    /// Whether a size is saturated: the real one is in a ZIP64 extra field.
    var needsZIP64: Bool { compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF }
}

/// A central directory record (46 bytes, then the name, extra field and comment).
struct CentralRecord {
    static let size = 46
    let fields: HeaderFields
    let localHeaderOffset: Int
    /// The whole record's length.
    let length: Int

    /// The record at `offset`, which must end by `end` (the end of the directory).
    init(_ bytes: [UInt8], at offset: Int, end: Int) throws(ZIPError) {
        guard let view = RecordView(bytes, at: offset, size: Self.size, end: end) else { throw .inconsistentDirectory(offset: offset) }
        guard view.hasSignature(Signature.centralHeader) else { throw .badSignature(offset: offset, record: .centralHeader) }
        length = Self.size + view.u16(28) + view.u16(30) + view.u16(32)
        guard length <= end - offset else { throw .inconsistentDirectory(offset: offset) }
        if view.u16(34) != 0 { throw .multipleDisks }
        fields = HeaderFields(flags: view.u16(8), method: view.u16(10), crc: view.u32(16), compressedSize: view.u32(20),
                              uncompressedSize: view.u32(24), name: bytes[(offset + Self.size)..<(offset + Self.size + view.u16(28))])
        localHeaderOffset = view.u32(42)
        if fields.needsZIP64 || localHeaderOffset == 0xFFFF_FFFF { throw .zip64(offset: offset) }
    }
}

/// A local file header (30 bytes, then the name and extra field, then the entry's data).
struct LocalRecord {
    static let size = 30
    let fields: HeaderFields
    /// Where the entry's data starts.
    let dataOffset: Int

    /// The header at `offset`, which must end by `end` (the start of the central directory).
    init(_ bytes: [UInt8], at offset: Int, end: Int) throws(ZIPError) {
        guard let view = RecordView(bytes, at: offset, size: Self.size, end: end) else { throw .inconsistentDirectory(offset: offset) }
        guard view.hasSignature(Signature.localHeader) else { throw .badSignature(offset: offset, record: .localHeader) }
        dataOffset = offset + Self.size + view.u16(26) + view.u16(28)
        guard dataOffset <= end else { throw .inconsistentDirectory(offset: offset) }
        fields = HeaderFields(flags: view.u16(6), method: view.u16(8), crc: view.u32(14), compressedSize: view.u32(18),
                              uncompressedSize: view.u32(22), name: bytes[(offset + Self.size)..<(offset + Self.size + view.u16(26))])
        if fields.needsZIP64 { throw .zip64(offset: offset) }
    }
}

/// The end-of-central-directory record: how many entries, and where their directory is.
struct EndRecord {
    static let size = 22
    let offset: Int
    let entryCount: Int
    let directoryOffset: Int
    let directorySize: Int

    /// The record of `bytes`: the last one whose comment ends exactly at the end of the archive. Tells a
    /// compound file, a truncated archive and other bytes apart when there is none; refuses ZIP64 and
    /// archives split over several disks.
    init(of bytes: [UInt8]) throws(ZIPError) {
        if bytes.isEmpty { throw .empty }
        if bytes.starts(with: Signature.compoundFile) { throw .compoundFile }
        var found: RecordView?
        var candidate = bytes.count - Self.size
        while candidate >= max(0, bytes.count - Self.size - 0xFFFF) {
            if let view = RecordView(bytes, at: candidate, size: Self.size, end: bytes.count),
               view.hasSignature(Signature.endOfDirectory), candidate + Self.size + view.u16(20) == bytes.count {
                found = view
                break
            }
            candidate -= 1
        }
        guard let record = found else {
            let startsLikeZIP = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            throw startsLikeZIP ? .truncated(offset: bytes.count) : .notZIP
        }
        if let locator = RecordView(bytes, at: record.offset - 20, size: 20, end: record.offset),
           locator.hasSignature(Signature.zip64Locator) {
            throw .zip64(offset: locator.offset)
        }
        if record.u16(4) != 0 || record.u16(6) != 0 { throw .multipleDisks }
        if record.u16(10) == 0xFFFF || record.u32(12) == 0xFFFF_FFFF || record.u32(16) == 0xFFFF_FFFF {
            throw .zip64(offset: record.offset)
        }
        offset = record.offset
        entryCount = record.u16(10)
        directorySize = record.u32(12)
        directoryOffset = record.u32(16)
        guard record.u16(8) == entryCount, directoryOffset + directorySize == offset else {
            throw .inconsistentDirectory(offset: offset)
        }
    }
}

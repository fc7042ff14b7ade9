/// Writes a ZIP archive deterministically: the same entries in the same order always give the same
/// bytes. Every entry has the timestamp 1980-01-01 00:00 (the earliest a ZIP can record), no attributes,
/// no extra fields and no comment; names are flagged UTF-8 when they are not ASCII. No ZIP64: at most
/// 65 535 entries and 4 GiB.
public struct ZIPWriter: Sendable {
    private var archive: [UInt8] = []
    private var directory: [UInt8] = []
    private var names: Set<String> = []

    public init() {}

    /// Appends an entry named `name` (a relative path, `/` between folders) holding `contents`, stored,
    /// or deflated (then stored all the same if deflating does not make it smaller).
    public mutating func add(_ name: String, _ contents: [UInt8], method: ZIPEntry.Method = .stored) throws(ZIPError) {
        try EntryName.check(name)
        guard !names.contains(name) else { throw .duplicateName(name) }
        var data = contents
        var method = method
        if method == .deflated {
            let deflated = Deflater.deflate(contents)
            if deflated.count < contents.count { data = deflated } else { method = .stored }
        }
        let nameBytes = Array(name.utf8)
        let headerOffset = archive.count
        let newSize = archive.count + directory.count + 2 * nameBytes.count + LocalRecord.size + CentralRecord.size + data.count + EndRecord.size
        guard names.count < 0xFFFF, contents.count < 0xFFFF_FFFF, newSize < 0xFFFF_FFFF else { throw .tooLargeToWrite(entry: name) }
        names.insert(name)

        let fields = HeaderFields(flags: nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11, method: method.rawValue, crc: Int(CRC32.checksum(contents)),
                                  compressedSize: data.count, uncompressedSize: contents.count, name: nameBytes[...])
        archive.appendField(Signature.localHeader, 4)
        archive.appendField(20, 2)  // version needed to extract: 2.0
        archive.appendCommonFields(fields)
        archive.appendField(0, 2)  // extra field length
        archive.append(contentsOf: nameBytes)
        archive.append(contentsOf: data)

        directory.appendField(Signature.centralHeader, 4)
        directory.appendField(20, 2)  // made by: MS-DOS, version 2.0
        directory.appendField(20, 2)  // version needed to extract
        directory.appendCommonFields(fields)
        for _ in 0..<4 { directory.appendField(0, 2) }  // extra field and comment lengths, disk, internal attributes
        directory.appendField(0, 4)  // external attributes
        directory.appendField(headerOffset, 4)
        directory.append(contentsOf: nameBytes)
    }

    /// The archive: the entries, their central directory and its end record.
    public func finish() -> [UInt8] {
        var bytes = archive + directory
        bytes.appendField(Signature.endOfDirectory, 4)
        bytes.appendField(0, 2)  // this disk
        bytes.appendField(0, 2)  // the directory's disk
        bytes.appendField(names.count, 2)
        bytes.appendField(names.count, 2)
        bytes.appendField(directory.count, 4)
        bytes.appendField(archive.count, 4)
        bytes.appendField(0, 2)  // comment length
        return bytes
    }
}

extension [UInt8] {
    /// Appends the low `size` bytes of `value`, little-endian.
    fileprivate mutating func appendField(_ value: Int, _ size: Int) {
        for byte in 0..<size { append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
    }

    /// Appends the fields from the flags to the name's length, which both headers have in this order.
    fileprivate mutating func appendCommonFields(_ fields: HeaderFields) {
        appendField(fields.flags, 2)
        appendField(fields.method, 2)
        appendField(0, 2)  // time: 00:00:00
        appendField(1 << 5 | 1, 2)  // date: 1980-01-01
        appendField(fields.crc, 4)
        appendField(fields.compressedSize, 4)
        appendField(fields.uncompressedSize, 4)
        appendField(fields.name.count, 2)
    }
}

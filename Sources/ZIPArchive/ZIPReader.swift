/// A ZIP archive read from its bytes (APPNOTE.TXT): the end-of-central-directory record, the central
/// directory, and each entry's local header, cross-checked. Entries are stored or deflated; ZIP64,
/// encryption and archives split over several disks are refused, and so is every entry name that could
/// reach outside a folder, every duplicate name, and every pair of entries that share bytes.
///
/// Making a reader checks the whole structure and the limits (from the sizes the headers declare);
/// `read` decompresses one entry and checks its size and CRC-32 against them.
public struct ZIPReader: Sendable {
    /// What a reader allows, so that hostile archives (ZIP bombs) are refused before they are expanded.
    public struct Limits: Sendable {
        /// The largest total of the entries' uncompressed sizes.
        public var totalSize: Int
        /// The largest uncompressed size of an entry, as a multiple of its compressed size.
        public var ratio: Int
        /// The most entries.
        public var entryCount: Int

        /// By default 200 MB in all, an entry expanding at most 200 times, 10 000 entries.
        public init(totalSize: Int = 200_000_000, ratio: Int = 200, entryCount: Int = 10_000) {
            self.totalSize = totalSize
            self.ratio = ratio
            self.entryCount = entryCount
        }
    }

    /// The entries in the order of the central directory.
    public let entries: [ZIPEntry]
    private let bytes: [UInt8]
    private let indexByName: [String: Int]

    /// Reads the directory of the archive in `bytes`; throws the first problem found.
    public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(ZIPError) {
        let end = try EndRecord(of: bytes)
        guard end.entryCount <= limits.entryCount else { throw .tooManyEntries(count: end.entryCount, limit: limits.entryCount) }
        var entries: [ZIPEntry] = []
        var indexByName: [String: Int] = [:]
        var spans: [(range: Range<Int>, name: String)] = []
        var total = 0
        var offset = end.directoryOffset
        for _ in 0..<end.entryCount {
            let central = try CentralRecord(bytes, at: offset, end: end.offset)
            offset += central.length
            let entry = try Self.entry(central, in: bytes, before: end.directoryOffset, limits: limits)
            guard indexByName.updateValue(entries.count, forKey: entry.name) == nil else { throw .duplicateName(entry.name) }
            total += entry.uncompressedSize
            guard total <= limits.totalSize else { throw .tooLarge(total: total, limit: limits.totalSize) }
            let dataEnd = try Self.dataEnd(of: entry, central.fields, in: bytes, before: end.directoryOffset)
            spans.append((central.localHeaderOffset..<dataEnd, entry.name))
            entries.append(entry)
        }
        guard offset == end.offset else { throw .inconsistentDirectory(offset: end.offset) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (first, second) in zip(spans, spans.dropFirst()) where first.range.upperBound > second.range.lowerBound {
            throw .overlappingEntries(first.name, second.name)
        }
        self.bytes = bytes
        self.entries = entries
        self.indexByName = indexByName
    }

    /// The entry named `name`, if there is one.
    public func entry(named name: String) -> ZIPEntry? {
        indexByName[name].map { entries[$0] }
    }

    /// The uncompressed bytes of the entry named `name`.
    public func read(_ name: String) throws(ZIPError) -> [UInt8] {
        guard let entry = entry(named: name) else { throw .noSuchEntry(name) }
        return try read(entry)
    }

    /// The uncompressed bytes of `entry` (one of `entries`), checked against its declared size and CRC-32.
    public func read(_ entry: ZIPEntry) throws(ZIPError) -> [UInt8] {
        guard self.entry(named: entry.name) == entry else { throw .noSuchEntry(entry.name) }
        let data = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
        let contents: [UInt8]
        switch entry.method {
        case .stored:
            contents = Array(data)
        case .deflated:
            do throws(ZIPError) {
                contents = try Inflater.inflate(data, limit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
            } catch .outputLimit {
                throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize)
            } catch {
                throw .damagedEntry(entry.name, problem: error)
            }
        }
        guard contents.count == entry.uncompressedSize else { throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize) }
        let crc = CRC32.checksum(contents)
        guard crc == entry.crc32 else { throw .crcMismatch(entry: entry.name, expected: entry.crc32, actual: crc) }
        return contents
    }

    /// The entry that `central` describes, checked against its local header (which must lie before the
    /// directory at `directoryOffset`) and the limits.
    private static func entry(_ central: CentralRecord, in bytes: [UInt8], before directoryOffset: Int,
                              limits: Limits) throws(ZIPError) -> ZIPEntry {
        let fields = central.fields
        let name = try EntryName.decode(fields.name)
        if fields.isEncrypted { throw .encrypted(entry: name) }
        guard let method = ZIPEntry.Method(rawValue: fields.method) else { throw .unsupportedMethod(entry: name, method: fields.method) }
        if method == .stored && fields.compressedSize != fields.uncompressedSize {
            throw .sizeMismatch(entry: name, declared: fields.uncompressedSize)
        }
        let (allowed, overflow) = fields.compressedSize.multipliedReportingOverflow(by: limits.ratio)
        if !overflow && fields.uncompressedSize > allowed {
            throw .ratioTooHigh(entry: name, compressed: fields.compressedSize, uncompressed: fields.uncompressedSize, limit: limits.ratio)
        }
        let local = try LocalRecord(bytes, at: central.localHeaderOffset, end: directoryOffset)
        try compare(local.fields, fields, entry: name)
        guard local.dataOffset + fields.compressedSize <= directoryOffset else { throw .inconsistentDirectory(offset: central.localHeaderOffset) }
        return ZIPEntry(name: name, method: method, crc32: UInt32(fields.crc), compressedSize: fields.compressedSize,
                        uncompressedSize: fields.uncompressedSize, dataOffset: local.dataOffset)
    }

    /// Throws `headerMismatch` where the local header disagrees with the central record. With a data
    /// descriptor the local CRC and sizes may be zeros.
    private static func compare(_ local: HeaderFields, _ central: HeaderFields, entry: String) throws(ZIPError) {
        if local.name != central.name { throw .headerMismatch(entry: entry, field: "name") }
        if local.method != central.method { throw .headerMismatch(entry: entry, field: "compression method") }
        if local.isEncrypted != central.isEncrypted || local.hasDataDescriptor != central.hasDataDescriptor {
            throw .headerMismatch(entry: entry, field: "flag")
        }
        let deferred = local.hasDataDescriptor && local.crc == 0 && local.compressedSize == 0 && local.uncompressedSize == 0
        if deferred { return }
        if local.crc != central.crc { throw .headerMismatch(entry: entry, field: "CRC-32") }
        if local.compressedSize != central.compressedSize || local.uncompressedSize != central.uncompressedSize {
            throw .headerMismatch(entry: entry, field: "size")
        }
    }

    /// Where `entry`'s bytes end: after its data, and after its data descriptor if it has one (whose
    /// values must agree with the central record).
    private static func dataEnd(of entry: ZIPEntry, _ fields: HeaderFields, in bytes: [UInt8], before directoryOffset: Int) throws(ZIPError) -> Int {
        let dataEnd = entry.dataOffset + entry.compressedSize
        guard fields.hasDataDescriptor else { return dataEnd }
        let signed = RecordView(bytes, at: dataEnd, size: 4, end: directoryOffset)?.hasSignature(Signature.dataDescriptor) == true
        let start = signed ? dataEnd + 4 : dataEnd
        guard let descriptor = RecordView(bytes, at: start, size: 12, end: directoryOffset) else {
            throw .inconsistentDirectory(offset: dataEnd)
        }
        if descriptor.u32(0) != fields.crc { throw .headerMismatch(entry: entry.name, field: "CRC-32") }
        if descriptor.u32(4) != fields.compressedSize || descriptor.u32(8) != fields.uncompressedSize {
            throw .headerMismatch(entry: entry.name, field: "size")
        }
        return start + 12
    }
}

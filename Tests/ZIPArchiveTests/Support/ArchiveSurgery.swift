@testable import ZIPArchive

/// Changes to an archive's bytes, to make the damaged and hostile archives that no writer makes.
struct ArchiveSurgery {
    var bytes: [UInt8]

    /// Where every record with `signature` starts.
    func offsets(of signature: Int) -> [Int] {
        (0..<max(0, bytes.count - 3)).filter { RecordView(bytes, at: $0, size: 4, end: bytes.count)?.hasSignature(signature) == true }
    }

    /// The central directory records' offsets, in order.
    var centralRecords: [Int] { offsets(of: Signature.centralHeader) }
    /// The local headers' offsets, in order.
    var localHeaders: [Int] { offsets(of: Signature.localHeader) }
    /// The end-of-central-directory record's offset.
    var endRecord: Int { offsets(of: Signature.endOfDirectory).last ?? -1 }

    /// Writes `value` little-endian into the `size` bytes at `offset`.
    mutating func set(_ offset: Int, _ value: Int, size: Int) {
        for byte in 0..<size { bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }

    /// Replaces every occurrence of `old` by `new` (of the same length), in names and data alike.
    mutating func replace(_ old: String, with new: String) {
        let old = Array(old.utf8), new = Array(new.utf8)
        precondition(old.count == new.count, "a replacement must keep the length")
        var offset = 0
        while offset + old.count <= bytes.count {
            if bytes[offset..<(offset + old.count)].elementsEqual(old) {
                bytes.replaceSubrange(offset..<(offset + old.count), with: new)
            }
            offset += 1
        }
    }

    /// Sets a 16-bit field of every local header (at `local` bytes in) and central record (at `central`).
    mutating func setInBothHeaders(local: Int, central: Int, _ value: Int) {
        for offset in localHeaders { set(offset + local, value, size: 2) }
        for offset in centralRecords { set(offset + central, value, size: 2) }
    }
}

/// Small archives made by `ZIPWriter`, for tests to read and damage.
enum SampleArchives {
    static let text = Array("Fordeling fordeler omkostninger mellem kommuner. ".utf8)

    /// `entries` (name and contents) written with `method`.
    static func archive(_ entries: [(String, [UInt8])], method: ZIPEntry.Method = .stored) throws -> [UInt8] {
        var writer = ZIPWriter()
        for (name, contents) in entries { try writer.add(name, contents, method: method) }
        return writer.finish()
    }

    /// Two entries, one stored and one deflated.
    static func small() throws -> [UInt8] {
        var writer = ZIPWriter()
        try writer.add("a.txt", Array("hello".utf8))
        try writer.add("xl/b.xml", Array(repeating: text, count: 4).flatMap { $0 }, method: .deflated)
        return writer.finish()
    }
}

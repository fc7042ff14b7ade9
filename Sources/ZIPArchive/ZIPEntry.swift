/// One entry of a ZIP archive, as its central directory describes it.
public struct ZIPEntry: Equatable, Sendable {
    /// How an entry's bytes are stored.
    public enum Method: Int, Sendable {
        case stored = 0
        case deflated = 8
    }

    /// The entry's path in the archive, `/` between folders (a folder's own entry ends with `/`).
    public let name: String
    public let method: Method
    /// The CRC-32 of the uncompressed bytes, as recorded.
    public let crc32: UInt32
    public let compressedSize: Int
    public let uncompressedSize: Int
    /// Where the entry's compressed bytes start in the archive.
    public let dataOffset: Int
}

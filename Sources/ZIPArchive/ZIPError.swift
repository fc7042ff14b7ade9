/// Everything that can be wrong with a ZIP archive or a DEFLATE stream, one case per problem, with the byte
/// offset (from the start of the archive, or of the DEFLATE stream) or the entry name involved.
/// `description` says in plain English what is wrong and how to fix it.
public enum ZIPError: Error, Equatable, Sendable {
    // MARK: The bytes are not a ZIP archive

    /// There are no bytes at all.
    case empty
    /// The bytes are neither a ZIP archive nor a compound file: no ZIP record where one must be.
    case notZIP
    /// An OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1): an old binary .xls workbook, or an .xlsx
    /// workbook encrypted with a password (Office wraps those in a compound file too).
    case compoundFile

    // MARK: The archive's structure

    /// The archive ends before the record or the entry data that should be at `offset`.
    case truncated(offset: Int)
    /// The record at `offset` does not start with the signature it must have.
    case badSignature(offset: Int, record: Record)
    /// The record at `offset` contradicts the directory: the end-of-central-directory record and the
    /// directory it points to disagree, or a record or an entry's data lies outside where it must.
    case inconsistentDirectory(offset: Int)
    /// The archive says it is one part of an archive split over several files (disks).
    case multipleDisks
    /// The archive (or the entry) uses ZIP64 extensions, for archives or entries of 4 GiB or more, or more
    /// than 65 535 entries. Not supported: a workbook never needs them.
    case zip64(offset: Int)
    /// More entries than the caller allows.
    case tooManyEntries(count: Int, limit: Int)
    /// The entry's local header disagrees with its central directory record about `field`.
    case headerMismatch(entry: String, field: String)
    /// Two entries' data occupy the same bytes of the archive (the trick of some ZIP bombs).
    case overlappingEntries(String, String)
    /// An entry's name is unsafe or unreadable.
    case badName(String, NameProblem)
    /// Two entries have the same name.
    case duplicateName(String)

    // MARK: An entry's contents

    /// The entry is encrypted (general purpose flag bit 0).
    case encrypted(entry: String)
    /// The entry is compressed by a method other than stored (0) and deflated (8).
    case unsupportedMethod(entry: String, method: Int)
    /// The entry's bytes do not have the CRC-32 its header records.
    case crcMismatch(entry: String, expected: UInt32, actual: UInt32)
    /// The entry holds more or fewer bytes than its header declares.
    case sizeMismatch(entry: String, declared: Int)
    /// The entries together declare more uncompressed bytes than the caller allows.
    case tooLarge(total: Int, limit: Int)
    /// One entry expands more than `limit` times its compressed size (the mark of a ZIP bomb).
    case ratioTooHigh(entry: String, compressed: Int, uncompressed: Int, limit: Int)
    /// The archive has no entry of that name.
    case noSuchEntry(String)
    /// The entry's compressed data is not a valid DEFLATE stream: `problem` is one of the DEFLATE cases
    /// below, its offset counted from the start of the entry's compressed data.
    indirect case damagedEntry(String, problem: ZIPError)

    // MARK: A DEFLATE stream

    /// A block header names block type 3, which does not exist.
    case badBlockType(offset: Int)
    /// A stored block's length and its one's complement disagree.
    case storedLengthMismatch(offset: Int)
    /// A dynamic block's code lengths do not form a Huffman code (over-subscribed or incomplete), or
    /// declare more symbols than there are, or repeat a length that is not there.
    case badCodeLengths(offset: Int)
    /// A bit sequence that is no code of the block's Huffman code, or a code for a symbol that does not
    /// exist (literal/length 286 and 287, distance 30 and 31).
    case badCode(offset: Int)
    /// A match reaches back before the first byte of output.
    case distanceTooFar(offset: Int)
    /// The stream ends before its final block does.
    case endedEarly(offset: Int)
    /// The output would be larger than the caller's limit.
    case outputLimit(limit: Int)
    /// Bytes follow the final block.
    case trailingData(offset: Int)

    // MARK: Writing

    /// An entry or the archive as a whole would need ZIP64 (4 GiB or more, or more than 65 535 entries).
    case tooLargeToWrite(entry: String)

    /// The ZIP records, named in `badSignature`.
    public enum Record: String, Sendable {
        case localHeader = "local file header"
        case centralHeader = "central directory record"
    }

    /// Why an entry name is refused.
    public enum NameProblem: String, Sendable {
        case empty = "it is empty"
        case notUTF8 = "it is not valid UTF-8"
        case absolute = "it is an absolute path"
        case parentSegment = "it contains a `..` segment"
        case backslash = "it contains a backslash"
        case nul = "it contains a NUL character"
        case tooLong = "it is longer than 65 535 bytes"
    }
}

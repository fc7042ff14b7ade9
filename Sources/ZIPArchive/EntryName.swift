/// The rules for an entry's name, for reading and writing alike: a relative path with `/` between
/// segments, so that no name can reach outside the folder an archive is unpacked into.
enum EntryName {
    /// The name that `bytes` spell, or `badName` if they are not UTF-8 or break a rule.
    static func decode(_ bytes: ArraySlice<UInt8>) throws(ZIPError) -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw .badName(String(decoding: bytes, as: UTF8.self), .notUTF8)
        }
        try check(name)
        return name
    }

    /// Throws `badName` unless `name` is a safe relative path.
    static func check(_ name: String) throws(ZIPError) {
        if let problem = problem(name) { throw .badName(name, problem) }
    }

    private static func problem(_ name: String) -> ZIPError.NameProblem? {
        let utf8 = Array(name.utf8)
        if utf8.isEmpty { return .empty }
        if utf8.count > 0xFFFF { return .tooLong }
        if utf8.contains(0) { return .nul }
        if utf8.contains(UInt8(ascii: "\\")) { return .backslash }
        let driveLetter = utf8.count >= 2 && utf8[1] == UInt8(ascii: ":")
            && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(utf8[0] & 0xDF)
        if utf8[0] == UInt8(ascii: "/") || driveLetter { return .absolute }
        if utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).contains([0x2E, 0x2E]) { return .parentSegment }
        return nil
    }
}

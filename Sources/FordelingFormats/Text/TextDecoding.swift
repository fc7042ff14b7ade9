import FordelingCore

/// Turns a file's bytes into text: UTF-8 with or without BOM, or Windows-1252 as Danish Excel saves it, in the
/// one form names are compared in (`TextForm`).
public enum TextDecoding {
    /// Bytes 0x80–0x9F of Windows-1252; nil where the code page leaves a byte undefined.
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text of `bytes`, read from `file`. Valid UTF-8 is taken as UTF-8 (a BOM is dropped). A file that is
    /// not is read as Windows-1252 only if no part of it is UTF-8 beyond ASCII: one with UTF-8 characters and a
    /// byte that is not UTF-8 is UTF-8 with a broken character, an error at that byte's line and column. NUL
    /// bytes and bytes Windows-1252 leaves undefined are errors too.
    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw InputError(SourceLocation(file: file, line: line(of: nul, in: bytes)), "the file contains a NUL byte, so it is not text",
                             fix: "Save the file as CSV or plain text (UTF-8).")
        }
        // Nearly every input: UTF-8 already in the form, read as it is.
        if body.withUnsafeBufferPointer({ PlainText.scan($0).isPlainUTF8 }) { return String(decoding: body, as: UTF8.self) }
        if let text = String(validating: body, as: UTF8.self) { return try TextForm.normalised(text, file: file) }
        if let broken = firstBrokenByte(body) {
            let byte = bytes[broken]
            let reading = windows1252(byte).flatMap { $0.properties.isAlphabetic ? " (Windows-1252 '\($0)')" : nil } ?? ""
            throw InputError(body.withUnsafeBufferPointer { TextLines.location(of: broken - body.startIndex, in: $0, file: file) },
                             "byte 0x\(hex(byte))\(reading) is not UTF-8, yet the file holds UTF-8 characters elsewhere, so it is not read as Windows-1252",
                             fix: "Retype the character here and save the file as UTF-8 (in Excel: 'CSV UTF-8').")
        }
        var scalars = String.UnicodeScalarView()
        for index in body.indices {
            guard let scalar = windows1252(body[index]) else {
                throw InputError(SourceLocation(file: file, line: line(of: index, in: bytes)), "byte 0x\(hex(body[index])) is neither UTF-8 nor Windows-1252 text",
                                 fix: "Save the file as UTF-8 (in Excel: 'CSV UTF-8').")
            }
            scalars.append(scalar)
        }
        return try TextForm.normalised(String(scalars), file: file)
    }

    /// The character Windows-1252 gives `byte`, nil if it leaves it undefined.
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        byte < 0x80 || byte >= 0xA0 ? Unicode.Scalar(byte) : windows1252High[Int(byte - 0x80)]
    }

    /// The first byte that is not UTF-8, if `bytes` (not valid UTF-8) hold a multi-byte UTF-8 character: then
    /// they are UTF-8 with a broken character, not Windows-1252, whose æ, ø and å are single bytes.
    private static func firstBrokenByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { body in
            var (index, broken, holdsUTF8) = (0, nil as Int?, false)
            while index < body.count {
                if body[index] < 0x80 {
                    index += 1
                } else if let sequence = UTF8Sequence.decode(at: index, in: body) {
                    holdsUTF8 = true
                    index += sequence.length
                } else {
                    broken = broken ?? index
                    index += 1
                }
            }
            return holdsUTF8 ? broken.map { bytes.startIndex + $0 } : nil
        }
    }

    private static func line(of index: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { TextLines.number(at: index, in: $0) }
    }

    private static func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }
}

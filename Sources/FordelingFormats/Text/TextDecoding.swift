import FordelingCore

/// Turns a file's bytes into text: UTF-8 with or without BOM, or Windows-1252 as Danish Excel saves it.
public enum TextDecoding {
    /// Bytes 0x80–0x9F of Windows-1252; nil where the code page leaves a byte undefined.
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text of `bytes`, read from `file`. Valid UTF-8 is taken as UTF-8 (a BOM is dropped);
    /// anything else is read as Windows-1252. NUL bytes and bytes Windows-1252 leaves undefined are errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw InputError(SourceLocation(file: file, line: lineNumber(of: nul, in: bytes)), "the file contains a NUL byte, so it is not text",
                             fix: "Save the file as CSV or plain text (UTF-8).")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for index in body.indices {
            let byte = body[index]
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else if let scalar = windows1252High[Int(byte - 0x80)] {
                scalars.append(scalar)
            } else {
                throw InputError(SourceLocation(file: file, line: lineNumber(of: index, in: bytes)),
                                 "byte 0x\(String(byte, radix: 16, uppercase: true)) is neither UTF-8 nor Windows-1252 text",
                                 fix: "Save the file as UTF-8 (in Excel: 'CSV UTF-8').")
            }
        }
        return String(scalars)
    }

    private static func lineNumber(of index: Int, in bytes: [UInt8]) -> Int {
        bytes[..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}

import FordelingCore

/// Splits text into numbered lines, accepting LF, CRLF and CR line ends and a missing final newline.
/// Works on the UTF-8 bytes: line ends are ASCII, so no character is ever split.
public enum TextLines {
    public static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var lines: [(Int, Substring)] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append((lines.count + 1, text[start..<index]))
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start < utf8.endIndex { lines.append((lines.count + 1, text[start...])) }
        return lines
    }

    /// `file:line: column N` of byte `offset` of `text`, the column counted in characters.
    static func location(of offset: Int, in text: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var start = offset
        while start > 0 && text[start - 1] != 0x0A && text[start - 1] != 0x0D { start -= 1 }
        let before = String(decoding: UnsafeBufferPointer(rebasing: text[start..<offset]), as: UTF8.self)
        return SourceLocation(file: file, line: number(at: offset, in: text), field: "column \(before.count + 1)")
    }

    /// The number of the line that byte `offset` of `text` lies on, counting from 1, as `split` numbers them.
    public static func number(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for index in 0..<min(offset, text.count) where text[index] == 0x0A || (text[index] == 0x0D && (index + 1 == text.count || text[index + 1] != 0x0A)) {
            line += 1
        }
        return line
    }
}

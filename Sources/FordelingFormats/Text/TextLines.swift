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
}

/// Splits text into numbered lines, accepting LF, CRLF and CR line ends and a missing final newline.
public enum TextLines {
    public static func split(_ text: String) -> [(number: Int, text: Substring)] {
        var lines: [(Int, Substring)] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append((lines.count + 1, text[start..<index]))
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { lines.append((lines.count + 1, text[start...])) }
        return lines
    }
}

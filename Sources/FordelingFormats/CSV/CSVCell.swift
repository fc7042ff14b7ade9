/// Fields and documents of CSV for Danish Excel.
public enum CSVField {
    /// A text cell: quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`
    /// so Excel shows it as text instead of running it as a formula.
    public static func text(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }

    /// A number cell, written as the number it is (a leading minus stays).
    public static func number(_ value: String) -> String { value }

    /// The bytes of a CSV document: BOM, fields joined by `;`, rows ended by CRLF.
    public static func document(_ rows: [[String]]) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(rows.map { $0.joined(separator: ";") + "\r\n" }.joined().utf8)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self { result += character == "\"" ? "\"\"" : String(character) }
        return result
    }
}

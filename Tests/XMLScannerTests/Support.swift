import XMLScanner

/// Tokens written compactly for comparison: `<name a="v">`, `<name/>` (an empty element's start), `</name>`, text.
func tokens(_ document: String, limits: XMLScanner.Limits = XMLScanner.Limits()) throws(XMLError) -> [String] {
    var scanner = XMLScanner(Array(document.utf8), limits: limits)
    var written: [String] = []
    while let token = try scanner.next() {
        switch token {
        case .start(let element):
            let attributes = element.attributes.map { " \($0.name)=\"\($0.value)\"" }.joined()
            written.append("<\(element.name)\(attributes)\(element.isEmpty ? "/" : "")>")
        case .end(let name): written.append("</\(name)>")
        case .text(let text): written.append(text.string)
        }
    }
    return written
}

/// The error that scanning `bytes` to the end throws, if any.
func scanError(_ bytes: [UInt8], limits: XMLScanner.Limits = XMLScanner.Limits()) -> XMLError? {
    var scanner = XMLScanner(bytes, limits: limits)
    do {
        while try scanner.next() != nil {}
        return nil
    } catch {
        return error
    }
}

func scanError(_ document: String, limits: XMLScanner.Limits = XMLScanner.Limits()) -> XMLError? {
    scanError(Array(document.utf8), limits: limits)
}

/// A pull tokenizer for the XML that spreadsheet files hold (UTF-8): start, end and empty-element tags
/// with their attributes, and text; comments, processing instructions (the XML declaration among them)
/// and whitespace outside the root element are skipped.
///
/// It checks well-formedness as it goes (every tag closed in order, attributes quoted and unique, one root
/// element, references known) and refuses a document type declaration, so that no entity can be declared
/// (the "billion laughs" XML bomb). The document is checked to be UTF-8 with only XML characters before
/// the first token. Names and values that need no decoding are slices of the document, not copies.
public struct XMLScanner: Sendable {
    /// Bounds on a document's shape, so that a hostile one costs no more than its size.
    public struct Limits: Sendable {
        /// The deepest nesting of elements.
        public var depth: Int
        /// The most attributes on one element.
        public var attributes: Int

        public init(depth: Int = 256, attributes: Int = 256) {
            self.depth = depth
            self.attributes = attributes
        }
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var position = 0
    /// Where the names of the open elements are, outermost first.
    private var openElements: [Range<Int>] = []
    /// The end of the empty element just returned, to return next.
    private var pendingEnd: XMLString?
    private var checked = false
    private var seenRoot = false
    /// The error thrown, thrown again by every later call.
    private var failure: XMLError?
    /// Where the token that `next` returned last starts in the document.
    public private(set) var tokenOffset = 0

    public init(_ bytes: [UInt8], limits: Limits = Limits()) {
        self.bytes = bytes
        self.limits = limits
    }

    /// The next token, or nil at the end of a well-formed document.
    public mutating func next() throws(XMLError) -> XMLToken? {
        if let failure { throw failure }
        if let end = pendingEnd {
            pendingEnd = nil
            return .end(end)
        }
        let bytes = self.bytes
        do throws(ScanFailure) {
            return try bytes.withUnsafeBufferPointer { (pointer) throws(ScanFailure) -> XMLToken? in try scan(pointer) }
        } catch {
            let location = lineAndColumn(at: error.offset)
            let located = XMLError(error.problem, offset: error.offset, line: location.line, column: location.column)
            failure = located
            throw located
        }
    }

    /// The line and column (from 1; the column in characters) of the byte at `offset`, for messages: it
    /// counts through the document up to there.
    public func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
        let before = bytes[..<min(max(offset, 0), bytes.count)]
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let line = 1 + before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return (line, 1 + bytes[lineStart..<before.endIndex].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }

    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> XMLToken? {
        if !checked {
            if let problem = UTF8Check.firstProblem(p) { throw problem }
            checked = true
            if p.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // a byte order mark
        }
        while true {
            tokenOffset = position
            guard position < p.count else {
                if let open = openElements.last { throw ScanFailure(.unclosedElement(string(open)), at: p.count) }
                if !seenRoot { throw ScanFailure(.noRootElement, at: p.count) }
                return nil
            }
            guard p[position] == UInt8(ascii: "<") else {
                let start = position
                while position < p.count && p[position] != UInt8(ascii: "<") { position += 1 }
                guard !openElements.isEmpty else {
                    if let text = (start..<position).first(where: { !XMLCharacters.isWhitespace(p[$0]) }) {
                        throw ScanFailure(.textOutsideRoot, at: text)
                    }
                    continue
                }
                return .text(XMLString(try XMLTextDecoder.decode(bytes, p, start..<position, mode: .text)))
            }
            if matches(p, "</") { return try endTag(p) }
            if matches(p, "<?") {
                try skip(p, opener: 2, past: "?>", construct: "a processing instruction")
            } else if matches(p, "<!--") {
                try skip(p, opener: 4, past: "-->", construct: "a comment")
            } else if matches(p, "<![CDATA[") {
                guard !openElements.isEmpty else { throw ScanFailure(.textOutsideRoot, at: position) }
                let start = position + 9
                try skip(p, opener: 9, past: "]]>", construct: "a CDATA section")
                if position - 3 > start { return .text(XMLString(try XMLTextDecoder.decode(bytes, p, start..<(position - 3), mode: .cdata))) }
            } else if matches(p, "<!DOCTYPE") {
                throw ScanFailure(.doctype, at: position)
            } else if matches(p, "<!") {
                throw ScanFailure(.expected("a comment or a CDATA section after '<!'"), at: position)
            } else {
                return try startTag(p)
            }
        }
    }

    /// A start tag or empty-element tag, from its `<`.
    private mutating func startTag(_ p: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> XMLToken {
        let tagStart = position
        position += 1
        let name = try readName(p, what: "an element name after '<'")
        var attributes: [XMLAttribute] = []
        var names: Set<ArraySlice<UInt8>> = []  // the attributes' names, once there are many
        var isEmpty = false
        while true {
            let spaced = skipWhitespace(p)
            guard position < p.count else { throw ScanFailure(.unexpectedEnd(construct: "the tag <\(string(name))>"), at: p.count) }
            if p[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if matches(p, "/>") {
                position += 2
                isEmpty = true
                break
            }
            guard spaced else { throw ScanFailure(.expected("whitespace, '>' or '/>' in the tag <\(string(name))>"), at: position) }
            guard attributes.count < limits.attributes else { throw ScanFailure(.tooManyAttributes(limit: limits.attributes), at: tagStart) }
            let attributeStart = position
            let attribute = try readAttribute(p)
            if attributes.count >= 16 {
                if names.isEmpty { names = Set(attributes.map(\.name.bytes)) }
                guard names.insert(attribute.name.bytes).inserted else {
                    throw ScanFailure(.duplicateAttribute(attribute.name.string), at: attributeStart)
                }
            } else if attributes.contains(where: { $0.name == attribute.name }) {
                throw ScanFailure(.duplicateAttribute(attribute.name.string), at: attributeStart)
            } else if attributes.isEmpty {
                attributes.reserveCapacity(4)  // one allocation for most elements' few attributes
            }
            attributes.append(attribute)
        }
        if openElements.isEmpty && seenRoot { throw ScanFailure(.secondRootElement(string(name)), at: tagStart) }
        guard openElements.count < limits.depth else { throw ScanFailure(.tooDeep(limit: limits.depth), at: tagStart) }
        seenRoot = true
        if isEmpty { pendingEnd = XMLString(bytes[name]) } else { openElements.append(name) }
        return .start(XMLElement(name: XMLString(bytes[name]), attributes: attributes, isEmpty: isEmpty))
    }

    /// `name = "value"` (or single quotes), from the name.
    private mutating func readAttribute(_ p: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> XMLAttribute {
        let name = try readName(p, what: "an attribute name")
        skipWhitespace(p)
        guard position < p.count && p[position] == UInt8(ascii: "=") else { throw ScanFailure(.expected("'=' after the attribute \(string(name))"), at: position) }
        position += 1
        skipWhitespace(p)
        guard position < p.count, p[position] == UInt8(ascii: "\"") || p[position] == UInt8(ascii: "'") else {
            throw ScanFailure(.expected("a quoted value for the attribute \(string(name))"), at: position)
        }
        let quote = p[position]
        let start = position + 1
        var end = start
        while end < p.count && p[end] != quote {
            if p[end] == UInt8(ascii: "<") { throw ScanFailure(.lessThanInAttribute, at: end) }
            end += 1
        }
        guard end < p.count else { throw ScanFailure(.unexpectedEnd(construct: "the value of the attribute \(string(name))"), at: p.count) }
        position = end + 1
        return XMLAttribute(name: XMLString(bytes[name]), value: XMLString(try XMLTextDecoder.decode(bytes, p, start..<end, mode: .attribute)))
    }

    /// An end tag, from its `</`: it must close the innermost open element.
    private mutating func endTag(_ p: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> XMLToken {
        let tagStart = position
        position += 2
        let name = try readName(p, what: "an element name after '</'")
        skipWhitespace(p)
        guard position < p.count else { throw ScanFailure(.unexpectedEnd(construct: "the end tag </\(string(name))>"), at: p.count) }
        guard p[position] == UInt8(ascii: ">") else { throw ScanFailure(.expected("'>' to end the end tag </\(string(name))>"), at: position) }
        position += 1
        guard let open = openElements.last else { throw ScanFailure(.unexpectedEndTag(string(name)), at: tagStart) }
        guard p[open].elementsEqual(p[name]) else {
            throw ScanFailure(.mismatchedEndTag(expected: string(open), found: string(name)), at: tagStart)
        }
        openElements.removeLast()
        return .end(XMLString(bytes[name]))
    }

    /// A name's range, from its first byte.
    private mutating func readName(_ p: UnsafeBufferPointer<UInt8>, what: String) throws(ScanFailure) -> Range<Int> {
        let start = position
        guard position < p.count else { throw ScanFailure(.unexpectedEnd(construct: "a tag"), at: p.count) }
        guard XMLCharacters.startsName(p[position]) else { throw ScanFailure(.expected(what), at: position) }
        position += 1
        while position < p.count && XMLCharacters.isInName(p[position]) { position += 1 }
        return start..<position
    }

    /// Skips whitespace; whether there was any.
    @discardableResult
    private mutating func skipWhitespace(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = position
        while position < p.count && XMLCharacters.isWhitespace(p[position]) { position += 1 }
        return position > start
    }

    /// Moves past the `opener` bytes that start `construct` and past the next `terminator`, which ends it.
    private mutating func skip(_ p: UnsafeBufferPointer<UInt8>, opener: Int, past terminator: StaticString, construct: String) throws(ScanFailure) {
        let start = position
        position += opener
        while position < p.count {
            if matches(p, terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw ScanFailure(.unexpectedEnd(construct: construct), at: start)
    }

    /// Whether the bytes at `position` are `text`.
    private func matches(_ p: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= p.count else { return false }
        return text.withUTF8Buffer { p[position..<(position + count)].elementsEqual($0) }
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

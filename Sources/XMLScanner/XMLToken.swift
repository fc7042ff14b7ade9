/// What an `XMLScanner` reads: a start tag, an end tag, or text.
public enum XMLToken: Equatable, Sendable {
    /// A start tag, or an empty-element tag (`<c r="A1"/>`, `isEmpty`), which is followed at once by
    /// its `end`.
    case start(XMLElement)
    /// An end tag, named as written.
    case end(XMLString)
    /// Character data, with references decoded and line ends normalized. Text between two tags may come
    /// as several tokens (around a CDATA section, a comment or a processing instruction).
    case text(XMLString)
}

/// A start tag: its name and attributes as written (namespace prefixes kept, `x:sheet`, `r:id`).
public struct XMLElement: Equatable, Sendable {
    public let name: XMLString
    /// The attributes in the order written, their names unique.
    public let attributes: [XMLAttribute]
    /// Whether the tag was an empty-element tag (`<v/>`).
    public let isEmpty: Bool

    public init(name: XMLString, attributes: [XMLAttribute], isEmpty: Bool) {
        self.name = name
        self.attributes = attributes
        self.isEmpty = isEmpty
    }

    /// The value of the attribute named `name` (prefix included, as written), if there is one.
    public func attribute(_ name: String) -> XMLString? {
        attributes.first { $0.name == name }?.value
    }
}

/// An attribute: its name as written and its value with references decoded and whitespace normalized.
public struct XMLAttribute: Equatable, Sendable {
    public let name: XMLString
    public let value: XMLString

    public init(name: XMLString, value: XMLString) {
        self.name = name
        self.value = value
    }
}

/// UTF-8 text from a document: a slice of the document's bytes where nothing had to be decoded (no copy),
/// else of the decoded bytes.
public struct XMLString: Hashable, Sendable, CustomStringConvertible {
    public let bytes: ArraySlice<UInt8>

    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// The text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var description: String { string }

    /// The part of a name before its colon (`r` in `r:id`), if it has one.
    public var prefix: XMLString? {
        bytes.firstIndex(of: UInt8(ascii: ":")).map { XMLString(bytes[..<$0]) }
    }

    /// The part of a name after its colon, or the whole name (`id` in `r:id`).
    public var localName: XMLString {
        bytes.firstIndex(of: UInt8(ascii: ":")).map { XMLString(bytes[($0 + 1)...]) } ?? self
    }

    /// Whether the text is `string`, byte for byte (no copy).
    public static func == (text: XMLString, string: String) -> Bool {
        text.bytes.elementsEqual(string.utf8)
    }
}

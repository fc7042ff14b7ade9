/// A document that is not well-formed XML, or that the scanner refuses: the problem, and where (byte
/// offset, and line and column counted from 1, the column in characters).
public struct XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        case invalidUTF8
        /// A character that XML does not allow (a control character, U+FFFE or U+FFFF).
        case forbiddenCharacter(UInt32)
        /// A document type declaration, refused with any entity declarations in it (the "billion laughs").
        case doctype
        /// The document ends inside `construct` (a tag, comment, CDATA section or processing instruction).
        case unexpectedEnd(construct: String)
        /// The document ends with the element `name` still open.
        case unclosedElement(String)
        /// An end tag that does not close the innermost open element.
        case mismatchedEndTag(expected: String, found: String)
        /// An end tag with no element open.
        case unexpectedEndTag(String)
        /// Something other than `expected` where it must be.
        case expected(String)
        case duplicateAttribute(String)
        /// A `<` inside an attribute value.
        case lessThanInAttribute
        /// An `&` that starts no known entity or character reference.
        case badReference(String)
        /// A character reference to a code point that is no XML character.
        case invalidCharacterReference(String)
        /// Text before or after the root element.
        case textOutsideRoot
        case secondRootElement(String)
        case noRootElement
        /// Elements nested deeper than the limit.
        case tooDeep(limit: Int)
        /// More attributes on one element than the limit.
        case tooManyAttributes(limit: Int)
    }

    public let problem: Problem
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(_ problem: Problem, offset: Int, line: Int, column: Int) {
        self.problem = problem
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line L, column C: what is wrong.`, for a caller to put after the file's or part's name.
    public var description: String {
        "line \(line), column \(column): \(explanation)."
    }

    private var explanation: String {
        switch problem {
        case .invalidUTF8: return "the bytes are not valid UTF-8 text"
        case .forbiddenCharacter(let scalar): return "the character U+\(String(scalar, radix: 16, uppercase: true)) is not allowed in XML"
        case .doctype: return "a document type declaration (<!DOCTYPE), which is refused: a workbook never has one, and its entities can expand without end"
        case .unexpectedEnd(let construct): return "the document ends inside \(construct)"
        case .unclosedElement(let name): return "the document ends before the element <\(quoted(name))> is closed"
        case .mismatchedEndTag(let expected, let found): return "the end tag </\(quoted(found))> does not close <\(quoted(expected))>"
        case .unexpectedEndTag(let name): return "the end tag </\(quoted(name))> closes no element"
        case .expected(let what): return "expected \(what)"
        case .duplicateAttribute(let name): return "the attribute \(quoted(name)) is given twice"
        case .lessThanInAttribute: return "an attribute value contains '<'"
        case .badReference(let text): return "'&\(quoted(text))' is no entity or character reference (write '&amp;' for '&')"
        case .invalidCharacterReference(let text): return "the character reference '&\(quoted(text));' is no XML character"
        case .textOutsideRoot: return "text outside the root element"
        case .secondRootElement(let name): return "a second root element <\(quoted(name))>"
        case .noRootElement: return "the document has no element"
        case .tooDeep(let limit): return "elements are nested more than \(limit) deep"
        case .tooManyAttributes(let limit): return "an element has more than \(limit) attributes"
        }
    }

    private func quoted(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}

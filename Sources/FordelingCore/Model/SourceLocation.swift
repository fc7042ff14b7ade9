/// Where a value came from: a file, a line and, where it helps, a field or column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let field: String?

    public init(file: String, line: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
    }

    public func with(field: String) -> SourceLocation {
        SourceLocation(file: file, line: line, field: field)
    }

    /// `file:line: field 'x'`, the form editors and terminals recognise.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field { text += ": \(field)" }
        return text
    }
}

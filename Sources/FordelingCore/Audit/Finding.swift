/// One thing an audit found: how serious, where, and the printed and expected values.
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// Money or a printed total is wrong.
        case error = "fejl"
        /// A non-money column is wrong, or a number is written oddly.
        case warning = "advarsel"
        /// A rounding artefact, or an explanation.
        case info = "info"

        private var rank: Int { Severity.allCases.firstIndex(of: self) ?? Severity.allCases.count }  // always found: every case is in allCases
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public let severity: Severity
    public let location: SourceLocation?
    /// The row's party (or "I alt"), if the finding is about a row.
    public let party: String?
    public let column: String?
    public let printed: DecimalValue?
    public let expected: DecimalValue?
    /// What is wrong, in Danish.
    public let message: AuditMessage

    public init(_ severity: Severity, _ message: AuditMessage, location: SourceLocation? = nil, party: String? = nil, column: String? = nil,
                printed: DecimalValue? = nil, expected: DecimalValue? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.party = party
        self.column = column
        self.printed = printed
        self.expected = expected
    }

    /// printed − expected, when both are given.
    public var difference: DecimalValue? {
        guard let printed, let expected else { return nil }
        return printed.minus(expected)
    }
}

/// Words with exact numbers in them; the renderer writes the numbers the Danish way.
public struct AuditMessage: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public enum Part: Sendable, Equatable {
        case text(String)
        case number(DecimalValue)
    }

    public private(set) var parts: [Part] = []

    public init(stringLiteral value: String) {
        parts = [.text(value)]
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    /// The words with plain numbers (`.` as decimal point), for messages that are not rendered.
    public var description: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .number(let number): number.description
            }
        }.joined()
    }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ number: DecimalValue) {
            parts.append(.number(number))
        }

        public mutating func appendInterpolation(_ text: String) {
            parts.append(.text(text))
        }
    }
}

/// A problem with the inputs that the user can fix: where it is, what was expected, how to fix it.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let location: SourceLocation?
    public let problem: String
    public let fix: String

    public init(_ location: SourceLocation?, _ problem: String, fix: String) {
        self.location = location
        self.problem = problem
        self.fix = fix
    }

    /// `file:line: field: problem. fix`
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(problem). \(fix)"
    }

    /// `error` as an input error: itself if it is one, an overflow located at `location`. The computations
    /// that use this throw only input and overflow errors; anything else is reported as a bug, not trapped on.
    public static func from(_ error: any Error, at location: SourceLocation?) -> InputError {
        if let error = error as? InputError { return error }
        if let error = error as? OverflowError { return .overflow(error, at: location) }
        return InputError(location, "internal error: \(String(describing: error).abbreviated())",
                          fix: "This is a bug in Fordeling; nothing was written. Please report it with the inputs.")
    }

    /// An overflow, located at the definition or row that caused it.
    public static func overflow(_ error: OverflowError, at location: SourceLocation?) -> InputError {
        InputError(location, "the amounts are too large to compute exactly (\(error.operation) exceeds 38 digits)",
                   fix: "Check the total, rate and key values for misplaced digits.")
    }
}

extension String {
    /// For messages that echo what a user wrote: at most `limit` characters, then `…`.
    public func abbreviated(_ limit: Int = 40) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}

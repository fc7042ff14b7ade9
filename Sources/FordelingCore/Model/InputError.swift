/// A problem with the inputs that the user can fix: where it is and what it is. The presentation words it
/// (what was expected, how to fix it).
public struct InputError: Error, Equatable, Sendable {
    public let location: SourceLocation?
    public let problem: InputProblem

    public init(_ location: SourceLocation?, _ problem: InputProblem) {
        self.location = location
        self.problem = problem
    }

    /// A problem worded by a reader outside the core.
    public init(_ location: SourceLocation?, _ problem: String, fix: String) {
        self.init(location, .described(problem: problem, fix: fix))
    }

    /// `error` as an input error: itself if it is one, an overflow located at `location`. The computations
    /// that use this throw only input and overflow errors; anything else is reported as a bug, not trapped on.
    public static func from(_ error: any Error, at location: SourceLocation?) -> InputError {
        if let error = error as? InputError { return error }
        if let error = error as? OverflowError { return .overflow(error, at: location) }
        if let error = error as? LargestRemainder.Failure { return InputError(location, .apportionment(error)) }
        return InputError(location, .unexpected(String(describing: error)))
    }

    /// An overflow, located at the definition or row that caused it.
    public static func overflow(_ error: OverflowError, at location: SourceLocation?) -> InputError {
        InputError(location, .overflow(error))
    }
}

extension String {
    /// For messages that echo what a user wrote: at most `limit` characters, then `…`.
    public func abbreviated(_ limit: Int = 40) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}

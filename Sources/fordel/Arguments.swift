/// A usage error: the command line itself is wrong. Exit code 2.
struct UsageError: Error {
    let message: String
    let command: String?
}

/// Command-line options of the form `--name value` or `--name=value`, and positional arguments.
struct Arguments {
    private(set) var options: [String: String] = [:]
    /// Every value of the options that may be given more than once.
    private(set) var lists: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    /// Parses `arguments` for `command`, accepting only `allowed` options; those in `repeatable` may repeat.
    init(_ arguments: [String], command: String, allowed: [String], repeatable: Set<String> = []) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard allowed.contains(name) else {
                let known = allowed.map { "--\($0)" }.joined(separator: ", ")
                throw UsageError(message: "unknown option '--\(name)' for '\(command)'; it takes \(known.isEmpty ? "no options" : known)", command: command)
            }
            if value == nil {
                guard index < arguments.count else { throw UsageError(message: "option '--\(name)' needs a value", command: command) }
                value = arguments[index]
                index += 1
            }
            if repeatable.contains(name), let value {
                lists[name, default: []].append(value)
                continue
            }
            guard options[name] == nil else { throw UsageError(message: "option '--\(name)' is given twice", command: command) }
            options[name] = value
        }
    }

    subscript(_ name: String) -> String? { options[name] }

    func required(_ name: String, command: String) throws(UsageError) -> String {
        guard let value = options[name] else { throw UsageError(message: "'\(command)' needs --\(name)", command: command) }
        return value
    }

    func noPositionals(command: String) throws(UsageError) {
        if let first = positionals.first {
            throw UsageError(message: "unexpected argument '\(first)' for '\(command)'", command: command)
        }
    }
}

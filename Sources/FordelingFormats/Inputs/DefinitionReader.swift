import FordelingCore

/// Reads allocation definitions: `[id]` headers followed by `field = value` lines; `#` starts a comment.
/// The fields are documented in Inputs/README.md.
public enum DefinitionReader {
    /// Every field a definition may have.
    public static let fields = ["title", "year", "parties", "exclude", "rule", "key", "tiers", "total", "national", "rate", "add",
                                "pledge", "unit", "quantity", "decimals", "price", "mode", "divisor", "label", "columns", "compare",
                                "per", "per label", "per decimals", "percent decimals", "percent label", "hours", "hourly rate", "in kind share",
                                "in kind fixed", "in kind exempt", "match", "note"]
    /// The fields that may be given more than once.
    public static let repeatable: Set<String> = ["note", "pledge", "in kind fixed"]
    static let amountFields = ["total", "national", "rate"]

    /// One `[id]` block as written.
    struct Section {
        let id: String
        let location: SourceLocation
        var values: [String: (value: String, location: SourceLocation)] = [:]
        /// Values of repeatable fields, in order.
        var repeated: [String: [(value: String, location: SourceLocation)]] = [:]
    }

    public static func read(_ text: String, file: String) throws(InputError) -> [Definition] {
        var sections: [Section] = []
        for (number, rawLine) in TextLines.split(text) {
            let line = String(rawLine.prefix { $0 != "#" }).trimmingSpaces
            if line.isEmpty { continue }
            let location = SourceLocation(file: file, line: number)
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw InputError(location, "a definition header must end with ']'", fix: "Write the header as [id], e.g. [erhvervshus-2019].")
                }
                let id = String(line.dropFirst().dropLast()).trimmingSpaces
                try checkID(id, at: location)
                sections.append(Section(id: id, location: location))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw InputError(location, "expected 'field = value' or a header '[id]', found '\(line)'",
                                 fix: "Write one field per line, like 'total = 23.910.000 kr.'; start comments with '#'.")
            }
            let name = String(line[..<equals]).trimmingSpaces.lowercased()
            let value = String(line[line.index(after: equals)...]).trimmingSpaces
            let fieldLocation = location.with(field: "field '\(name)'")
            guard fields.contains(name) else {
                throw InputError(fieldLocation, "unknown field '\(name)'", fix: "Use one of: \(fields.joined(separator: ", ")).")
            }
            guard !sections.isEmpty else {
                throw InputError(fieldLocation, "field '\(name)' comes before any definition header", fix: "Start the definition with a header '[id]'.")
            }
            guard !value.isEmpty else {
                throw InputError(fieldLocation, "field '\(name)' has no value", fix: "Write a value after '=', or delete the line.")
            }
            if repeatable.contains(name) {
                sections[sections.count - 1].repeated[name, default: []].append((value, fieldLocation))
            } else if let earlier = sections[sections.count - 1].values[name] {
                throw InputError(fieldLocation, "field '\(name)' is set twice (first at line \(earlier.location.line ?? 0))",
                                 fix: "Keep one '\(name)' line.")
            } else {
                sections[sections.count - 1].values[name] = (value, fieldLocation)
            }
        }
        return try sections.map { (section) throws(InputError) in try DefinitionBuilder(section: section).definition() }
    }

    /// Ids name output files, so they are lowercase letters, digits and hyphens only.
    static func checkID(_ id: String, at location: SourceLocation) throws(InputError) {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !id.isEmpty, id.count <= 64, allowed, id.first != "-" else {
            throw InputError(location, "'\(id)' is not a valid definition id",
                             fix: "Use 1 to 64 lowercase letters a-z, digits and hyphens, e.g. erhvervshus-2019.")
        }
    }
}

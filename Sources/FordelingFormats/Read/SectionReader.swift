import FordelingCore

/// Reads the plain-text format of definitions and scenarios: `[id]` headers followed by `field = value`
/// lines; `#` starts a comment. Unknown fields, and known ones given twice, are located errors.
public struct SectionReader {
    /// One `[id]` block as written.
    struct Section {
        let id: String
        let location: SourceLocation
        var values: [String: (value: String, location: SourceLocation)] = [:]
        /// Values of repeatable fields, in order.
        var repeated: [String: [(value: String, location: SourceLocation)]] = [:]
    }

    let fields: [String]
    let repeatable: Set<String>
    /// "definition" or "scenario", for messages.
    let kind: String
    /// Ids that may not be used, compared case-insensitively.
    var reserved: [String] = []

    /// The names Fordeling writes into Outputs/ for itself, which a sheet id (the name of `ID.csv` and `ID.md`)
    /// must not take, compared case-insensitively as macOS and Windows compare file names: `README.md` (the
    /// index), `audit.md`, `scenarios/` (with each scenario's `README.md` and `oversigt.csv`), and the
    /// `index.html` and `fordeling.xlsx` to come. Ids cannot start with `.`, so hidden names are safe.
    static let outputNames = ["audit", "fordeling", "index", "oversigt", "readme", "scenarios"]

    func read(_ text: String, file: String) throws(InputError) -> [Section] {
        var sections: [Section] = []
        for (number, rawLine) in TextLines.split(text) {
            let line = String(rawLine.prefix { $0 != "#" }).trimmingSpaces
            if line.isEmpty { continue }
            let location = SourceLocation(file: file, line: number)
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw InputError(location, "a \(kind) header must end with ']'", fix: "Write the header as [id], e.g. [erhvervshus-2019].")
                }
                let id = String(line.dropFirst().dropLast()).trimmingSpaces
                try SectionReader.checkID(id, kind: kind, at: location)
                if reserved.contains(id.lowercased()) {
                    throw InputError(location, "the id '\(id)' is reserved: Fordeling writes a file or folder of that name in Outputs/",
                                     fix: "Choose another id; \(reserved.joined(separator: ", ")) are reserved.")
                }
                sections.append(Section(id: id, location: location))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw InputError(location, "expected 'field = value' or a header '[id]', found '\(line.abbreviated())'",
                                 fix: "Write one field per line, like 'total = 23.910.000 kr.'; start comments with '#'.")
            }
            let name = String(line[..<equals]).trimmingSpaces.lowercased()
            let value = String(line[line.index(after: equals)...]).trimmingSpaces
            let fieldLocation = location.with(field: "field '\(name.abbreviated())'")
            guard fields.contains(name) else {
                throw InputError(fieldLocation, "unknown field '\(name.abbreviated())'", fix: "Use one of: \(fields.joined(separator: ", ")).")
            }
            guard !sections.isEmpty else {
                throw InputError(fieldLocation, "field '\(name)' comes before any \(kind) header", fix: "Start the \(kind) with a header '[id]'.")
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
        return sections
    }

    /// Ids name output files and folders, so they are lowercase letters, digits and hyphens only.
    public static func checkID(_ id: String, kind: String, at location: SourceLocation) throws(InputError) {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !id.isEmpty, id.count <= 64, allowed, id.first != "-" else {
            throw InputError(location, "'\(id.abbreviated())' is not a valid \(kind) id",
                             fix: "Use 1 to 64 lowercase letters a-z, digits and hyphens, e.g. erhvervshus-2019.")
        }
    }
}

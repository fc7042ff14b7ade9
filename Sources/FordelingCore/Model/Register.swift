/// The register of municipalities: finds one by kommunenummer or any accepted spelling.
public struct Register: Sendable {
    public let municipalities: [Municipality]
    private let byName: [String: Int]

    /// Fails on a kommunenummer or spelling used twice.
    public init(_ municipalities: [Municipality]) throws(InputError) {
        var byName: [String: Int] = [:]
        for (index, municipality) in municipalities.enumerated() {
            for spelling in [municipality.code, municipality.name] + municipality.spellings {
                let key = normalisedName(spelling)
                if let other = byName[key], other != index {
                    throw InputError(municipality.location, "'\(spelling)' is already used by \(municipalities[other].name) (\(municipalities[other].location))",
                                     fix: "Give every municipality its own kommunenummer and spellings.")
                }
                byName[key] = index
            }
        }
        self.municipalities = municipalities
        self.byName = byName
    }

    /// The municipality with this kommunenummer or spelling, if any.
    public func municipality(named name: String) -> Municipality? {
        byName[normalisedName(name)].map { municipalities[$0] }
    }

    /// The members of a KKR ("Sjælland", "KKR Sjælland", "Region Sjælland"), in register order.
    public func members(ofKKR name: String) -> [Municipality] {
        let wanted = normalisedName(Register.bareKKRName(name))
        return municipalities.filter { normalisedName($0.kkr) == wanted }
    }

    public var kkrNames: [String] {
        municipalities.reduce(into: [String]()) { names, m in
            if !names.contains(m.kkr) { names.append(m.kkr) }
        }
    }

    static func bareKKRName(_ name: String) -> String {
        let trimmed = name.trimmingSpaces
        for prefix in ["KKR ", "kkr ", "Region ", "region "] where trimmed.hasPrefix(prefix) {
            return String(trimmed.dropFirst(prefix.count))
        }
        return trimmed
    }

    /// The located error for a name the register does not know, with suggestions.
    public func unknownMunicipality(_ name: String, at location: SourceLocation, registerFile: String) -> InputError {
        let names = municipalities.flatMap { [$0.name] + $0.spellings }
        let suggestions = closestNames(to: name, among: names)
        let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        return InputError(location, "unknown municipality '\(name)'",
                          fix: "Use a name, spelling or kommunenummer listed in \(registerFile), or add the spelling there.\(hint)")
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

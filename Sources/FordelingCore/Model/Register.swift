/// The register of parties: the municipalities (by kommunenummer or any accepted spelling) and the other
/// organisations (regions, companies, groups of municipalities) that sheets may name.
public struct Register: Sendable {
    public let municipalities: [Municipality]
    public let organisations: [Organisation]
    /// Normalised spelling → party.
    private let byName: [String: Party]
    /// Normalised KKR name → its members, in register order.
    private let byKKR: [String: [Municipality]]

    /// Fails on a kommunenummer, name or spelling used twice.
    public init(_ municipalities: [Municipality], organisations: [Organisation] = []) throws(InputError) {
        // Each entry (a row of the register) by its position: two entries never share a name, even one party's.
        var byName: [String: (party: Party, entry: Int, location: SourceLocation)] = [:]
        func add(_ spellings: [String], _ party: Party, entry: Int, _ location: SourceLocation) throws(InputError) {
            for spelling in spellings {
                let normalised = normalisedName(spelling)
                if let other = byName[normalised], other.entry != entry {
                    throw InputError(location, .nameUsedTwice(spelling, by: other.party.name, at: other.location))
                }
                byName[normalised] = (party, entry, location)
            }
        }
        for (entry, m) in municipalities.enumerated() { try add([m.code, m.name] + m.spellings, Party(municipality: m), entry: entry, m.location) }
        for (entry, o) in organisations.enumerated() {
            try add([o.name] + o.spellings, Party(organisation: o), entry: municipalities.count + entry, o.location)
        }
        self.municipalities = municipalities
        self.organisations = organisations
        self.byName = byName.mapValues(\.party)
        self.byKKR = Dictionary(grouping: municipalities) { normalisedName($0.kkr) }
    }

    /// The municipality or organisation with this name, spelling or kommunenummer, if any.
    public func party(named name: String) -> Party? {
        byName[normalisedName(name)]
    }

    /// Every name, spelling and kommunenummer the register knows, normalised (`normalisedName`), with its party:
    /// what `party(named:)` looks up.
    public var partiesByName: [String: Party] { byName }

    public func municipality(named name: String) -> Municipality? {
        guard let party = party(named: name), let code = party.code else { return nil }
        return municipalities.first { $0.code == code }
    }

    /// The kommunenumre of the municipalities `party` stands for: itself, a group's members, or none (a region, a company).
    public func municipalityCodes(of party: Party) -> [String] {
        if let code = party.code { return [code] }
        return organisations.first { $0.name == party.id }?.members.map(\.code) ?? []
    }

    /// The members of a KKR ("Sjælland", "KKR Sjælland", "Region Sjælland"), in register order.
    public func members(ofKKR name: String) -> [Municipality] {
        byKKR[normalisedName(Register.bareKKRName(name))] ?? []
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
    public func unknownParty(_ name: String, at location: SourceLocation?, registerFiles: [String]) -> InputError {
        let names = municipalities.flatMap { [$0.name] + $0.spellings } + organisations.flatMap { [$0.name] + $0.spellings }
        return InputError(location, .unknownParty(name, registerFiles: registerFiles, suggestions: closestNames(to: name, among: names)))
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    public var trimmingSpaces: String {
        // Most text has nothing to trim: say so from the first and last byte, without walking the characters.
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// A party set as it is built: each party once, and each municipality counted once (a group such as
/// "33 kommuner" stands for its members). Adding is constant time, so sets of any size build in linear time.
struct PartySet {
    let register: Register?
    private(set) var parties: [Party] = []
    private var members: Set<Party> = []
    /// Each municipality's kommunenummer → the party of the set that counts it (itself, or a group).
    private var countedBy: [String: Party] = [:]

    init(register: Register?) {
        self.register = register
    }

    /// A set of parties known to be distinct (a key's rows).
    init(register: Register?, distinct parties: [Party]) {
        self.register = register
        self.parties = parties
        self.members = Set(parties)
    }

    func contains(_ party: Party) -> Bool { members.contains(party) }

    /// Adds `party`, or says why it cannot join: it is in the set, or one of its municipalities already is.
    mutating func add(_ party: Party, at location: SourceLocation?) throws(InputError) {
        guard !members.contains(party) else {
            throw InputError(location, .partyListedTwice(party.name))
        }
        let codes = register?.municipalityCodes(of: party) ?? []
        for code in codes {
            guard let member = countedBy[code] else { continue }
            let group = { (p: Party) in p.code == code ? nil : p.name }
            throw InputError(location, .countedTwice(municipality: register?.party(named: code)?.name ?? code, first: group(member), second: group(party)))
        }
        for code in codes { countedBy[code] = party }
        members.insert(party)
        parties.append(party)
    }
}

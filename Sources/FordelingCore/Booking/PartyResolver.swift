/// Turns a definition's party set into the parties that pay.
///
/// With a register, names are municipalities or registered organisations; without one (ad hoc splits),
/// names are taken as written.
struct PartyResolver {
    let register: Register?
    /// The register's files, for messages.
    let registerFiles: [String]

    /// The members of the set, less the excluded ones. Members of a KKR come in the order of `order`
    /// (the rule's key), otherwise in register order. `key` supplies the parties of `.everyoneInKey`.
    func parties(of definition: Definition, key: KeyIndex?) throws(InputError) -> [Party] {
        var members = PartySet(register: register)
        switch definition.parties {
        case .everyoneInKey:
            members = PartySet(register: register, distinct: key?.parties ?? [])
        case .items(let items):
            for item in items {
                switch item {
                case .kkr(let name):
                    let found = try kkr(name, definition).enumerated().sorted { a, b in
                        (key?.position(of: a.element) ?? Int.max, a.offset) < (key?.position(of: b.element) ?? Int.max, b.offset)
                    }
                    for (_, party) in found { try members.add(party, at: definition.location(of: .parties)) }
                case .named(let name):
                    try members.add(try party(named: name, field: .parties, in: definition), at: definition.location(of: .parties))
                }
            }
        }
        var excluded: Set<Party> = []
        for name in definition.excluded {
            let party = try party(named: name, field: .excluded, in: definition)
            guard members.contains(party), excluded.insert(party).inserted else {
                throw InputError(definition.location(of: .excluded), .cannotExclude(party: party.name))
            }
        }
        let result = members.parties.filter { !excluded.contains($0) }
        guard !result.isEmpty else {
            throw InputError(definition.location(of: .parties), .emptyPartySet)
        }
        return result
    }

    /// The party `name` in `field` of `definition` denotes.
    func party(named name: String, field: Definition.Field, in definition: Definition) throws(InputError) -> Party {
        try party(named: name, at: definition.location(of: field))
    }

    /// The party `name`, written at `location`, denotes.
    func party(named name: String, at location: SourceLocation?) throws(InputError) -> Party {
        guard let register else { return Party(name: name) }
        guard let found = register.party(named: name) else {
            throw register.unknownParty(name, at: location, registerFiles: registerFiles)
        }
        return found
    }

    private func kkr(_ name: String, _ definition: Definition) throws(InputError) -> [Party] {
        guard let register else {
            throw InputError(definition.location(of: .parties), .kkrWithoutRegister)
        }
        let found = register.members(ofKKR: name)
        guard !found.isEmpty else {
            throw InputError(definition.location(of: .parties), .unknownKKR(name, known: register.kkrNames))
        }
        return found.map(Party.init(municipality:))
    }
}

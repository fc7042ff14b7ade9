/// Turns a definition's party set into the parties that pay.
///
/// With a register, names are municipalities or registered organisations; without one (ad hoc splits),
/// names are taken as written.
struct PartyResolver {
    let register: Register?
    let registerFile: String

    /// The members of the set, less the excluded ones. Members of a KKR come in the order of `order`
    /// (the rule's key), otherwise in register order. `key` supplies the parties of `.everyoneInKey`.
    func parties(of definition: Definition, key: KeyIndex?) throws(InputError) -> [Party] {
        var members: [Party] = []
        func append(_ party: Party) throws(InputError) {
            if let conflict = conflict(adding: party, to: members, at: definition.location(of: "parties")) { throw conflict }
            members.append(party)
        }
        switch definition.parties {
        case .everyoneInKey:
            members = key?.parties ?? []
        case .items(let items):
            for item in items {
                switch item {
                case .kkr(let name):
                    let found = try kkr(name, definition).enumerated().sorted { a, b in
                        (key?.position(of: a.element) ?? Int.max, a.offset) < (key?.position(of: b.element) ?? Int.max, b.offset)
                    }
                    for (_, party) in found { try append(party) }
                case .named(let name):
                    try append(try party(named: name, field: "parties", in: definition))
                }
            }
        }
        for name in definition.excluded {
            let party = try party(named: name, field: "exclude", in: definition)
            guard let index = members.firstIndex(of: party) else {
                throw InputError(definition.location(of: "exclude"), "\(party.name) is not in the party set, so it cannot be excluded",
                                 fix: "Remove it from 'exclude'.")
            }
            members.remove(at: index)
        }
        guard !members.isEmpty else {
            throw InputError(definition.location(of: "parties"), "the party set is empty", fix: "Name at least one party.")
        }
        return members
    }

    /// Why `party` cannot join `members`: it is one of them, or a municipality would be counted twice (a group
    /// such as "33 kommuner" stands for its members); nil if it can.
    func conflict(adding party: Party, to members: [Party], at location: SourceLocation?) -> InputError? {
        if members.contains(party) { return InputError(location, "\(party.name) is listed twice", fix: "Name each party once.") }
        guard let register else { return nil }
        let joining = Set(register.municipalityCodes(of: party))
        guard !joining.isEmpty else { return nil }
        for member in members {
            guard let twice = register.municipalityCodes(of: member).first(where: joining.contains) else { continue }
            let via = { (p: Party) in p.code == twice ? "by itself" : "as a member of \(p.name)" }
            return InputError(location, "\(register.party(named: twice)?.name ?? twice) is counted twice, \(via(member)) and \(via(party))",
                              fix: "Name each municipality once: a group such as \(member.code == nil ? member.name : party.name) already counts its members.")
        }
        return nil
    }

    /// The party `name` in `field` of `definition` denotes.
    func party(named name: String, field: String, in definition: Definition) throws(InputError) -> Party {
        try party(named: name, at: definition.location(of: field))
    }

    /// The party `name`, written at `location`, denotes.
    func party(named name: String, at location: SourceLocation?) throws(InputError) -> Party {
        guard let register else { return Party(name: name) }
        guard let found = register.party(named: name) else {
            throw register.unknownParty(name, at: location, registerFile: registerFile)
        }
        return found
    }

    private func kkr(_ name: String, _ definition: Definition) throws(InputError) -> [Party] {
        guard let register else {
            throw InputError(definition.location(of: "parties"), "a KKR needs the municipality register", fix: "List the parties by name instead.")
        }
        let found = register.members(ofKKR: name)
        guard !found.isEmpty else {
            let known = register.kkrNames.map { "KKR \($0)" }.joined(separator: ", ")
            throw InputError(definition.location(of: "parties"), "no KKR called '\(name)'", fix: "Write one of: \(known).")
        }
        return found.map(Party.init(municipality:))
    }
}

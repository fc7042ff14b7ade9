/// Turns a definition's party set into the parties that pay.
///
/// With a register, names are municipalities; without one (ad hoc splits), names are taken as written.
struct PartyResolver {
    let register: Register?
    let registerFile: String

    /// The members of the set, less the excluded ones. `key` supplies the parties of `.everyoneInKey`.
    func parties(of definition: Definition, key: KeyIndex?) throws(InputError) -> [Party] {
        var members: [Party] = []
        switch definition.parties {
        case .kkr(let name):
            guard let register else {
                throw InputError(definition.location(of: "parties"), "a KKR needs the municipality register",
                                 fix: "List the parties by name instead.")
            }
            let found = register.members(ofKKR: name)
            guard !found.isEmpty else {
                let known = register.kkrNames.map { "KKR \($0)" }.joined(separator: ", ")
                throw InputError(definition.location(of: "parties"), "no KKR called '\(name)'", fix: "Write one of: \(known).")
            }
            members = found.map(Party.init(municipality:))
        case .listed(let names):
            for name in names {
                let party = try self.party(named: name, field: "parties", in: definition)
                if members.contains(party) {
                    throw InputError(definition.location(of: "parties"), "\(party.name) is listed twice", fix: "Name each party once.")
                }
                members.append(party)
            }
        case .everyoneInKey:
            members = key?.entries.map(\.party) ?? []
        }
        for name in definition.excluded {
            let party = try self.party(named: name, field: "exclude", in: definition)
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

    private func party(named name: String, field: String, in definition: Definition) throws(InputError) -> Party {
        guard let register else { return Party(name: name) }
        guard let found = register.municipality(named: name) else {
            throw register.unknownMunicipality(name, at: definition.location(of: field) ?? SourceLocation(file: definition.id),
                                               registerFile: registerFile)
        }
        return Party(municipality: found)
    }
}

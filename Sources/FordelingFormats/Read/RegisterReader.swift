import FordelingCore

/// Reads the register: the municipalities (`kommunenummer;navn;region;kkr;andre stavemåder`) and the other
/// organisations (`navn;type;medlemmer;andre stavemåder`). Spellings are separated by `|`; the members of
/// a group are municipalities or `KKR <navn>`, separated by `,`. The 98 municipalities are built in
/// (`BuiltInRegister`); a file of municipalities adds to them, and replaces one with the same kommunenummer.
public enum RegisterReader {
    public static let municipalityColumns = ["kommunenummer", "navn", "region", "kkr", "andre stavemåder"]
    public static let organisationColumns = ["navn", "type", "medlemmer", "andre stavemåder"]
    /// The name of the built-in register in messages.
    public static let builtInFile = "the built-in register"

    /// The built-in municipalities with those of `municipalities` over them, and the organisations.
    public static func read(municipalities: CSVDocument? = nil, organisations: CSVDocument? = nil) throws(InputError) -> Register {
        var found = try readMunicipalities(try CSVReader.read(BuiltInRegister.municipalities, file: builtInFile))
        for municipality in try municipalities.map(readMunicipalities) ?? [] {
            if let index = found.firstIndex(where: { $0.code == municipality.code }) { found[index] = municipality } else { found.append(municipality) }
        }
        guard let organisations else { return try Register(found) }
        let withoutOrganisations = try Register(found)
        return try Register(found, organisations: try readOrganisations(organisations, register: withoutOrganisations))
    }

    private static func readMunicipalities(_ document: CSVDocument) throws(InputError) -> [Municipality] {
        let indices = try municipalityColumns.map { (name) throws(InputError) in try document.column(named: name) }
        var municipalities: [Municipality] = []
        for record in document.records {
            let field = { (i: Int) in record.fields[indices[i]] }
            let code = field(0)
            guard code.count == 3, code.allSatisfy(\.isASCIIDigit) else {
                throw InputError(document.location(record, column: indices[0]), "'\(code.abbreviated())' is not a three-digit kommunenummer",
                                 fix: "Write the official code, e.g. 253 for Greve.")
            }
            for i in 1...3 where field(i).isEmpty {
                throw InputError(document.location(record, column: indices[i]), "the \(municipalityColumns[i]) is empty", fix: "Fill it in.")
            }
            municipalities.append(Municipality(code: code, name: field(1), region: field(2), kkr: field(3), spellings: spellings(field(4)),
                                               location: document.location(line: record.line)))
        }
        return municipalities
    }

    private static func readOrganisations(_ document: CSVDocument, register: Register) throws(InputError) -> [Organisation] {
        let indices = try organisationColumns.map { (name) throws(InputError) in try document.column(named: name) }
        var organisations: [Organisation] = []
        for record in document.records {
            let field = { (i: Int) in record.fields[indices[i]] }
            for i in 0...1 where field(i).isEmpty {
                throw InputError(document.location(record, column: indices[i]), "the \(organisationColumns[i]) is empty", fix: "Fill it in.")
            }
            var members: [Municipality] = []
            for item in field(2).split(separator: ",").map({ String($0).trimmingSpaces }) where !item.isEmpty {
                let location = document.location(record, column: indices[2])
                if item.lowercased().hasPrefix("kkr ") {
                    let kkr = register.members(ofKKR: item)
                    guard !kkr.isEmpty else { throw InputError(location, "no KKR called '\(item.abbreviated())'", fix: "Write e.g. KKR Hovedstaden.") }
                    members += kkr
                } else if let municipality = register.municipality(named: item) {
                    members.append(municipality)
                } else {
                    throw register.unknownParty(item, at: location, registerFiles: ["the municipality register"])
                }
            }
            if let twice = members.first(where: { m in members.filter { $0 == m }.count > 1 }) {
                throw InputError(document.location(record, column: indices[2]), "\(twice.name) is a member twice", fix: "List each member once.")
            }
            organisations.append(Organisation(name: field(0), type: field(1), members: members, spellings: spellings(field(3)),
                                              location: document.location(line: record.line)))
        }
        return organisations
    }

    private static func spellings(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}

@testable import FordelingCore

/// Small hand-made registers, keys and definitions for core tests.
enum TestModel {
    static let file = "test.txt"

    static func register() throws -> Register {
        let rows: [(String, String, String, [String])] = [
            ("253", "Greve", "Sjælland", []), ("259", "Køge", "Sjælland", []), ("350", "Lejre", "Sjælland", []),
            ("101", "København", "Hovedstaden", ["Københavns Kommune"]), ("169", "Høje-Taastrup", "Hovedstaden", ["Høje Tåstrup"]),
        ]
        let municipalities = rows.enumerated().map { index, row in
            Municipality(code: row.0, name: row.1, region: "Region \(row.2)", kkr: row.2, spellings: row.3,
                         location: SourceLocation(file: "register.csv", line: index + 2))
        }
        let organisations = [
            Organisation(name: "Regionen", type: "region", members: [], spellings: [], location: SourceLocation(file: "org.csv", line: 2)),
            Organisation(name: "Stort selskab", type: "selskab", members: [], spellings: [], location: SourceLocation(file: "org.csv", line: 3)),
            Organisation(name: "Lille selskab", type: "selskab", members: [], spellings: [], location: SourceLocation(file: "org.csv", line: 4)),
            Organisation(name: "To kommuner", type: "kommunegruppe", members: Array(municipalities.prefix(2)), spellings: [],
                         location: SourceLocation(file: "org.csv", line: 5)),
        ]
        return try Register(municipalities, organisations: organisations)
    }

    static func key(_ id: String, _ rows: [(String, DecimalValue)], register: Register?) throws -> KeyIndex {
        let table = KeyTable(id: id, columns: [id], source: "test", vintage: "2019", file: "\(id).csv",
                             rows: rows.enumerated().map { index, row in
                                 KeyTable.Row(party: row.0, values: [.number(row.1)], location: SourceLocation(file: "\(id).csv", line: index + 2))
                             })
        return try KeyIndex(table, register: register, registerFiles: ["register.csv"])
    }

    /// A key whose values are words (tier names) or numbers, as written.
    static func textKey(_ id: String, _ rows: [(String, String)], register: Register) throws -> KeyIndex {
        let table = KeyTable(id: id, columns: ["Niveau"], source: "test", vintage: "2024", file: "\(id).csv",
                             rows: rows.enumerated().map { index, row in
                                 KeyTable.Row(party: row.0, values: [.text(row.1, problem: "not a number")],
                                              location: SourceLocation(file: "\(id).csv", line: index + 2))
                             })
        return try KeyIndex(table, register: register, registerFiles: ["register.csv"])
    }

    /// A definition of `rule` by `key`, with what `change` sets of its allocation and extras.
    static func definition(_ id: String = "test", parties: Definition.PartySet = .items([.kkr("Sjælland")]), rule: Rule, key: String? = "pop",
                           year: Int? = 2019, _ change: (inout Definition.Allocation, inout Definition.Extras) -> Void = { _, _ in }) throws -> Definition {
        var allocation = Definition.Allocation(rule: rule, key: key.map { KeyReference($0) })
        var extras = Definition.Extras()
        change(&allocation, &extras)
        return try Definition(id: id, title: "Test \(id)", year: year, membership: .init(parties), allocation: allocation, extras: extras,
                              locations: [.id: SourceLocation(file: file, line: 1), .key: SourceLocation(file: file, line: 5, field: "field 'key'")])
    }

    static func decimal(_ text: String) -> DecimalValue {
        let parts = text.split(separator: ".")
        return DecimalValue(units: Int128(parts.joined())!, scale: parts.count == 2 ? parts[1].count : 0)
    }

    static func amounts(_ sheet: Sheet) -> [Int128] {
        sheet.rows.map { row in
            guard let value = sheet.cell(party: row.party.id, role: .amount)?.amount else { return -1 }
            return value
        }
    }
}

extension DecimalValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(units: Int128(value)) }
}

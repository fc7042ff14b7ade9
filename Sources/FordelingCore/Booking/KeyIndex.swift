/// A key table with each row matched to its party: municipalities through the register, or plain names.
public struct KeyIndex: Sendable {
    public struct Entry: Sendable {
        public let party: Party
        public let value: ExactDecimal
        public let location: SourceLocation
    }

    public let table: KeyTable
    /// In the table's row order.
    public let entries: [Entry]
    private let byPartyID: [String: Int]

    /// Matches every row through `register`, or by plain name when `register` is nil.
    /// Fails on an unknown municipality or a party listed twice.
    public init(_ table: KeyTable, register: Register?, registerFile: String) throws(InputError) {
        var entries: [Entry] = []
        var byPartyID: [String: Int] = [:]
        for row in table.rows {
            let party: Party
            if let register {
                guard let municipality = register.municipality(named: row.party) else {
                    throw register.unknownMunicipality(row.party, at: row.location, registerFile: registerFile)
                }
                party = Party(municipality: municipality)
            } else {
                party = Party(name: row.party)
            }
            if let first = byPartyID[party.id] {
                throw InputError(row.location, "\(party.name) is listed twice (first at line \(entries[first].location.line ?? 0))",
                                 fix: "Keep one row per party in \(table.file).")
            }
            byPartyID[party.id] = entries.count
            entries.append(Entry(party: party, value: row.value, location: row.location))
        }
        self.table = table
        self.entries = entries
        self.byPartyID = byPartyID
    }

    public func entry(for party: Party) -> Entry? {
        byPartyID[party.id].map { entries[$0] }
    }

    /// The row position of `party`, for ordering sheets like their key.
    public func position(of party: Party) -> Int? {
        byPartyID[party.id]
    }
}

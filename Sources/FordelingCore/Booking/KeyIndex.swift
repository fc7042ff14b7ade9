/// A key table with each row matched to its party: through the register, or by plain name without one.
public struct KeyIndex: Sendable {
    public let table: KeyTable
    /// The parties in the table's row order.
    public let parties: [Party]
    private let rowByPartyID: [String: Int]

    /// Fails on an unknown party or a party listed twice.
    public init(_ table: KeyTable, register: Register?, registerFiles: [String]) throws(InputError) {
        var parties: [Party] = []
        var rowByPartyID: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            let party: Party
            if let register {
                guard let found = register.party(named: row.party) else {
                    throw register.unknownParty(row.party, at: row.location, registerFiles: registerFiles)
                }
                party = found
            } else {
                party = Party(name: row.party)
            }
            if let first = rowByPartyID[party.id] {
                throw InputError(row.location, .partyInKeyTwice(party: party.name, firstLine: table.rows[first].location.line ?? 0, file: table.file))
            }
            rowByPartyID[party.id] = index
            parties.append(party)
        }
        self.table = table
        self.parties = parties
        self.rowByPartyID = rowByPartyID
    }

    /// The row position of `party`, for ordering sheets like their key.
    public func position(of party: Party) -> Int? {
        rowByPartyID[party.id]
    }

    /// The value of `party` in value column `column`, or nil when the party has no row.
    public func value(of party: Party, column: Int) -> (value: KeyTable.Value, location: SourceLocation)? {
        guard let index = rowByPartyID[party.id] else { return nil }
        let row = table.rows[index]
        return (row.values[column], row.location.with(column: column + 1, field: "column '\(table.columns[column])'"))
    }
}

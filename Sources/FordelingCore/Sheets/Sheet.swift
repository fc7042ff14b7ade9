/// A party's row: one cell per column.
public struct SheetRow: Sendable {
    public let party: Party
    public let cells: [Cell]
}

/// A computed allocation sheet: typed columns and cells, totals, the proof that it reconciles, and the facts
/// printed under it. Built only by `SheetCalculator`; words and number formats are the presentation's.
public struct Sheet: Sendable {
    public let id: String
    public let title: String
    public let year: Int?
    public let rule: Rule
    public let measure: Measure
    public let mode: RoundingMode
    public let columns: [SheetColumn]
    public let rows: [SheetRow]
    /// The total row, one cell per column.
    public let totals: [Cell]
    /// The main amount column's reconciliation.
    public let reconciliation: Reconciliation
    /// Further amount columns whose totals are sums of rows (e.g. contributions in kind), by role.
    public let otherReconciliations: [(role: ColumnRole, reconciliation: Reconciliation)]
    /// What is printed under the table: the basis of the figures.
    public let notes: [SheetNote]
    /// The input files the sheet was computed from.
    public let inputFiles: [String]
    /// How each row's amount was derived, in row order.
    public let derivations: [RowDerivation]
    /// Whether every party is a municipality (the party column is then headed as such).
    public let everyPartyIsAMunicipality: Bool
    /// Whether any party is a municipality (the sheet then shows kommunenumre).
    public let anyPartyIsAMunicipality: Bool
    /// The row of each party id.
    private let rowOfParty: [String: Int]

    public init(id: String, title: String, year: Int?, rule: Rule, measure: Measure, mode: RoundingMode,
                columns: [SheetColumn], rows: [SheetRow], totals: [Cell], reconciliation: Reconciliation,
                otherReconciliations: [(role: ColumnRole, reconciliation: Reconciliation)], notes: [SheetNote], inputFiles: [String],
                derivations: [RowDerivation]) {
        self.id = id
        self.title = title
        self.year = year
        self.rule = rule
        self.measure = measure
        self.mode = mode
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.reconciliation = reconciliation
        self.otherReconciliations = otherReconciliations
        self.notes = notes
        self.inputFiles = inputFiles
        self.derivations = derivations
        everyPartyIsAMunicipality = !rows.isEmpty && rows.allSatisfy { $0.party.code != nil }
        anyPartyIsAMunicipality = rows.contains { $0.party.code != nil }
        var rowOfParty: [String: Int] = [:]
        rowOfParty.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() where rowOfParty[row.party.id] == nil { rowOfParty[row.party.id] = index }
        self.rowOfParty = rowOfParty
    }

    /// The index in `rows` of the party with this id.
    public func row(of partyID: String) -> Int? {
        rowOfParty[partyID]
    }

    /// The index of the column with `role`.
    public func column(_ role: ColumnRole) -> Int? {
        columns.firstIndex { $0.role == role }
    }

    /// The cell of `party` in the column with `role`, if both exist.
    public func cell(party id: String, role: ColumnRole) -> Cell? {
        guard let column = column(role), let row = row(of: id) else { return nil }
        return rows[row].cells[column]
    }
}

/// A column of a sheet. The amount column has id `beløb`; others are named for what they hold.
public struct SheetColumn: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Amounts in stored units of a measure (øre for money).
        case amount(Measure)
        /// Exact numbers shown with their own decimals (key values, percentages, per inhabitant), or text.
        case number
    }

    public static let amountID = "beløb"
    public static let previousID = "tidligere"
    public static let differenceID = "forskel"
    public static let perUnitID = "pr-enhed"
    public static let fixedID = "fast"
    public static let keyedID = "nøgleandel"
    public static let hoursID = "timer"
    public static let inKindID = "naturalier"
    public static let valueID = "værdi"

    public let id: String
    public let label: String
    public let kind: Kind

    public init(id: String, label: String, kind: Kind) {
        self.id = id
        self.label = label
        self.kind = kind
    }

    public var isAmount: Bool {
        if case .amount = kind { return true }
        return false
    }
}

/// One cell of a sheet.
public enum Cell: Sendable, Equatable {
    /// In the stored units of its column's measure.
    case amount(Int128)
    case number(DecimalValue)
    case text(String)
    case empty
}

/// A party's row: one cell per column.
public struct SheetRow: Sendable {
    public let party: Party
    public let cells: [Cell]
}

/// A computed allocation sheet, ready to render. Built only by `SheetCalculator`.
public struct Sheet: Sendable {
    public let id: String
    public let title: String
    public let year: Int?
    public let rule: Rule
    public let measure: Measure
    public let mode: RoundingMode
    /// "Kommune" when every party is a municipality, otherwise "Part".
    public let partyHeading: String
    public let columns: [SheetColumn]
    public let rows: [SheetRow]
    /// The total row, one cell per column.
    public let totals: [Cell]
    /// The main amount column's reconciliation.
    public let reconciliation: Reconciliation
    /// Further amount columns whose totals are sums of rows (e.g. contributions in kind), by label.
    public let otherReconciliations: [(label: String, reconciliation: Reconciliation)]
    /// What is printed under the table: the basis of the figures.
    public let notes: [SheetNote]
    /// The input files the sheet was computed from.
    public let inputFiles: [String]
    /// How each row's amount was derived, in row order.
    public let derivations: [RowDerivation]
    /// The row of each party id.
    private let rowOfParty: [String: Int]

    public init(id: String, title: String, year: Int?, rule: Rule, measure: Measure, mode: RoundingMode, partyHeading: String,
                columns: [SheetColumn], rows: [SheetRow], totals: [Cell], reconciliation: Reconciliation,
                otherReconciliations: [(label: String, reconciliation: Reconciliation)], notes: [SheetNote], inputFiles: [String],
                derivations: [RowDerivation]) {
        self.id = id
        self.title = title
        self.year = year
        self.rule = rule
        self.measure = measure
        self.mode = mode
        self.partyHeading = partyHeading
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.reconciliation = reconciliation
        self.otherReconciliations = otherReconciliations
        self.notes = notes
        self.inputFiles = inputFiles
        self.derivations = derivations
        var rowOfParty: [String: Int] = [:]
        rowOfParty.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() where rowOfParty[row.party.id] == nil { rowOfParty[row.party.id] = index }
        self.rowOfParty = rowOfParty
    }

    /// The index in `rows` of the party with this id.
    public func row(of partyID: String) -> Int? {
        rowOfParty[partyID]
    }

    /// The cell of `party` in column `columnID`, if both exist.
    public func cell(party id: String, column columnID: String) -> Cell? {
        guard let column = columns.firstIndex(where: { $0.id == columnID }), let row = row(of: id) else { return nil }
        return rows[row].cells[column]
    }

    public func column(_ id: String) -> SheetColumn? {
        columns.first { $0.id == id }
    }
}

/// The arithmetic behind one row's amount, so an auditor can follow it by hand.
public struct RowDerivation: Sendable {
    public let party: Party
    /// The party's key weight and the key's total over the parties that share by key (nil for sums and pledges).
    public let weight: Fraction?
    public let weightTotal: Fraction?
    /// The amount split by key (the total less any pledges), in stored units.
    public let keyedTotal: Int128?
    /// The exact amount before rounding, in stored units.
    public let exactAmount: Fraction
    /// The largest-remainder step, for reconciled splits.
    public let apportionment: LargestRemainder.Share?
    /// The party's pledge, if it pays one instead of a key share.
    public let pledge: Definition.Pledge.Amount?
    /// The rounded amount in stored units.
    public let amount: Int128
}

/// A fact printed under a sheet's table; the renderer words it in Danish.
public enum SheetNote: Sendable {
    /// A key table used by the sheet, with its source and vintage.
    case key(label: String, source: String, vintage: String)
    /// The amount split by a given total (stored units).
    case total(Int128)
    /// The national amount that the percent key shares (øre).
    case nationalAmount(Int128)
    /// The rate per key unit (stored units, possibly fractional) and the key's label.
    case rate(Fraction, keyLabel: String)
    /// What is left after pledges, split by key over `parties` parties (stored units).
    case keyedRemainder(Int128, parties: Int)
    /// The tiers and their weights.
    case tiers([(name: String, weight: Fraction)])
    /// A published divisor that differs from the key's total.
    case divisor(DecimalValue, keyTotal: Fraction)
    /// Hours per organisation and the hourly rate (øre).
    case hours(perOrganisation: DecimalValue, hourlyRate: Int128)
    /// Contributions in kind as a share of the cash.
    case inKindShare(Fraction)
    /// Money to be matched 1:1 (øre), and what this sheet raises (øre).
    case matching(required: Int128, raised: Int128)
    /// The price per unit of a quantity (øre).
    case price(Int128)
    /// A sheet added into this one, and which of its columns.
    case component(title: String, column: String)
    /// A note written in the definition.
    case text(String)
}

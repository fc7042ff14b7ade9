/// A column of a sheet. The amount column has id `beløb`; others are named for what they hold.
public struct SheetColumn: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Money in øre, shown in kroner at the sheet's unit.
        case amount
        /// An exact number shown with its own decimals (key values, percentages, per-inhabitant).
        case number
    }

    public static let amountID = "beløb"
    public static let previousID = "tidligere"
    public static let differenceID = "forskel"
    public static let perUnitID = "pr-enhed"

    public let id: String
    public let label: String
    public let kind: Kind

    public init(id: String, label: String, kind: Kind) {
        self.id = id
        self.label = label
        self.kind = kind
    }
}

/// One cell of a sheet.
public enum Cell: Sendable, Equatable {
    case amount(Int128)
    case number(ExactDecimal)
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
    public let unit: RoundingUnit
    public let mode: RoundingMode
    /// "Kommune" when every party is a municipality, otherwise "Part".
    public let partyHeading: String
    public let columns: [SheetColumn]
    public let rows: [SheetRow]
    /// The total row, one cell per column.
    public let totals: [Cell]
    public let reconciliation: Reconciliation
    /// What is printed under the table: the basis of the figures.
    public let notes: [SheetNote]
    /// The input files the sheet was computed from.
    public let inputFiles: [String]
    /// How each row's amount was derived, in row order.
    public let derivations: [RowDerivation]

    /// The cell of `party` in column `columnID`, if both exist.
    public func cell(party id: String, column columnID: String) -> Cell? {
        guard let column = columns.firstIndex(where: { $0.id == columnID }),
              let row = rows.first(where: { $0.party.id == id }) else { return nil }
        return row.cells[column]
    }

    public func column(_ id: String) -> SheetColumn? {
        columns.first { $0.id == id }
    }
}

/// The arithmetic behind one row's amount, so an auditor can follow it by hand.
public struct RowDerivation: Sendable {
    public let party: Party
    /// The party's key value and the key's total over the sheet's parties (nil for sums).
    public let keyValue: ExactDecimal?
    public let keyTotal: ExactDecimal?
    /// The exact amount in øre before rounding.
    public let exactAmount: Fraction
    /// The largest-remainder step, for reconciled splits.
    public let apportionment: LargestRemainder.Share?
    /// The rounded amount in øre.
    public let amount: Int128
}

/// A fact printed under a sheet's table; the renderer words it in Danish.
public enum SheetNote: Sendable, Equatable {
    /// A key table used by the sheet, with its source and vintage.
    case key(label: String, source: String, vintage: String)
    /// The amount split by a given total (øre).
    case total(Int128)
    /// The national amount that the percent key shares (øre).
    case nationalAmount(Int128)
    /// The rate per key unit (øre) and the key's label.
    case rate(Fraction, keyLabel: String)
    /// A sheet added into this one, and which of its columns.
    case component(title: String, column: String)
    /// A note written in the definition.
    case text(String)
}

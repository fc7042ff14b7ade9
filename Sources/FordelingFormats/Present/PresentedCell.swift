import FordelingCore

/// A cell as the presentation hands it to a writer: words, or a number as the sheet shows it (each writer formats
/// numbers its own way: grouped for reading, plain for Excel, a typed number in a workbook). `role` says what a
/// number is, for writers that style or chart it.
public enum PresentedCell: Sendable, Equatable {
    case text(String)
    case number(DecimalValue, NumberKind)
    case empty

    /// What a number in a table is.
    public enum NumberKind: Sendable, Equatable {
        /// Money or a quantity of the sheet's measure.
        case amount(Measure)
        /// A share in percent.
        case percent
        /// Any other figure: a key value, a figure per unit, a count.
        case figure
    }

    /// A sheet's cell: its number as shown (an amount as its table presents it), a tier's word, or nothing.
    public init(_ cell: Cell) {
        switch cell {
        case .tier(let word): self = .text(word)
        case .flag(let holds): self = .text(holds ? "ja" : "nej")
        case .empty: self = .empty
        default:
            guard let shown = cell.shown else { self = .empty; return }
            switch cell {
            case .amount(let stored, let measure): self = .number(measure.presented(stored), .amount(measure))
            case .percent: self = .number(shown, .percent)
            default: self = .number(shown, .figure)
            }
        }
    }

    /// A value of a table as printed (an approved sheet's): a number, text, or nothing.
    public init(_ value: SheetTable.Value) {
        switch value {
        case .number(let number): self = .number(number, .figure)
        case .text(let text), .unreadable(let text): self = .text(text)
        case .empty: self = .empty
        }
    }

    /// The cell's text: numbers the Danish way, grouped in thousands or not.
    public func text(grouped: Bool) -> String {
        switch self {
        case .text(let text): text
        case .number(let value, _): DanishNumberFormat.string(value, grouped: grouped)
        case .empty: ""
        }
    }

    /// The text grouped, with a "+" before a positive number: how a change is written.
    public var signedText: String {
        if case .number(let value, _) = self, value.units > 0 { return "+" + text(grouped: true) }
        return text(grouped: true)
    }

    public var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

/// A table as the presentation hands it to a writer: the header, how many leading columns hold text (party,
/// kommunenummer), the rows and the total row.
public struct PresentedTable {
    public let header: [String]
    public let partyColumns: Int
    public let rows: [[PresentedCell]]
    public let totalRow: [PresentedCell]
}

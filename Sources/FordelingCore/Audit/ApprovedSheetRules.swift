/// What an approved sheet declares about its own arithmetic beyond its columns' roles: relations between its
/// columns that hold on every row (`Dimensionering 2020 = Nuværende dimensionering + Tilvækst`), agreed minimums of
/// its totals (`Hele landet ≥ 6.000`), a budget statement's result row, and what its rows are.
public struct ApprovedSheetRules: Sendable {
    /// `result = ± term ± term …`, by column index.
    public struct Relation: Sendable, Equatable {
        public struct Term: Sendable, Equatable {
            public let column: Int
            public let negative: Bool

            public init(column: Int, negative: Bool) {
                self.column = column
                self.negative = negative
            }
        }

        public let result: Int
        public let terms: [Term]
        /// As written, for findings.
        public let text: String

        public init(result: Int, terms: [Term], text: String) {
            self.result = result
            self.terms = terms
            self.text = text
        }
    }

    /// The total row's figure in `column` must be at least `value`.
    public struct Minimum: Sendable, Equatable {
        public let column: Int
        public let value: DecimalValue

        public init(column: Int, value: DecimalValue) {
            self.column = column
            self.value = value
        }
    }

    /// What the rows are.
    public enum Rows: Sendable, Equatable {
        /// Parties of the register (the default): each known, listed once, members of the sheet's KKR.
        case parties
        /// Items that are not parties (budget lines, activities, KKRs): not looked up in the register.
        case items
        /// Tiers of a count (a price list's `0 - 7`, `8 - 24`, `50 +`): each a range, the ranges ascending without
        /// gaps or overlaps; nil where a label is not a range.
        case tiers([PriceList.Tier?])
    }

    public var relations: [Relation]
    public var minimums: [Minimum]
    /// A budget statement's result row (income − expenses per period), which is not one of its lines.
    public var result: SheetTable.Row?
    public var rows: Rows

    public init(relations: [Relation] = [], minimums: [Minimum] = [], result: SheetTable.Row? = nil, rows: Rows = .parties) {
        self.relations = relations
        self.minimums = minimums
        self.result = result
        self.rows = rows
    }
}

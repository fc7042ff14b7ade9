/// The budget statement of a joint secretariat: budget lines (expenses and income) with a figure per period
/// (budget, accounts, next year's budget). Its sheet has a column of expenses and one of income per period, their
/// totals, and each period's result: income − expenses (a surplus, or a deficit below zero).
public struct BudgetStatement: Sendable, Equatable {
    public enum Side: Sendable, Hashable, CaseIterable {
        case expenses, income
    }

    /// A line's figure for one period.
    public enum Figure: Sendable, Equatable {
        /// Money in øre, as stated (whole kroner or with øre: statements mix them).
        case amount(Int128)
        /// The total of another sheet (e.g. this year's collection from the municipalities, indexed and split).
        case sheet(String)
        /// Nothing in this period.
        case none
    }

    public struct Line: Sendable, Equatable {
        public let name: String
        public let side: Side
        /// One figure per period.
        public let figures: [Figure]
        public let location: SourceLocation?

        public init(name: String, side: Side, figures: [Figure], location: SourceLocation?) {
            self.name = name
            self.side = side
            self.figures = figures
            self.location = location
        }
    }

    /// The periods' names, as the columns are headed: `Budget 2023`, `Regnskab 2023`, `Budget 2024`.
    public let periods: [String]
    public let lines: [Line]

    public init(periods: [String], lines: [Line]) {
        self.periods = periods
        self.lines = lines
    }

    /// The sheets whose totals the statement takes, in order of first use.
    public var sheets: [String] {
        var seen: Set<String> = []
        return lines.flatMap(\.figures).compactMap { figure in
            guard case .sheet(let id) = figure, seen.insert(id).inserted else { return nil }
            return id
        }
    }
}

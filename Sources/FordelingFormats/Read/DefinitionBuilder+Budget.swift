import FordelingCore

/// A budget statement as a definition writes it: `periods = Budget 2023, Regnskab 2023, Budget 2024`, then one
/// `expense = LINE: F1 | F2 | F3` or `income = …` per line, in the order printed; a figure is an amount (`1.690.518,25`),
/// `-` (none), or the id of a sheet whose total it takes.
extension DefinitionBuilder {
    func budget(_ measure: Measure) throws(InputError) -> BudgetStatement {
        let periods = list(.periods)
        var lines: [(line: Int, BudgetStatement.Line)] = []
        for (field, side) in [(Definition.Field.expense, BudgetStatement.Side.expenses), (.income, .income)] {
            for entry in repeated(field) {
                lines.append((entry.location.line ?? 0, try line(entry, side: side, measure: measure)))
            }
        }
        return BudgetStatement(periods: periods, lines: lines.sorted { $0.line < $1.line }.map(\.1))
    }

    private func line(_ entry: Entry, side: BudgetStatement.Side, measure: Measure) throws(InputError) -> BudgetStatement.Line {
        let field = DefinitionFields.name(of: side == .expenses ? .expense : .income)
        guard let colon = entry.value.lastIndex(of: ":"), !String(entry.value[..<colon]).trimmingSpaces.isEmpty else {
            throw InputError(entry.location, "expected 'line: figure | figure | …', found '\(entry.value.abbreviated())'",
                             fix: "Write e.g. '\(field) = Husleje: 33.076 | 33.889 | 37.618', one figure per period.")
        }
        let name = String(entry.value[..<colon]).trimmingSpaces
        let figures = try entry.value[entry.value.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
            .map { (text) throws(InputError) -> BudgetStatement.Figure in
                let figure = String(text).trimmingSpaces
                if figure.isEmpty || figure == "-" { return .none }
                if let value = try? DanishNumber.parse(figure) { return .amount(try stored(value, measure: .money(.øre), location: entry.location)) }
                guard (try? SectionReader.checkID(figure, kind: "sheet", at: entry.location)) != nil else {
                    throw InputError(entry.location, "'\(figure.abbreviated())' is neither an amount nor a sheet's id",
                                     fix: "Write an amount like 1.690.518,25, '-' for none, or the id of a sheet whose total it is.")
                }
                return .sheet(figure)
            }
        return BudgetStatement.Line(name: name, side: side, figures: figures, location: entry.location)
    }
}

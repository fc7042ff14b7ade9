/// Computes a budget statement's sheet: a row per budget line, per period a column of expenses and one of income,
/// the totals, and each period's result (income − expenses). Figures are as stated; one taken from another sheet
/// is that sheet's total.
struct BudgetRule {
    let statement: BudgetStatement
    let definition: Definition
    let context: AllocationContext

    /// Lines named once, each with a figure per period; a statement has at least one period.
    static func check(_ statement: BudgetStatement, definition: Definition) throws(InputError) {
        guard !statement.periods.isEmpty else { throw InputError(definition.location(of: .periods), .budgetWithoutPeriods) }
        var names: Set<String> = []
        for line in statement.lines {
            guard names.insert(normalisedName(line.name)).inserted else {
                throw InputError(line.location ?? definition.location(of: .id), .budgetLineTwice(line.name))
            }
            guard line.figures.count == statement.periods.count else {
                throw InputError(line.location ?? definition.location(of: .id),
                                 .budgetFigures(line: line.name, expected: statement.periods.count, found: line.figures.count))
            }
        }
    }

    func sheet() throws(InputError) -> Sheet {
        let measure = definition.measure
        var columns: [SheetColumn] = []
        var cells = [[Cell]](repeating: [], count: statement.lines.count)
        var totals: [Cell] = []
        var notes: [SheetNote] = []
        var sums: [BudgetStatement.Side: [Int128]] = [:]
        for (period, name) in statement.periods.enumerated() {
            for side in BudgetStatement.Side.allCases {
                columns.append(SheetColumn(role: .budget(period: name, side: side), heading: nil, measure: measure))
                var sum: Int128 = 0
                for (index, line) in statement.lines.enumerated() {
                    guard line.side == side, let amount = try figure(line, period: period, notes: &notes) else {
                        cells[index].append(.empty)
                        continue
                    }
                    cells[index].append(.amount(amount, measure))
                    do { sum = try sum.adding(amount, "column total") } catch { throw InputError.overflow(error, at: line.location) }
                }
                totals.append(.amount(sum, measure))
                sums[side, default: []].append(sum)
            }
        }
        let income = sums[.income] ?? [], expenses = sums[.expenses] ?? []
        for (period, name) in statement.periods.enumerated() {
            do {
                notes.append(.budgetResult(period: name, income: income[period], expenses: expenses[period],
                                           result: try income[period].subtracting(expenses[period], "income − expenses")))
            } catch {
                throw InputError.overflow(error, at: definition.location(of: .id))
            }
        }
        let rows = statement.lines.indices.map { SheetRow(party: Party(name: statement.lines[$0].name), cells: cells[$0]) }
        // The sheet's total is the last period's income: what the statement raises, for the run's summary.
        let total = income.last ?? 0
        let reconciliation = Reconciliation(basis: .sumOfRows, total: total, exactTotal: Fraction(total), sumOfRows: total)
        let derivations = rows.map { row in
            RowDerivation(party: row.party, weight: nil, weightTotal: nil, keyedTotal: nil, exactAmount: Fraction(0), apportionment: nil,
                          pledge: nil, amount: 0)
        }
        let layout = SheetLayout(definition: definition, context: context, parties: rows.map(\.party),
                                 rows: RowAmounts(derivations: derivations, reconciliation: reconciliation), pledges: [:])
        return Sheet(id: definition.id, title: definition.title, year: definition.year, rule: definition.rule, measure: measure,
                     mode: definition.mode, columns: columns, rows: rows, totals: totals, reconciliation: reconciliation,
                     otherReconciliations: [], notes: notes + definition.notes.map(SheetNote.text), inputFiles: layout.inputFiles(tables: []),
                     derivations: derivations)
    }

    /// A line's figure in øre, or nil when it has none in `period`.
    private func figure(_ line: BudgetStatement.Line, period: Int, notes: inout [SheetNote]) throws(InputError) -> Int128? {
        switch line.figures[period] {
        case .none: return nil
        case .amount(let amount): return amount
        case .sheet(let id):
            guard let sheet = context.sheets[id] else { throw InputError(line.location, .sheetNotComputed(id)) }
            guard sheet.measure.isMoney else { throw InputError(line.location, .budgetFigureNotMoney(sheet: id)) }
            notes.append(.budgetFigure(line: line.name, period: statement.periods[period], sheet: id, title: sheet.title,
                                       amount: sheet.reconciliation.total))
            return sheet.reconciliation.total
        }
    }
}

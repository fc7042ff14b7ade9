/// Checks what an approved sheet declares about its own arithmetic: each relation between columns on every row
/// (and the total row), each minimum against the total row, a budget statement's columns against their totals and
/// each period's result against income − expenses, and a price list's tiers. A budget figure printed in whole kroner
/// whose exact value has øre, less than one krone away, is an evident rounding: information, not an error.
struct ApprovedRulesCheck {
    let approved: ApprovedSheet

    private var table: SheetTable { approved.table }
    private var rules: ApprovedSheetRules { approved.rules }

    func findings() -> [Finding] {
        relations() + minimums() + budget() + tiers()
    }

    private func number(_ row: SheetTable.Row?, _ column: Int) -> DecimalValue? {
        if case .number(let value)? = row?.values[column] { return value }
        return nil
    }

    /// Money columns make a broken relation an error; others a warning.
    private func severity(_ columns: [Int]) -> Finding.Severity {
        columns.contains { index in
            switch approved.roles[index] {
            case .amount, .budget: true
            default: false
            }
        } ? .error : .warning
    }

    private func relations() -> [Finding] {
        var findings: [Finding] = []
        for relation in rules.relations {
            let columns = [relation.result] + relation.terms.map(\.column)
            for row in table.rows + (table.total.map { [$0] } ?? []) {
                guard let printed = number(row, relation.result) else { continue }
                var terms: [DecimalValue] = []
                for term in relation.terms {
                    guard let value = number(row, term.column) else { break }
                    terms.append(term.negative ? DecimalValue(units: -value.units, scale: value.scale) : value)
                }
                guard terms.count == relation.terms.count else { continue }
                guard let expected = DecimalValue.sum(terms) else {
                    findings.append(Finding(severity(columns), .notComputable(.sum(of: relation.text)), location: row.location, party: row.label,
                                            column: table.columns[relation.result]))
                    continue
                }
                guard !expected.isEqual(to: printed) else { continue }
                findings.append(Finding(severity(columns), .relationBroken(relation: relation.text), location: row.location, party: row.label,
                                        column: table.columns[relation.result], printed: printed, expected: expected))
            }
        }
        return findings
    }

    private func minimums() -> [Finding] {
        rules.minimums.compactMap { minimum in
            guard let total = table.total, let value = number(total, minimum.column), value.minus(minimum.value)?.isNegative == true else { return nil }
            return Finding(severity([minimum.column]), .belowMinimum, location: total.location, party: total.label,
                           column: table.columns[minimum.column], printed: value, expected: minimum.value)
        }
    }

    // MARK: Budget statements

    private func budget() -> [Finding] {
        var findings: [Finding] = []
        var totals: [String: [BudgetStatement.Side: DecimalValue]] = [:]
        var periods: [String] = []
        for (index, role) in approved.roles.enumerated() {
            guard case .budget(let period, let side) = role else { continue }
            if !periods.contains(period) { periods.append(period) }
            guard let sum = DecimalValue.sum(table.rows.compactMap { number($0, index) }) else {
                findings.append(Finding(.error, .notComputable(.columnSum), location: table.total?.location ?? SourceLocation(file: table.source),
                                        party: table.total?.label, column: table.columns[index]))
                continue
            }
            totals[period, default: [:]][side] = number(table.total, index) ?? sum
            guard let printed = number(table.total, index) else { continue }
            if let finding = compare(printed, sum, kind: .columnSum(sum: sum, total: printed), row: table.total, column: index) {
                findings.append(finding)
            }
        }
        guard let result = rules.result else { return findings }
        for period in periods {
            let columns = approved.roles.indices.filter { if case .budget(period, _) = approved.roles[$0] { true } else { false } }
            guard let column = columns.first(where: { number(result, $0) != nil }), let printed = number(result, column),
                  let income = totals[period]?[.income], let expenses = totals[period]?[.expenses] else { continue }
            guard let expected = income.minus(expenses) else {
                findings.append(Finding(.error, .notComputable(.difference(period, period)), location: result.location, party: result.label,
                                        column: table.columns[column]))
                continue
            }
            if let finding = compare(printed, expected, kind: .budgetResult(period: period, income: income, expenses: expenses), row: result,
                                     column: column) {
                findings.append(finding)
            }
        }
        return findings
    }

    /// Nothing when `printed` equals `expected`; information when it is `expected` rounded to whole kroner (less than one
    /// krone off, `expected` with øre, `printed` without); otherwise an error of `kind`.
    private func compare(_ printed: DecimalValue, _ expected: DecimalValue, kind: Finding.Kind, row: SheetTable.Row?, column: Int) -> Finding? {
        guard !printed.isEqual(to: expected) else { return nil }
        let location = row?.location ?? SourceLocation(file: table.source)
        let whole = { (value: DecimalValue) in (try? value.units(exactlyAt: 0)).flatMap { $0 } != nil }
        if whole(printed), !whole(expected), let difference = printed.minus(expected),
           let magnitude = try? difference.units(atScale: difference.scale), let one = try? Int128.powerOfTen(difference.scale),
           magnitude.magnitude < one.magnitude {
            return Finding(.info, .roundedToWholeKroner, location: location, party: row?.label, column: table.columns[column],
                           printed: printed, expected: expected)
        }
        return Finding(.error, kind, location: location, party: row?.label, column: table.columns[column], printed: printed, expected: expected)
    }

    // MARK: Price lists

    private func tiers() -> [Finding] {
        guard case .tiers(let tiers) = rules.rows else { return [] }
        var findings: [Finding] = []
        var valid: [(row: SheetTable.Row, tier: PriceList.Tier)] = []
        for (row, tier) in zip(table.rows, tiers) {
            guard let tier else {
                findings.append(Finding(.warning, .tierNotARange, location: row.location, party: row.label))
                continue
            }
            valid.append((row, tier))
        }
        for (index, problem) in PriceList.problems(valid.map(\.tier)) {
            findings.append(Finding(.warning, .tierProblem(problem), location: valid[index].row.location, party: valid[index].row.label))
        }
        return findings
    }
}

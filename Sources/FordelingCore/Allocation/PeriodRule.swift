/// The sheets of a definition over a period: a sheet per calendar year (the year's months of the amount per year,
/// as `AmountAdjustment` carries it) and the period's sheet, which adds the years per party and the amounts given
/// for the whole period.
struct PeriodRule {
    let total: Rule.PeriodTotal
    let definition: Definition
    let context: AllocationContext

    /// The year sheets, then the period's; ids `ID-YEAR` and `ID`.
    static func sheets(_ definition: Definition, in context: AllocationContext) throws(InputError) -> [Sheet] {
        guard let span = definition.extras.period else { return [try SheetCalculator.calculate(definition, in: context)] }
        var context = context
        var sheets: [Sheet] = []
        var extras = definition.extras
        extras.period = nil
        for year in span.period.years {
            var part = definition
            part.id = "\(definition.id)-\(year.year)"
            part.year = year.year
            part.partOfPeriod = Definition.PeriodYear(year: year, period: span.period)
            let sheet = try SheetCalculator.calculate(try part.changing(extras: extras, at: nil), in: context)
            context.sheets[sheet.id] = sheet
            sheets.append(sheet)
        }
        let total = Rule.PeriodTotal(period: span.period, years: sheets.map { ($0.year ?? 0, $0.id) }, wholePeriod: span.wholePeriod)
        let whole = try definition.changing(allocation: Definition.Allocation(rule: .period(total), key: nil, measure: definition.measure),
                                            extras: Definition.Extras(), at: nil)
        sheets.append(try PeriodRule(total: total, definition: whole, context: context).sheet())
        return sheets
    }

    func sheet() throws(InputError) -> Sheet {
        let measure = definition.measure
        var yearSheets: [Sheet] = []
        for (_, id) in total.years {
            guard let sheet = context.sheets[id] else { throw InputError(definition.location(of: .period), .sheetNotComputed(id)) }
            yearSheets.append(sheet)
        }
        var parties: [Party] = []
        for sheet in yearSheets { for row in sheet.rows where !parties.contains(row.party) { parties.append(row.party) } }
        let resolver = PartyResolver(register: context.register, registerFiles: context.registerFiles)
        let whole = try SheetCalculator.pledgesByParty(total.wholePeriod, field: .periodAmount, parties: parties, resolver: resolver,
                                                       definition: definition)
        var columns: [SheetColumn] = []
        var cells = [[Cell]](repeating: [], count: parties.count)
        var totals: [Cell] = []
        var yearSums = [Int128](repeating: 0, count: parties.count)
        var exactTotal = Fraction(0)
        do {
            for sheet in yearSheets {
                columns.append(SheetColumn(role: .periodYear(sheet.year ?? 0), heading: nil, measure: measure))
                for (index, party) in parties.enumerated() {
                    let amount = sheet.cell(party: party.id, role: .amount)?.amount
                    cells[index].append(amount.map { .amount($0, measure) } ?? .empty)
                    yearSums[index] = try yearSums[index].adding(amount ?? 0, "sum of the years")
                }
                totals.append(.amount(sheet.reconciliation.total, measure))
                exactTotal = try exactTotal.adding(sheet.reconciliation.exactTotal)
            }
            var amounts = yearSums
            if !whole.isEmpty {
                let wholeAmounts = parties.map { party -> Int128 in
                    if case .fixed(let amount)? = whole[party.id] { return amount }
                    return 0
                }
                columns.append(SheetColumn(role: .periodYears, heading: nil, measure: measure))
                columns.append(SheetColumn(role: .wholePeriod, heading: nil, measure: measure))
                for index in parties.indices {
                    cells[index].append(.amount(yearSums[index], measure))
                    cells[index].append(whole[parties[index].id] == nil ? .empty : .amount(wholeAmounts[index], measure))
                    amounts[index] = try yearSums[index].adding(wholeAmounts[index], "years + whole period")
                }
                let wholeSum = try wholeAmounts.checkedSum("whole period")
                totals.append(.amount(try yearSums.checkedSum("sum of the years"), measure))
                totals.append(.amount(wholeSum, measure))
                exactTotal = try exactTotal.adding(Fraction(wholeSum))
            }
            columns.append(SheetColumn(role: .amount, heading: definition.amountLabel, measure: measure))
            for index in parties.indices { cells[index].append(.amount(amounts[index], measure)) }
            let sum = try amounts.checkedSum("sum of rows")
            let periodTotal = try yearSheets.map(\.reconciliation.total).checkedSum("sum of the years")
                .adding(try parties.map { party -> Int128 in if case .fixed(let a)? = whole[party.id] { a } else { 0 } }.checkedSum("whole period"), "period total")
            totals.append(.amount(periodTotal, measure))
            let reconciliation = Reconciliation(basis: .sumOfRows, total: periodTotal, exactTotal: exactTotal, sumOfRows: sum)
            let derivations = parties.indices.map { index in
                RowDerivation(party: parties[index], weight: nil, weightTotal: nil, keyedTotal: nil, exactAmount: Fraction(amounts[index]),
                              apportionment: nil, pledge: nil, amount: amounts[index])
            }
            let layout = SheetLayout(definition: definition, context: context, parties: parties,
                                     rows: RowAmounts(derivations: derivations, reconciliation: reconciliation), pledges: [:])
            var notes: [SheetNote] = [.period(total.period, years: total.years.map(\.year))]
            for (index, party) in parties.enumerated() where whole[party.id] != nil {
                notes.append(.wholePeriod(party: party.name, amount: try amounts[index].subtracting(yearSums[index], "whole period")))
            }
            return Sheet(id: definition.id, title: definition.title, year: nil, rule: definition.rule, measure: measure, mode: .reconciled,
                         columns: columns, rows: parties.indices.map { SheetRow(party: parties[$0], cells: cells[$0]) }, totals: totals,
                         reconciliation: reconciliation, otherReconciliations: [], notes: notes + definition.notes.map(SheetNote.text),
                         inputFiles: layout.inputFiles(tables: []), derivations: derivations)
        } catch {
            throw InputError.overflow(error, at: definition.location(of: .period))
        }
    }
}

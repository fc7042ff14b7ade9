/// Computes a sum sheet: per party, the named columns of other sheets added together (nothing from a sheet
/// the party does not pay in). Every party of the added sheets must be a party of the sum.
struct SummedRule {
    let components: [ColumnReference]
    let parties: [Party]

    func amounts(in context: AllocationContext, definition: Definition) throws(InputError) -> RowAmounts {
        let location = definition.location(of: .add)
        var sumOfComponentTotals: Int128 = 0
        var rowSums = [Int128](repeating: 0, count: parties.count)
        let members = Set(parties)
        for reference in components {
            let (sheet, columnIndex) = try SummedRule.sheet(reference, in: context, definition: definition)
            if let stray = sheet.rows.first(where: { row in !members.contains(row.party) }) {
                throw InputError(location, .paysOutsideSum(party: stray.party.name, sheet: sheet.id, definition: definition.id))
            }
            guard case .amount(let total, _) = sheet.totals[columnIndex] else { continue }
            // A party that does not pay in a sheet (it left it, say) adds nothing from it.
            let values = parties.map { party -> Int128 in
                if case .amount(let value, _)? = sheet.cell(party: party.id, role: reference.role) { return value }
                return 0
            }
            do {
                sumOfComponentTotals = try sumOfComponentTotals.adding(total, "sum of component totals")
                for index in parties.indices { rowSums[index] = try rowSums[index].adding(values[index], "sum of components") }
            } catch {
                throw InputError.overflow(error, at: location)
            }
        }
        let sumOfRows: Int128
        do { sumOfRows = try rowSums.checkedSum("sum of rows") } catch { throw InputError.overflow(error, at: location) }
        let derivations = parties.indices.map { index in
            RowDerivation(party: parties[index], weight: nil, weightTotal: nil, keyedTotal: nil, exactAmount: Fraction(rowSums[index]),
                          apportionment: nil, pledge: nil, amount: rowSums[index])
        }
        let reconciliation = Reconciliation(basis: .sumOfRows, total: sumOfComponentTotals,
                                            exactTotal: Fraction(sumOfComponentTotals), sumOfRows: sumOfRows)
        return RowAmounts(derivations: derivations, reconciliation: reconciliation)
    }

    /// The referenced sheet and the index of its referenced amount column.
    static func sheet(_ reference: ColumnReference, in context: AllocationContext,
                      definition: Definition) throws(InputError) -> (Sheet, Int) {
        let location = definition.location(of: .add)
        guard let sheet = context.sheets[reference.sheet] else {
            throw InputError(location, .sheetNotComputed(reference.sheet))
        }
        // The sum's total is its sheets' totals added up, which its rows match only if theirs do.
        guard sheet.mode == .reconciled else {
            throw InputError(location, .addsPublishedSheet(sheet.id))
        }
        if let column = sheet.column(reference.role), let measure = sheet.columns[column].measure, measure != definition.measure {
            throw InputError(location, .addsOtherMeasure(sheet: sheet.id, measure: measure, definition: definition.id, definitionMeasure: definition.measure))
        }
        guard let index = sheet.columns.firstIndex(where: { $0.role == reference.role && $0.measure == definition.measure }) else {
            let amountColumns = sheet.columns.filter { $0.measure == definition.measure }.map(\.role)
            throw InputError(location, .noAmountColumn(sheet: sheet.id, column: reference.role, available: amountColumns))
        }
        return (sheet, index)
    }
}

/// The amount columns of a sheet beside its amount: added sheets' columns, previous amounts, pledges, a quantity's
/// value and contributions in kind.
extension SheetLayout {
    func componentColumn(_ reference: ColumnReference) throws -> Column {
        let (sheet, index) = try SummedRule.sheet(reference, in: context, definition: definition)
        let cells = parties.map { sheet.cell(party: $0.id, role: reference.role) ?? .empty }
        let column = sheet.columns[index]
        return (SheetColumn(role: .component(reference, title: sheet.title, heading: column.heading), heading: nil, measure: column.measure),
                cells, sheet.totals[index])
    }

    func previousColumn(_ reference: KeyReference, tables: inout [KeyTable]) throws -> (column: SheetColumn, amounts: [Int128]) {
        let values = try values(reference, field: .compare, tables: &tables)
        var amounts: [Int128] = []
        for (index, cell) in values.cells.enumerated() {
            guard case .keyValue(let value) = cell, let stored = try value.units(exactlyAt: measure.storedDecimals) else {
                throw InputError(values.locations[index], .previousAmountNotAnAmount(party: parties[index].name, decimals: measure.storedDecimals))
            }
            amounts.append(stored)
        }
        return (SheetColumn(role: .previous, heading: values.label, measure: measure), amounts)
    }

    /// The pledges (fixed or percentage) and, when some parties have none, what they pay by key.
    func pledgeColumns() throws -> [Column] {
        var fixed: [Cell] = []
        var keyed: [Cell] = []
        for (party, amount) in zip(parties, rows.amounts) {
            let pledged = pledges[party.id] != nil
            fixed.append(pledged ? .amount(amount, measure) : .empty)
            keyed.append(pledged ? .empty : .amount(amount, measure))
        }
        let fixedTotal = try zip(parties, rows.amounts).filter { pledges[$0.0.id] != nil }.map(\.1).checkedSum("pledges")
        let keyedTotal = try zip(parties, rows.amounts).filter { pledges[$0.0.id] == nil }.map(\.1).checkedSum("key shares")
        let fixedColumn = (SheetColumn(role: .fixedPledge, heading: nil, measure: measure), fixed, Cell.amount(fixedTotal, measure))
        guard !keyedParties.isEmpty else { return [fixedColumn] }
        return [fixedColumn, (SheetColumn(role: .keyedShare, heading: nil, measure: measure), keyed, .amount(keyedTotal, measure))]
    }

    /// A quantity valued at a price per unit, each row rounded half-up to whole kroner.
    func valueColumn(_ price: Int128) throws -> (Column, Reconciliation) {
        let divisor = try Int128.powerOfTen(measure.storedDecimals)
        let exact = try rows.amounts.map { (amount) throws(OverflowError) in
            Fraction.reduced(try amount.multiplied(by: price, "quantity × price"), divisor)
        }
        let (cells, reconciliation) = try rounded(exact, measure: moneyMeasure)
        return ((SheetColumn(role: .value, heading: nil, measure: moneyMeasure), cells, .amount(reconciliation.total, moneyMeasure)), reconciliation)
    }

    /// Each exact amount (in stored units of `measure`) rounded half-up at its unit, with the reconciliation of their sum.
    private func rounded(_ exact: [Fraction], measure: Measure) throws -> ([Cell], Reconciliation) {
        let step = measure.step
        var amounts: [Int128] = []
        var exactTotal = Fraction(0)
        for value in exact {
            amounts.append(try value.rounded(toMultiplesOf: step).multiplied(by: step, "rounded amount"))
            exactTotal = try exactTotal.adding(value)
        }
        let sum = try amounts.checkedSum("sum of rows")
        return (amounts.map { .amount($0, measure) }, Reconciliation(basis: .sumOfRows, total: sum, exactTotal: exactTotal, sumOfRows: sum))
    }

    /// Contributions in kind are money (hours at an hourly rate, fixed amounts), except a share of a quantity, which
    /// is that quantity (a share of årsværk is årsværk).
    var inKindMeasure: Measure {
        if case .shareOfCash? = definition.inKind, !measure.isMoney { return measure }
        return moneyMeasure
    }

    /// Contributions in kind: hours × hourly rate per organisation, or a share of the cash (or quantity); fixed where given.
    /// The hours column (with hours only), the money column, and its reconciliation.
    func inKindColumns() throws -> (hours: Column?, money: Column, reconciliation: Reconciliation) {
        let resolver = PartyResolver(register: context.register, registerFiles: context.registerFiles)
        let fixed = try SheetCalculator.pledgesByParty(definition.inKindFixed, field: .inKindFixed, parties: parties,
                                                       resolver: resolver, definition: definition)
        var exempt: Set<String> = []
        for name in definition.inKindExempt {
            let party = try resolver.party(named: name, field: .inKindExempt, in: definition)
            guard parties.contains(party) else {
                throw InputError(definition.location(of: .inKindExempt), .exemptNonParty(party: party.name, definition: definition.id))
            }
            exempt.insert(party.id)
        }
        var exact: [Fraction] = []
        var hours: [Cell] = []
        for (index, party) in parties.enumerated() {
            if case .fixed(let amount)? = fixed[party.id] {
                exact.append(Fraction(amount))
                hours.append(.empty)
                continue
            }
            if exempt.contains(party.id) {
                exact.append(Fraction(0))
                hours.append(.empty)
                continue
            }
            switch definition.inKind {
            case .hours(let perOrganisation, let rate)?:
                let partyHours = DecimalValue(units: try perOrganisation.units.multiplied(by: Int128(party.count), "hours"), scale: perOrganisation.scale)
                hours.append(.count(partyHours))
                let value = try partyHours.fraction
                exact.append(Fraction.reduced(try value.numerator.multiplied(by: rate, "hours × rate"), value.denominator))
            case .shareOfCash(let share)?:
                hours.append(.empty)
                let cash = rows.derivations[index].exactAmount
                exact.append(Fraction.reduced(try cash.numerator.multiplied(by: share.numerator, "share of cash"),
                                              try cash.denominator.multiplied(by: share.denominator, "share of cash")))
            case nil:
                hours.append(.empty)
                exact.append(Fraction(0))
            }
        }
        let (cells, reconciliation) = try rounded(exact, measure: inKindMeasure)
        let money = (SheetColumn(role: .inKind, heading: nil, measure: inKindMeasure), cells, Cell.amount(reconciliation.total, inKindMeasure))
        guard case .hours? = definition.inKind else { return (nil, money, reconciliation) }
        return ((SheetColumn(role: .hours, heading: nil), hours, try SheetLayout.sum(hours)), money, reconciliation)
    }
}

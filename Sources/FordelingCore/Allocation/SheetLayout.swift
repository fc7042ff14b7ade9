/// Lays out a computed sheet like the approved ones: information columns, pledges, amounts, comparison,
/// contributions in kind, totals and notes.
struct SheetLayout {
    typealias Column = (column: SheetColumn, cells: [Cell], total: Cell)

    let definition: Definition
    let context: AllocationContext
    let parties: [Party]
    let rows: RowAmounts
    let pledges: [String: Definition.Pledge.Amount]

    private var measure: Measure { definition.measure }
    /// Money columns beside a quantity are in kroner; beside money, at the sheet's unit.
    private var moneyMeasure: Measure { measure.isMoney ? measure : .money(.krone) }

    func sheet() throws(InputError) -> Sheet {
        var columns: [Column] = []
        var usedTables: [KeyTable] = []
        var others: [(label: String, reconciliation: Reconciliation)] = []
        do {
            for info in definition.columns { columns.append(try infoColumn(info, tables: &usedTables)) }
            if case .sum(let components) = definition.rule {
                for reference in components { columns.append(try componentColumn(reference)) }
            }
            var previous: [Int128]?
            if let reference = definition.compare {
                let column = try previousColumn(reference, tables: &usedTables)
                previous = column.amounts
                columns.append((column.column, column.amounts.map(Cell.amount), .amount(try column.amounts.checkedSum("previous total"))))
            }
            if !pledges.isEmpty { columns += try pledgeColumns() }
            let total = rows.reconciliation.total
            columns.append((SheetColumn(id: SheetColumn.amountID, label: definition.amountLabel, kind: .amount(measure)),
                            rows.amounts.map(Cell.amount), .amount(total)))
            if let previous {
                var differences: [Int128] = []
                for (amount, before) in zip(rows.amounts, previous) { differences.append(try amount.subtracting(before, "Forskel")) }
                columns.append((SheetColumn(id: SheetColumn.differenceID, label: "Forskel", kind: .amount(measure)),
                                differences.map(Cell.amount), .amount(try total.subtracting(try previous.checkedSum("previous total"), "Forskel"))))
            }
            if let price = definition.price {
                let (column, reconciliation) = try valueColumn(price)
                columns.append(column)
                others.append((column.column.label, reconciliation))
            }
            if definition.inKind != nil || !definition.inKindFixed.isEmpty {
                let (hours, money, reconciliation) = try inKindColumns()
                columns += (hours.map { [$0] } ?? []) + [money]
                others.append((money.column.label, reconciliation))
            }
            if let reference = definition.per {
                columns.append(try perUnitColumn(reference, total: total, tables: &usedTables))
            }
        } catch {
            throw InputError.from(error, at: definition.location(of: "columns"))
        }
        if case .table(let id, _)? = definition.key, let table = context.keys[id]?.table { usedTables.insert(table, at: 0) }

        let sheetRows = parties.indices.map { index in SheetRow(party: parties[index], cells: columns.map { $0.cells[index] }) }
        return Sheet(id: definition.id, title: definition.title, year: definition.year, rule: definition.rule,
                     measure: measure, mode: definition.mode,
                     partyHeading: parties.allSatisfy { $0.code != nil } ? "Kommune" : "Part",
                     columns: columns.map(\.column), rows: sheetRows, totals: columns.map(\.total),
                     reconciliation: rows.reconciliation, otherReconciliations: others, notes: notes(tables: usedTables),
                     inputFiles: inputFiles(tables: usedTables), derivations: rows.derivations)
    }

    /// The parties that share by key (all, when there are no pledges).
    private var keyedParties: [Party] { parties.filter { pledges[$0.id] == nil } }

    /// Values for every party: each must have one (previous amounts, the divisor of a per-unit column).
    private func values(_ reference: KeyReference, field: String, tables: inout [KeyTable]) throws(InputError) -> KeyValues {
        let values = try KeyValues(reference, for: parties, tiers: definition.tiers, context: context, definition: definition, field: field)
        if let table = values.table { tables.append(table) }
        return values
    }

    /// Values for the parties that share by key; pledged parties show theirs where the key has one
    /// (their cell is empty otherwise, or always when `keyedOnly`).
    private func values(_ reference: KeyReference, keyedOnly: Bool, field: String, tables: inout [KeyTable]) throws(InputError) -> (cells: [Cell], values: KeyValues) {
        let values = try KeyValues(reference, for: keyedParties, tiers: definition.tiers, context: context, definition: definition, field: field)
        if let table = values.table { tables.append(table) }
        var index: KeyIndex?
        if case .table(let id, _) = reference { index = context.keys[id] }
        let column = try values.table?.column(reference.column, at: definition.location(of: field))
        var cells: [Cell] = []
        var next = 0
        for party in parties {
            if pledges[party.id] == nil {
                cells.append(values.cells[next])
                next += 1
            } else if !keyedOnly, let column, case .number(let number)? = index?.value(of: party, column: column)?.value {
                cells.append(.number(number))
            } else {
                cells.append(.empty)
            }
        }
        return (cells, values)
    }

    private func infoColumn(_ info: Definition.InfoColumn, tables: inout [KeyTable]) throws -> Column {
        switch info {
        case .values(let reference):
            let (cells, values) = try values(reference, keyedOnly: false, field: "columns", tables: &tables)
            return (SheetColumn(id: reference.description, label: values.label, kind: .number), cells, try SheetLayout.sum(cells))
        case .share(let reference):
            // Shares of the parties that share by key: pledged parties take no share.
            let (_, values) = try values(reference, keyedOnly: true, field: "columns", tables: &tables)
            var sum = Fraction(0)
            for weight in values.weights { sum = try sum.adding(weight) }
            guard sum.numerator > 0 else {
                throw InputError(definition.location(of: "columns"), "key '\(reference)' sums to zero, so it has no shares", fix: "Check \(values.table?.file ?? "the key").")
            }
            let decimals = definition.percentDecimals
            let shares = try SharePercent.of(values.weights, decimals: decimals).map(Cell.number)
            var cells: [Cell] = []
            var next = 0
            for party in parties {
                if pledges[party.id] != nil { cells.append(.empty) } else { cells.append(shares[next]); next += 1 }
            }
            let hundred = DecimalValue(units: try Int128(100).multiplied(by: try Int128.powerOfTen(decimals), "percentage"), scale: decimals)
            return (SheetColumn(id: "andel-\(reference)", label: definition.percentLabel, kind: .number), cells, .number(hundred))
        }
    }

    private func componentColumn(_ reference: ColumnReference) throws -> Column {
        let (sheet, index) = try SummedRule.sheet(reference, in: context, definition: definition)
        let column = sheet.columns[index]
        let label = reference.column == SheetColumn.amountID ? sheet.title : "\(sheet.title): \(column.label)"
        let cells = parties.map { sheet.cell(party: $0.id, column: reference.column) ?? .empty }
        return (SheetColumn(id: "\(reference.sheet).\(reference.column)", label: label, kind: column.kind), cells, sheet.totals[index])
    }

    private func previousColumn(_ reference: KeyReference, tables: inout [KeyTable]) throws -> (column: SheetColumn, amounts: [Int128]) {
        let values = try values(reference, field: "compare", tables: &tables)
        var amounts: [Int128] = []
        for (index, cell) in values.cells.enumerated() {
            guard case .number(let value) = cell, let stored = try value.units(exactlyAt: measure.storedDecimals) else {
                throw InputError(values.locations[index], "the previous amount of \(parties[index].name) is not a number with at most \(measure.storedDecimals) decimals",
                                 fix: "Write it like 900.000 or 66.666,67.")
            }
            amounts.append(stored)
        }
        return (SheetColumn(id: SheetColumn.previousID, label: values.label, kind: .amount(measure)), amounts)
    }

    /// "Fast beløb" (fixed or percentage pledges) and "Andel efter nøgle" (the rest by key).
    private func pledgeColumns() throws -> [Column] {
        var fixed: [Cell] = []
        var keyed: [Cell] = []
        for (party, amount) in zip(parties, rows.amounts) {
            let pledged = pledges[party.id] != nil
            fixed.append(pledged ? .amount(amount) : .empty)
            keyed.append(pledged ? .empty : .amount(amount))
        }
        let fixedTotal = try zip(parties, rows.amounts).filter { pledges[$0.0.id] != nil }.map(\.1).checkedSum("pledges")
        let keyedTotal = try zip(parties, rows.amounts).filter { pledges[$0.0.id] == nil }.map(\.1).checkedSum("key shares")
        let fixedColumn = (SheetColumn(id: SheetColumn.fixedID, label: "Fast beløb", kind: .amount(measure)), fixed, Cell.amount(fixedTotal))
        guard !keyedParties.isEmpty else { return [fixedColumn] }
        return [fixedColumn, (SheetColumn(id: SheetColumn.keyedID, label: "Andel efter nøgle", kind: .amount(measure)), keyed, .amount(keyedTotal))]
    }

    /// A quantity valued at a price per unit, each row rounded half-up to whole kroner.
    private func valueColumn(_ price: Int128) throws -> (Column, Reconciliation) {
        let divisor = try Int128.powerOfTen(measure.storedDecimals)
        let exact = try rows.amounts.map { (amount) throws(OverflowError) in
            Fraction.reduced(try amount.multiplied(by: price, "quantity × price"), divisor)
        }
        let (cells, reconciliation) = try roundedMoney(exact)
        return ((SheetColumn(id: SheetColumn.valueID, label: "Værdi (kr.)", kind: .amount(moneyMeasure)), cells, .amount(reconciliation.total)), reconciliation)
    }

    /// Each exact amount (øre) rounded half-up at the money unit, with the reconciliation of their sum.
    private func roundedMoney(_ exact: [Fraction]) throws -> ([Cell], Reconciliation) {
        let step = moneyMeasure.step
        var amounts: [Int128] = []
        var exactTotal = Fraction(0)
        for value in exact {
            amounts.append(try value.rounded(toMultiplesOf: step).multiplied(by: step, "rounded amount"))
            exactTotal = try exactTotal.adding(value)
        }
        let sum = try amounts.checkedSum("sum of rows")
        return (amounts.map(Cell.amount), Reconciliation(basis: .sumOfRows, total: sum, exactTotal: exactTotal, sumOfRows: sum))
    }

    /// Contributions in kind: hours × hourly rate per organisation, or a share of the cash; fixed where given.
    /// The hours column (with hours only), the money column, and its reconciliation.
    private func inKindColumns() throws -> (hours: Column?, money: Column, reconciliation: Reconciliation) {
        let resolver = PartyResolver(register: context.register, registerFile: context.registerFile)
        let fixed = try SheetCalculator.pledgesByParty(definition.inKindFixed, field: "in kind fixed", parties: parties,
                                                       resolver: resolver, definition: definition)
        var exempt: Set<String> = []
        for name in definition.inKindExempt {
            let party = try resolver.party(named: name, field: "in kind exempt", in: definition)
            guard parties.contains(party) else {
                throw InputError(definition.location(of: "in kind exempt"), "\(party.name) is not a party of '\(definition.id)'", fix: "Remove it.")
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
                hours.append(.number(partyHours))
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
        let (cells, reconciliation) = try roundedMoney(exact)
        let money = (SheetColumn(id: SheetColumn.inKindID, label: "Medfinansiering, timer", kind: .amount(moneyMeasure)), cells, Cell.amount(reconciliation.total))
        guard case .hours? = definition.inKind else { return (nil, money, reconciliation) }
        return ((SheetColumn(id: SheetColumn.hoursID, label: "Timer", kind: .number), hours, try SheetLayout.sum(hours)), money, reconciliation)
    }

    private func perUnitColumn(_ reference: KeyReference, total: Int128, tables: inout [KeyTable]) throws -> Column {
        let values = try values(reference, field: "per", tables: &tables)
        let decimals = definition.perDecimals
        let storedScale = try Int128.powerOfTen(measure.storedDecimals)
        func perUnit(_ amount: Int128, _ value: Fraction) throws -> Cell {
            guard value.numerator > 0 else { return .empty }
            let perUnit = Fraction.reduced(try amount.multiplied(by: value.denominator, "per unit"),
                                           try value.numerator.multiplied(by: storedScale, "per unit"))
            return .number(try perUnit.roundedToDecimals(decimals: decimals))
        }
        var cells: [Cell] = []
        var keyTotal = Fraction(0)
        for (amount, value) in zip(rows.amounts, values.weights) {
            cells.append(try perUnit(amount, value))
            keyTotal = try keyTotal.adding(value)
        }
        return (SheetColumn(id: SheetColumn.perUnitID, label: definition.perLabel, kind: .number), cells, try perUnit(total, keyTotal))
    }

    private func notes(tables: [KeyTable]) -> [SheetNote] {
        var notes: [SheetNote] = []
        switch definition.rule {
        case .split(let total): notes.append(.total(total))
        case .shareOfNational(let national): notes.append(.nationalAmount(national))
        case .rate(let rate): notes.append(.rate(rate, keyLabel: ruleKeyLabel))
        case .sum(let components):
            for reference in components {
                if let sheet = context.sheets[reference.sheet], let column = sheet.column(reference.column) {
                    notes.append(.component(title: sheet.title, column: column.label))
                }
            }
        }
        if let keyedTotal = rows.keyedTotal, !pledges.isEmpty { notes.append(.keyedRemainder(keyedTotal, parties: keyedParties.count)) }
        if !definition.tiers.isEmpty { notes.append(.tiers(definition.tiers)) }
        if definition.mode == .published, let divisor = definition.divisor, let keyTotal = rows.derivations.compactMap(\.weightTotal).first {
            notes.append(.divisor(divisor, keyTotal: keyTotal))
        }
        switch definition.inKind {
        case .hours(let perOrganisation, let rate)?: notes.append(.hours(perOrganisation: perOrganisation, hourlyRate: rate))
        case .shareOfCash(let share)?: notes.append(.inKindShare(share))
        case nil: break
        }
        if let price = definition.price { notes.append(.price(price)) }
        if let match = definition.match { notes.append(.matching(required: match, raised: rows.reconciliation.total)) }
        var seen: Set<String> = []
        for table in tables where seen.insert(table.id).inserted {
            notes.append(.key(label: table.columns.joined(separator: ", "), source: table.source, vintage: table.vintage))
        }
        return notes + definition.notes.map(SheetNote.text)
    }

    /// The heading of the rule key's column, for the rate note.
    private var ruleKeyLabel: String {
        guard case .table(let id, let column)? = definition.key, let table = context.keys[id]?.table,
              let index = try? table.column(column, at: nil) else { return "ligelig vægt" }
        return table.columns[index]
    }

    /// The total of a column of numbers (empty cells count as nothing); empty when it holds text.
    static func sum(_ cells: [Cell]) throws(OverflowError) -> Cell {
        var numbers: [DecimalValue] = []
        for cell in cells {
            switch cell {
            case .number(let value): numbers.append(value)
            case .empty: continue
            case .amount, .text: return .empty
            }
        }
        let scale = DecimalValue.commonScale(numbers)
        var total: Int128 = 0
        for value in numbers { total = try total.adding(try value.units(atScale: scale), "column total") }
        return .number(DecimalValue(units: total, scale: scale))
    }

    private func inputFiles(tables: [KeyTable]) -> [String] {
        var files = Set(tables.map(\.file))
        if context.register != nil { files.formUnion(context.registerFiles) }
        if let file = definition.locations["id"]?.file { files.insert(file) }
        for id in definition.dependencies { files.formUnion(context.sheets[id]?.inputFiles ?? []) }
        return files.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

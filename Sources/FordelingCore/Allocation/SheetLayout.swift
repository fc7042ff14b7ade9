/// Lays out a computed sheet like the approved ones: information columns, pledges, amounts, comparison,
/// contributions in kind, totals and notes.
struct SheetLayout {
    typealias Column = (column: SheetColumn, cells: [Cell], total: Cell)

    let definition: Definition
    let context: AllocationContext
    let parties: [Party]
    let rows: RowAmounts
    let pledges: [String: Definition.Pledge.Amount]
    /// How the rule's amount was carried to the sheet's year, if it was.
    var indexed: IndexedAmount? = nil
    /// A quota's bounds per party, in whole units.
    var bounds: [BoundedLargestRemainder.Bounds]? = nil
    /// The price list tier of each party, for a fee sheet.
    var feeTiers: [Cell]? = nil

    var measure: Measure { definition.measure }
    /// Money columns beside a quantity are in kroner; beside money, at the sheet's unit.
    var moneyMeasure: Measure { measure.isMoney ? measure : .money(.krone) }

    func sheet() throws(InputError) -> Sheet {
        var columns: [Column] = []
        var usedTables: [KeyTable] = []
        var others: [(role: ColumnRole, reconciliation: Reconciliation)] = []
        do {
            for info in definition.columns { columns.append(try infoColumn(info, tables: &usedTables)) }
            if case .sum(let components) = definition.rule {
                for reference in components { columns.append(try componentColumn(reference)) }
            }
            var previous: [Int128]?
            if let reference = definition.compare {
                let column = try previousColumn(reference, tables: &usedTables)
                previous = column.amounts
                columns.append((column.column, column.amounts.map { .amount($0, measure) }, .amount(try column.amounts.checkedSum("previous total"), measure)))
            }
            if !pledges.isEmpty { columns += try pledgeColumns() }
            if let feeTiers, let list = feeList {
                columns.append((SheetColumn(role: .priceTier, heading: list.tierHeading), feeTiers, .empty))
            }
            let total = rows.reconciliation.total
            columns.append((SheetColumn(role: .amount, heading: definition.amountLabel, measure: measure),
                            rows.amounts.map { .amount($0, measure) }, .amount(total, measure)))
            if let previous {
                var differences: [Int128] = []
                for (amount, before) in zip(rows.amounts, previous) { differences.append(try amount.subtracting(before, "amount − previous")) }
                columns.append((SheetColumn(role: .difference, heading: nil, measure: measure), differences.map { .amount($0, measure) },
                                .amount(try total.subtracting(try previous.checkedSum("previous total"), "amount − previous"), measure)))
            }
            if let price = definition.price {
                let (column, reconciliation) = try valueColumn(price)
                columns.append(column)
                others.append((.value, reconciliation))
            }
            if definition.inKind != nil || !definition.inKindFixed.isEmpty {
                let (hours, money, reconciliation) = try inKindColumns()
                columns += (hours.map { [$0] } ?? []) + [money]
                others.append((.inKind, reconciliation))
            }
            columns += try quotaColumns(tables: &usedTables)
            if let reference = definition.per {
                columns.append(try perUnitColumn(reference, total: total, tables: &usedTables))
            }
        } catch {
            throw InputError.from(error, at: definition.location(of: .columns))
        }
        if case .table(let id, _)? = definition.key, let table = context.keys[id]?.table { usedTables.insert(table, at: 0) }

        let sheetRows = parties.indices.map { index in SheetRow(party: parties[index], cells: columns.map { $0.cells[index] }) }
        return Sheet(id: definition.id, title: definition.title, year: definition.year, rule: definition.rule,
                     measure: measure, mode: definition.mode, columns: columns.map(\.column), rows: sheetRows, totals: columns.map(\.total),
                     reconciliation: rows.reconciliation, otherReconciliations: others, notes: notes(tables: usedTables),
                     inputFiles: inputFiles(tables: usedTables), derivations: rows.derivations)
    }

    /// The parties that share by key (all, when there are no pledges).
    var keyedParties: [Party] { parties.filter { pledges[$0.id] == nil } }

    /// Values for every party: each must have one (previous amounts, the divisor of a per-unit column).
    func values(_ reference: KeyReference, field: Definition.Field, tables: inout [KeyTable]) throws(InputError) -> KeyValues {
        let values = try KeyValues(reference, for: parties, tiers: definition.tiers, context: context, definition: definition, field: field)
        if let table = values.table { tables.append(table) }
        return values
    }

    /// Values for the parties that share by key; pledged parties show theirs where the key has one
    /// (their cell is empty otherwise, or always when `keyedOnly`).
    func values(_ reference: KeyReference, keyedOnly: Bool, field: Definition.Field, tables: inout [KeyTable]) throws(InputError) -> (cells: [Cell], values: KeyValues) {
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
                cells.append(.keyValue(number))
            } else {
                cells.append(.empty)
            }
        }
        return (cells, values)
    }

    private func notes(tables: [KeyTable]) -> [SheetNote] {
        var notes: [SheetNote] = []
        switch definition.rule {
        case .split(let total): notes.append(.total(total))
        case .shareOfNational(let national): notes.append(.nationalAmount(national))
        case .rate(let rate): notes.append(.rate(rate, keyLabel: ruleKeyLabel))
        case .sum(let components):
            for reference in components {
                if let sheet = context.sheets[reference.sheet], let column = sheet.column(reference.role) {
                    notes.append(.component(title: sheet.title, role: reference.role, heading: sheet.columns[column].heading))
                }
            }
        case .fee(_, let column):
            if let list = feeList, let index = try? list.column(column, at: nil) {
                notes.append(.fees(list: list.id, column: list.columns[index], source: list.source, vintage: list.vintage))
            }
        case .budget, .period:
            break
        }
        if let part = definition.partOfPeriod { notes.append(.periodYear(part)) }
        if let indexed { notes.append(.indexed(indexed)) }
        if let deviation = definition.allocation.bounds.deviation { notes.append(.deviation(deviation)) }
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
            notes.append(.key(label: table.columns.joined(separator: ", "), source: table.source, vintage: table.vintage,
                              changedByScenario: table.changedByScenario))
            if let index = context.keys[table.id], let unused = unusedRows(of: index) { notes.append(unused) }
        }
        return notes + definition.notes.map(SheetNote.text)
    }

    /// The rows of a key table no party of the sheet uses, if any; the municipalities among them counted, not named,
    /// when the key has a row for every municipality of the country.
    private func unusedRows(of index: KeyIndex) -> SheetNote? {
        let used = Set(parties.map(\.id))
        let unused = index.parties.filter { !used.contains($0.id) }
        guard !unused.isEmpty else { return nil }
        let label = index.table.columns.joined(separator: ", ")
        let codes = Set(index.parties.compactMap(\.code))
        guard let register = context.register, register.municipalities.allSatisfy({ codes.contains($0.code) }) else {
            return .unusedKeyRows(label: label, parties: unused.map(\.name), restOfCountry: nil)
        }
        return .unusedKeyRows(label: label, parties: unused.filter { $0.code == nil }.map(\.name), restOfCountry: unused.filter { $0.code != nil }.count)
    }

    /// The price list of a fee sheet.
    private var feeList: PriceList? {
        guard case .fee(let list, _) = definition.rule else { return nil }
        return context.priceLists[list]
    }

    /// The heading of the rule key's column, for the rate note; nil for equal weights.
    private var ruleKeyLabel: String? {
        guard case .table(let id, let column)? = definition.key, let table = context.keys[id]?.table,
              let index = try? table.column(column, at: nil) else { return nil }
        return table.columns[index]
    }

    /// The total of a column of key values or counts (empty cells count as nothing); empty when it holds tiers.
    static func sum(_ cells: [Cell]) throws(OverflowError) -> Cell {
        var numbers: [DecimalValue] = []
        var counts = false
        for cell in cells {
            switch cell {
            case .keyValue(let value): numbers.append(value)
            case .count(let value): numbers.append(value); counts = true
            case .empty: continue
            case .amount, .percent, .ratio, .tier, .flag: return .empty
            }
        }
        let scale = DecimalValue.commonScale(numbers)
        var total: Int128 = 0
        for value in numbers { total = try total.adding(try value.units(atScale: scale), "column total") }
        let sum = DecimalValue(units: total, scale: scale)
        return counts ? .count(sum) : .keyValue(sum)
    }

    func inputFiles(tables: [KeyTable]) -> [String] {
        var files = Set(tables.map(\.file))
        if context.register != nil { files.formUnion(context.registerFiles) }
        if let file = definition.locations[.id]?.file { files.insert(file) }
        if let file = feeList?.file { files.insert(file) }
        if let indexed, let file = context.indices[indexed.table]?.file { files.insert(file) }
        for id in definition.dependencies { files.formUnion(context.sheets[id]?.inputFiles ?? []) }
        return files.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

/// Lays out a computed sheet like the approved ones: information columns, amounts, comparison, totals, notes.
struct SheetLayout {
    let definition: Definition
    let context: AllocationContext
    let parties: [Party]
    let rows: RowAmounts

    private var location: SourceLocation? { definition.location(of: "columns") }

    func sheet() throws(InputError) -> Sheet {
        var columns: [(SheetColumn, cells: [Cell], total: Cell)] = []
        var usedKeys: [KeyIndex] = try definition.key.map { (id) throws(InputError) in [try context.key(id, for: definition, field: "key")] } ?? []
        do {
            for info in definition.columns {
                switch info {
                case .values(let id):
                    let key = try context.key(id, for: definition, field: "columns")
                    usedKeys.append(key)
                    columns.append(try valueColumn(key))
                case .share(let id):
                    let key = try context.key(id, for: definition, field: "columns")
                    usedKeys.append(key)
                    columns.append(try shareColumn(key))
                }
            }
            if case .sum(let components) = definition.rule {
                for reference in components { columns.append(try componentColumn(reference)) }
            }
            var previous: [Int128]?
            if let id = definition.compare {
                let key = try context.key(id, for: definition, field: "compare")
                usedKeys.append(key)
                let column = try previousColumn(key)
                previous = column.amounts
                columns.append((column.column, column.amounts.map(Cell.amount), .amount(try column.amounts.checkedSum("previous total"))))
            }
            let total = rows.reconciliation.total
            columns.append((SheetColumn(id: SheetColumn.amountID, label: definition.amountLabel, kind: .amount),
                            rows.amounts.map(Cell.amount), .amount(total)))
            if let previous {
                var differences: [Int128] = []
                for (amount, before) in zip(rows.amounts, previous) { differences.append(try amount.subtracting(before, "Forskel")) }
                columns.append((SheetColumn(id: SheetColumn.differenceID, label: "Forskel", kind: .amount),
                                differences.map(Cell.amount), .amount(try total.subtracting(try previous.checkedSum("previous total"), "Forskel"))))
            }
            if let id = definition.per {
                let key = try context.key(id, for: definition, field: "per")
                usedKeys.append(key)
                columns.append(try perUnitColumn(key, total: total))
            }
        } catch let error as OverflowError {
            throw InputError.overflow(error, at: location)
        } catch let error as InputError {
            throw error
        } catch {
            preconditionFailure("only input and overflow errors are thrown: \(error)")
        }

        let sheetRows = parties.indices.map { index in SheetRow(party: parties[index], cells: columns.map { $0.cells[index] }) }
        return Sheet(id: definition.id, title: definition.title, year: definition.year, rule: definition.rule,
                     unit: definition.unit, mode: definition.mode,
                     partyHeading: parties.allSatisfy { $0.code != nil } ? "Kommune" : "Part",
                     columns: columns.map(\.0), rows: sheetRows, totals: columns.map(\.total),
                     reconciliation: rows.reconciliation, notes: notes(keys: usedKeys),
                     inputFiles: inputFiles(keys: usedKeys), derivations: rows.derivations)
    }

    private func entries(_ key: KeyIndex) throws(InputError) -> [KeyIndex.Entry] {
        var found: [KeyIndex.Entry] = []
        for party in parties {
            guard let entry = key.entry(for: party) else {
                throw InputError(location, "\(party.name) is a party of '\(definition.id)' but not in key '\(key.table.id)'",
                                 fix: "Add a row for \(party.name) to \(key.table.file).")
            }
            found.append(entry)
        }
        return found
    }

    private func valueColumn(_ key: KeyIndex) throws -> (SheetColumn, cells: [Cell], total: Cell) {
        let values = try entries(key).map(\.value)
        let scale = ExactDecimal.commonScale(values)
        let total = try values.map { (v) throws(OverflowError) in try v.units(atScale: scale) }.checkedSum("key total")
        return (SheetColumn(id: key.table.id, label: key.table.label, kind: .number), values.map(Cell.number),
                .number(ExactDecimal(units: total, scale: scale)))
    }

    private func shareColumn(_ key: KeyIndex) throws -> (SheetColumn, cells: [Cell], total: Cell) {
        let values = try entries(key).map(\.value)
        let scale = ExactDecimal.commonScale(values)
        let units = try values.map { (v) throws(OverflowError) in try v.units(atScale: scale) }
        let total = try units.checkedSum("key total")
        guard total > 0 else {
            throw InputError(location, "key '\(key.table.id)' sums to zero, so it has no shares", fix: "Check \(key.table.file).")
        }
        let decimals = definition.percentDecimals
        let cells = try units.map { (u) throws(OverflowError) in
            Cell.number(try Fraction(numerator: try u.multiplied(by: 100, "percentage"), denominator: total).roundedDecimal(decimals: decimals))
        }
        return (SheetColumn(id: "andel-\(key.table.id)", label: "Pct.", kind: .number), cells,
                .number(ExactDecimal(units: try Int128(100).multiplied(by: try Int128.powerOfTen(decimals), "percentage"), scale: decimals)))
    }

    private func componentColumn(_ reference: ColumnReference) throws -> (SheetColumn, cells: [Cell], total: Cell) {
        let (sheet, index) = try SummedRule.sheet(reference, in: context, location: definition.location(of: "add"))
        let column = sheet.columns[index]
        let label = reference.column == SheetColumn.amountID ? sheet.title : "\(sheet.title): \(column.label)"
        let cells = parties.map { sheet.cell(party: $0.id, column: reference.column) ?? .empty }
        return (SheetColumn(id: "\(reference.sheet).\(reference.column)", label: label, kind: .amount), cells, sheet.totals[index])
    }

    private func previousColumn(_ key: KeyIndex) throws -> (column: SheetColumn, amounts: [Int128]) {
        var amounts: [Int128] = []
        for entry in try entries(key) {
            guard let øre = try entry.value.øre() else {
                throw InputError(entry.location, "the amount \(entry.value) has more than two decimals", fix: "Write kroner with at most two decimals (øre).")
            }
            amounts.append(øre)
        }
        return (SheetColumn(id: SheetColumn.previousID, label: key.table.label, kind: .amount), amounts)
    }

    private func perUnitColumn(_ key: KeyIndex, total: Int128) throws -> (SheetColumn, cells: [Cell], total: Cell) {
        let values = try entries(key).map(\.value)
        let decimals = definition.perDecimals
        func perUnit(_ amount: Int128, _ value: ExactDecimal) throws -> Cell {
            guard value.units > 0 else { return .empty }
            let perUnit = Fraction(numerator: try amount.multiplied(by: try Int128.powerOfTen(value.scale), "per unit"),
                                   denominator: try value.units.multiplied(by: 100, "per unit"))
            return .number(try perUnit.roundedDecimal(decimals: decimals))
        }
        var cells: [Cell] = []
        for (amount, value) in zip(rows.amounts, values) { cells.append(try perUnit(amount, value)) }
        let scale = ExactDecimal.commonScale(values)
        let keyTotal = ExactDecimal(units: try values.map { (v) throws(OverflowError) in try v.units(atScale: scale) }.checkedSum("key total"), scale: scale)
        return (SheetColumn(id: SheetColumn.perUnitID, label: definition.perLabel, kind: .number), cells, try perUnit(total, keyTotal))
    }

    private func notes(keys: [KeyIndex]) -> [SheetNote] {
        var notes: [SheetNote] = []
        switch definition.rule {
        case .split(let total): notes.append(.total(total))
        case .shareOfNational(let national): notes.append(.nationalAmount(national))
        case .rate(let rate): notes.append(.rate(rate, keyLabel: keys.first?.table.label ?? ""))
        case .sum(let components):
            for reference in components {
                if let sheet = context.sheets[reference.sheet], let column = sheet.column(reference.column) {
                    notes.append(.component(title: sheet.title, column: column.label))
                }
            }
        }
        var seen: Set<String> = []
        for key in keys where seen.insert(key.table.id).inserted {
            notes.append(.key(label: key.table.label, source: key.table.source, vintage: key.table.vintage))
        }
        return notes + definition.notes.map(SheetNote.text)
    }

    private func inputFiles(keys: [KeyIndex]) -> [String] {
        var files = Set(keys.map(\.table.file))
        if context.register != nil { files.insert(context.registerFile) }
        if let file = definition.locations["id"]?.file { files.insert(file) }
        for id in definition.dependencies { files.formUnion(context.sheets[id]?.inputFiles ?? []) }
        return files.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

/// The columns of a sheet that show a key: its values, its shares in percent, and the amount per unit of it.
extension SheetLayout {
    func infoColumn(_ info: Definition.InfoColumn, tables: inout [KeyTable]) throws -> Column {
        switch info {
        case .values(let reference):
            let (cells, values) = try values(reference, keyedOnly: false, field: .columns, tables: &tables)
            return (SheetColumn(role: .keyValues(reference), heading: values.label), cells, try SheetLayout.sum(cells))
        case .share(let reference):
            // Shares of the parties that share by key: pledged parties take no share.
            let (_, values) = try values(reference, keyedOnly: true, field: .columns, tables: &tables)
            var sum = Fraction(0)
            for weight in values.weights { sum = try sum.adding(weight) }
            guard sum.numerator > 0 else {
                throw InputError(definition.location(of: .columns), .keyHasNoShares(reference, file: values.table?.file))
            }
            let decimals = definition.percentDecimals
            let shares = try SharePercent.shares(values.weights).map { Cell.percent($0, decimals: decimals) }
            var cells: [Cell] = []
            var next = 0
            for party in parties {
                if pledges[party.id] != nil { cells.append(.empty) } else { cells.append(shares[next]); next += 1 }
            }
            return (SheetColumn(role: .keyShare(reference), heading: definition.percentLabel), cells, .percent(Fraction(1), decimals: decimals))
        }
    }

    func perUnitColumn(_ reference: KeyReference, total: Int128, tables: inout [KeyTable]) throws -> Column {
        let values = try values(reference, field: .per, tables: &tables)
        let decimals = definition.perDecimals
        let storedScale = try Int128.powerOfTen(measure.storedDecimals)
        func perUnit(_ amount: Int128, _ value: Fraction) throws -> Cell {
            guard value.numerator > 0 else { return .empty }
            let perUnit = Fraction.reduced(try amount.multiplied(by: value.denominator, "per unit"),
                                           try value.numerator.multiplied(by: storedScale, "per unit"))
            return .ratio(perUnit, decimals: decimals)
        }
        var cells: [Cell] = []
        var keyTotal = Fraction(0)
        for (amount, value) in zip(rows.amounts, values.weights) {
            cells.append(try perUnit(amount, value))
            keyTotal = try keyTotal.adding(value)
        }
        return (SheetColumn(role: .perUnit(reference), heading: definition.perLabel), cells, try perUnit(total, keyTotal))
    }
}

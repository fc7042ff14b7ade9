import FordelingCore

/// `fordel explain` for a budget statement: each line's figures by period, and where a figure comes from another sheet.
extension Explanation {
    static func budget(_ sheet: Sheet, lines: [Party], text: SheetPresentation) -> String {
        var output = ["\(text.heading) [\(sheet.id)]", ""]
        for party in lines {
            guard let index = sheet.row(of: party.id) else { continue }
            output.append(party.name)
            for (column, cell) in zip(sheet.columns, sheet.rows[index].cells) where cell != .empty {
                output.append("  \(ColumnHeadings.heading(column)): \(PresentedCell(cell).text(grouped: true))")
            }
            for case .budgetFigure(let line, let period, let id, let title, let amount) in sheet.notes where line == party.name {
                output.append("  \(period): totalen af arket \(title) (\(id)), \(text.amount(amount))")
            }
            output.append("")
        }
        output += text.budgetLines.map { "\($0.label): \($0.value)" }
        return output.joined(separator: "\n") + "\n"
    }
}

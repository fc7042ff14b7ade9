import FordelingCore

/// What an approved sheet declares about its own arithmetic, as its `#` lines write it:
/// - `# relation: Dimensionering 2020 = Nuværende dimensionering + Tilvækst` (columns by heading, `+` and `−` or `-`),
///   any number of them;
/// - `# minimum: Assistenter, dimensionering 2020 ≥ 6.000` (the total row's figure in that column), any number;
/// - `# resultat: Overskud/underskud`: a budget statement's result row, which is not one of its lines;
/// - `# rækker: poster` (rows are items, not parties) or `# rækker: intervaller` (rows are tiers of a count).
enum ApprovedRulesText {
    /// The table without the row `# resultat:` names, and that row.
    static func separatingResult(_ read: SheetTableReader.Result) throws(InputError) -> (SheetTable, SheetTable.Row?) {
        let table = read.table
        guard let (label, line) = read.metadata["resultat"] else { return (table, nil) }
        guard let index = table.rows.firstIndex(where: { normalisedName($0.label) == normalisedName(label) }) else {
            throw InputError(SourceLocation(file: table.source, line: line), "no row '\(label.abbreviated())' for the result",
                             fix: "Write the label of the result row as printed, e.g. '# resultat: Overskud/underskud'.")
        }
        var rows = table.rows
        let result = rows.remove(at: index)
        return (SheetTable(source: table.source, columns: table.columns, rows: rows, total: table.total, worksheet: table.worksheet,
                           firstValueColumn: table.firstValueColumn), result)
    }

    static func rules(_ read: SheetTableReader.Result, table: SheetTable, result: SheetTable.Row?) throws(InputError) -> ApprovedSheetRules {
        var rules = ApprovedSheetRules(result: result)
        for entry in read.metadataLines {
            let location = SourceLocation(file: table.source, line: entry.line)
            switch entry.key {
            case "relation": rules.relations.append(try relation(entry.value, table: table, line: entry.line))
            case "minimum": rules.minimums.append(try minimum(entry.value, table: table, line: entry.line))
            case "rækker":
                switch entry.value.lowercased() {
                case "parter": rules.rows = .parties
                case "poster": rules.rows = .items
                case "intervaller": rules.rows = .tiers(table.rows.map { TierText.tier($0.label) })
                default:
                    throw InputError(location, "unknown kind of rows '\(entry.value.abbreviated())'",
                                     fix: "Write parter (the default), poster (budget lines and other items) or intervaller (tiers of a count).")
                }
            default: continue
            }
        }
        return rules
    }

    /// `RESULT = TERM ± TERM …`: each a column heading, matched longest first (headings may hold `-`).
    private static func relation(_ text: String, table: SheetTable, line: Int) throws(InputError) -> ApprovedSheetRules.Relation {
        let location = SourceLocation(file: table.source, line: line)
        let fix = "Write e.g. '# relation: Dimensionering 2020 = Nuværende dimensionering + Tilvækst', with the columns' headings."
        guard let equals = text.firstIndex(of: "="), let result = table.column(String(text[..<equals]).trimmingSpaces) else {
            throw InputError(location, "expected 'COLUMN = COLUMN + COLUMN …' with a column of the header before '='", fix: fix)
        }
        var rest = Array(String(text[text.index(after: equals)...]).lowercased())
        let headings = table.columns.enumerated().map { (index: $0.offset, text: Array($0.element.lowercased())) }.sorted { $0.text.count > $1.text.count }
        var terms: [ApprovedSheetRules.Relation.Term] = []
        var negative = false
        while true {
            while rest.first == " " { rest.removeFirst() }
            guard let heading = headings.first(where: { !$0.text.isEmpty && rest.starts(with: $0.text) }) else {
                throw InputError(location, "'\(String(rest).abbreviated())' does not start with a column of the header", fix: fix)
            }
            terms.append(.init(column: heading.index, negative: negative))
            rest.removeFirst(heading.text.count)
            while rest.first == " " { rest.removeFirst() }
            guard let sign = rest.first else { break }
            guard ["+", "-", "−"].contains(sign) else { throw InputError(location, "expected '+' or '−' after a column, found '\(sign)'", fix: fix) }
            negative = sign != "+"
            rest.removeFirst()
        }
        return ApprovedSheetRules.Relation(result: result, terms: terms, text: text.trimmingSpaces)
    }

    /// `COLUMN ≥ VALUE` (or `>=`).
    private static func minimum(_ text: String, table: SheetTable, line: Int) throws(InputError) -> ApprovedSheetRules.Minimum {
        let location = SourceLocation(file: table.source, line: line)
        let parts = text.replacingOccurrences(of: ">=", with: "≥").split(separator: "≥", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count == 2, let column = table.column(parts[0]), let value = try? DanishNumber.parse(parts[1]) else {
            throw InputError(location, "expected 'COLUMN ≥ NUMBER' with a column of the header, found '\(text.abbreviated())'",
                             fix: "Write e.g. '# minimum: Dimensionering 2020 ≥ 6.000'.")
        }
        return ApprovedSheetRules.Minimum(column: column, value: value)
    }
}

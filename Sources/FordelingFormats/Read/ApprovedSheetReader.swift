import FordelingCore

/// Reads an approved sheet from `Inputs/approved/`: the table as printed, with `# kilde:` (required),
/// `# ark:` (the definition that should produce it), `# kkr:` and `# kolonne NAVN: ROLLE` lines, and what
/// `ApprovedRulesText` reads (`# relation:`, `# minimum:`, `# resultat:`, `# rækker:`).
public enum ApprovedSheetReader {
    public static let roles = ["nøgle", "tal", "andel af KOLONNE", "beløb", "beløb KOLONNE-ID", "pr. enhed", "udgifter PERIODE", "indtægter PERIODE",
                               "ignorer"]

    public static func read(_ text: String, file: String, worksheet: String? = nil) throws(InputError) -> (sheet: ApprovedSheet, findings: [Finding]) {
        let result = try SheetTableReader.read(text, file: file, worksheet: worksheet)
        let (table, resultRow) = try ApprovedRulesText.separatingResult(result)
        guard let (source, line) = result.metadata["kilde"] else {
            throw InputError(table.location(line: 1), "the approved sheet does not state its source",
                             fix: "Add a line '# kilde: <seed file> linje A-B' before the header.")
        }
        guard !source.isEmpty else {
            throw InputError(table.location(line: line), "the line '# kilde:' is empty",
                             fix: "Write the seed file and lines after it: '# kilde: <seed file> linje A-B'.")
        }
        var roles: [ApprovedSheet.Role?] = Array(repeating: nil, count: table.columns.count)
        for (key, entry) in result.metadata where key.hasPrefix("kolonne ") {
            let label = String(key.dropFirst("kolonne ".count))
            let location = table.location(line: entry.line)
            guard let index = table.column(label) else {
                throw InputError(location, "no column '\(label)' in the header", fix: "Use one of: \(table.columns.joined(separator: ", ")).")
            }
            roles[index] = try role(entry.value, table: table, location: location)
        }
        let resolved = roles.enumerated().map { index, role in
            role ?? (table.rows.contains { if case .number = $0.values[index] { true } else { false } } ? .number : .ignored)
        }
        // A column declared not to be checked is not read for findings either.
        let ignored = Set(roles.indices.filter { roles[$0] == .ignored }.map { table.columns[$0] })
        let findings = result.findings.filter { $0.column.map { !ignored.contains($0) } ?? true }
        let lines = [ApprovedSheet.Declaration.sheetID: result.metadata["ark"]?.line, .kkr: result.metadata["kkr"]?.line].compactMapValues { $0 }
        var sheet = ApprovedSheet(table: table, source: source, sheetID: result.metadata["ark"]?.value,
                                  kkr: result.metadata["kkr"]?.value, roles: resolved, lines: lines)
        sheet.rules = try ApprovedRulesText.rules(result, table: table, result: resultRow)
        return (sheet, findings)
    }

    private static func role(_ text: String, table: SheetTable, location: SourceLocation) throws(InputError) -> ApprovedSheet.Role {
        let words = text.split(separator: " ").map(String.init)
        switch words.first?.lowercased() {
        case "nøgle": return .key
        case "tal": return .number
        case "ignorer": return .ignored
        case "beløb":
            guard words.count > 1 else { return .amount(.amount) }
            guard let role = ColumnNames.role(words[1]) else {
                throw InputError(location, "unknown amount column '\(words[1].abbreviated())'",
                                 fix: "Write 'beløb' alone for the amount, or one of: \(ColumnNames.amounts.dropFirst().map { "beløb \($0.name)" }.joined(separator: ", ")).")
            }
            return .amount(role)
        case "pr.": return .perUnit
        case let side? where (side == "udgifter" || side == "indtægter") && words.count > 1:
            return .budget(period: words.dropFirst().joined(separator: " "), side: side == "udgifter" ? .expenses : .income)
        case "andel" where words.count > 2 && words[1] == "af":
            let base = words.dropFirst(2).joined(separator: " ")
            guard table.column(base) != nil else {
                throw InputError(location, "no column '\(base)' to take the share of", fix: "Use one of: \(table.columns.joined(separator: ", ")).")
            }
            return .share(of: base)
        default:
            throw InputError(location, "unknown column role '\(text.abbreviated())'", fix: "Use one of: \(roles.joined(separator: ", ")).")
        }
    }
}

import FordelingCore

/// Reads a key table: a party column (name or kommunenummer) and one or more value columns, with numbers
/// in any Danish format or words such as tier names.
///
/// Key tables in `Inputs/keys/` also state `# kilde:` (source) and `# årgang:` (vintage) before the header.
public enum KeyTableReader {
    public static func read(_ document: CSVDocument, id: String, requireProvenance: Bool) throws(InputError) -> KeyTable {
        let headerLocation = SourceLocation(file: document.file, line: document.header.line)
        guard document.header.fields.count >= 2 else {
            throw InputError(headerLocation, "expected a party column and at least one value column, found \(document.header.fields.count) column",
                             fix: "Write a header such as 'Kommune;Befolkning', with the fields separated by ';'.")
        }
        try KeyHeadings.checkDistinct(document.header.fields, file: document.file, line: document.header.line)
        var provenance: [String] = []
        for field in ["kilde", "årgang"] {
            let value = document.metadata[field]?.value ?? ""
            if requireProvenance && value.isEmpty {
                throw InputError(SourceLocation(file: document.file, line: 1), "the key table does not state its \(field == "kilde" ? "source" : "vintage")",
                                 fix: "Add a line '# \(field): …' before the header.")
            }
            provenance.append(value)
        }
        var rows: [KeyTable.Row] = []
        for record in document.records {
            let party = record.fields[0]
            guard !party.isEmpty else {
                throw InputError(document.location(record, column: 0), "the party name is empty", fix: "Name the party, or delete the row.")
            }
            let values = record.fields.dropFirst().map { (text) -> KeyTable.Value in
                guard !text.isEmpty else { return .empty }
                do throws(DanishNumber.Problem) { return .number(try DanishNumber.parse(text)) } catch { return .text(text, problem: error.reason) }
            }
            rows.append(KeyTable.Row(party: party, values: Array(values), location: document.location(record, column: 0)))
        }
        guard !rows.isEmpty else {
            throw InputError(headerLocation, "the table has a header but no rows", fix: "Add one row per party under the header.")
        }
        return KeyTable(id: id, columns: Array(document.header.fields.dropFirst()), source: provenance[0], vintage: provenance[1],
                        file: document.file, rows: rows)
    }
}

import FordelingCore

/// Reads a key table: a party column (name or kommunenummer) and a value column, in any Danish number format.
///
/// Key tables in `Inputs/keys/` also state `# kilde:` (source) and `# årgang:` (vintage) before the header.
public enum KeyTableReader {
    /// - Parameters:
    ///   - valueColumn: the column to read; nil means the only column after the party column.
    ///   - requireProvenance: whether `# kilde:` and `# årgang:` must be present.
    public static func read(_ document: CSVDocument, id: String, valueColumn: String? = nil,
                            requireProvenance: Bool) throws(InputError) -> KeyTable {
        let headerLocation = SourceLocation(file: document.file, line: document.header.line)
        let valueIndex: Int
        if let valueColumn {
            valueIndex = try document.column(named: valueColumn)
        } else {
            guard document.header.fields.count == 2 else {
                throw InputError(headerLocation, "expected two columns (party and value), found \(document.header.fields.count)",
                                 fix: "Name the value column with --column, or keep only the party and value columns.")
            }
            valueIndex = 1
        }
        guard valueIndex != 0 else {
            throw InputError(headerLocation, "the first column holds the parties, not values", fix: "Choose another value column.")
        }
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
            let location = document.location(record, column: valueIndex)
            do {
                rows.append(KeyTable.Row(party: party, value: try DanishNumber.parse(record.fields[valueIndex]), location: location))
            } catch {
                throw InputError(location, "expected a number for \(party), found '\(record.fields[valueIndex])': \(error.reason)",
                                 fix: "Write the value as a number, e.g. 50.569 or 0,825.")
            }
        }
        guard !rows.isEmpty else {
            throw InputError(headerLocation, "the table has a header but no rows", fix: "Add one row per party under the header.")
        }
        return KeyTable(id: id, label: document.header.fields[valueIndex], source: provenance[0], vintage: provenance[1],
                        file: document.file, rows: rows)
    }
}

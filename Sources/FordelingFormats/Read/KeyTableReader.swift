import FordelingCore

/// Reads a key table: a party column (name or kommunenummer) and one or more value columns, with numbers
/// in any Danish format or words such as tier names.
///
/// Key tables in `Inputs/keys/` also state `# kilde:` (source) and `# årgang:` (vintage) before the header.
public enum KeyTableReader {
    public static func read(_ document: CSVDocument, id: String, requireProvenance: Bool) throws(InputError) -> KeyTable {
        let headerLocation = document.location(line: document.header.line)
        guard document.header.fields.count >= 2 else {
            throw InputError(headerLocation, "expected a party column and at least one value column, found \(document.header.fields.count) column",
                             fix: "Write a header such as 'Kommune;Befolkning', with the fields separated by ';'.")
        }
        try KeyHeadings.checkDistinct(document.header.fields, file: document.file, line: document.header.line, worksheet: document.worksheet)
        let source = document.metadata["kilde"]
        let vintage = document.metadata["årgang"]
        if requireProvenance { try checkProvenance(source: source, vintage: vintage, in: document) }
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
        return KeyTable(id: id, columns: Array(document.header.fields.dropFirst()), source: source?.value ?? "", vintage: vintage?.value ?? "",
                        file: document.file, rows: rows)
    }

    /// A key table of `Inputs/keys/` states its source (some words) and its vintage: a year, possibly followed by
    /// more (`2019`, `2018-2019`), or `ikke oplyst` and why.
    private static func checkProvenance(source: (value: String, line: Int)?, vintage: (value: String, line: Int)?,
                                        in document: CSVDocument) throws(InputError) {
        guard let source else {
            throw InputError(document.location(line: 1), "the key table does not state its source",
                             fix: "Add a line '# kilde: …' before the header, naming the document and lines the figures come from.")
        }
        guard source.value.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw InputError(document.location(line: source.line), "'# kilde:' states no source",
                             fix: "Write the document and lines the figures come from, e.g. '# kilde: ../shared/seeds/kkr-sjaelland-2019-erhvervsfremme.txt linje 48-80'.")
        }
        guard let vintage else {
            throw InputError(document.location(line: 1), "the key table does not state its vintage",
                             fix: "Add a line '# årgang: …' before the header with the year the figures describe, e.g. '# årgang: 2019'.")
        }
        let year = vintage.value.prefix { $0.isASCIIDigit }
        guard year.count == 4 || vintage.value.lowercased().hasPrefix("ikke oplyst") else {
            throw InputError(document.location(line: vintage.line), "'# årgang: \(vintage.value.abbreviated())' is not a year",
                             fix: "Write the year the figures describe, e.g. '# årgang: 2019', or '# årgang: ikke oplyst' and why.")
        }
    }
}

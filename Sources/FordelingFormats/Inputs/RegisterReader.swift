import FordelingCore

/// Reads the municipality register: `kommunenummer;navn;region;kkr;andre stavemåder` (spellings separated by `|`).
public enum RegisterReader {
    public static let columns = ["kommunenummer", "navn", "region", "kkr", "andre stavemåder"]

    public static func read(_ document: CSVDocument) throws(InputError) -> Register {
        let indices = try columns.map { (name) throws(InputError) in try document.column(named: name) }
        var municipalities: [Municipality] = []
        for record in document.records {
            let field = { (i: Int) in record.fields[indices[i]] }
            let code = field(0)
            guard code.count == 3, code.allSatisfy(\.isASCIIDigit) else {
                throw InputError(document.location(record, column: indices[0]), "'\(code)' is not a three-digit kommunenummer",
                                 fix: "Write the official code, e.g. 253 for Greve.")
            }
            for i in 1...3 where field(i).isEmpty {
                throw InputError(document.location(record, column: indices[i]), "the \(columns[i]) is empty", fix: "Fill it in.")
            }
            let spellings = field(4).split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            municipalities.append(Municipality(code: code, name: field(1), region: field(2), kkr: field(3), spellings: spellings,
                                               location: SourceLocation(file: document.file, line: record.line)))
        }
        guard !municipalities.isEmpty else {
            throw InputError(SourceLocation(file: document.file, line: document.header.line), "the register lists no municipalities",
                             fix: "Add one row per municipality.")
        }
        return try Register(municipalities)
    }
}

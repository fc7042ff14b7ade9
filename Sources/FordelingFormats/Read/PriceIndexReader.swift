import FordelingCore

/// Reads a PL table of `Inputs/indices/`: `# kilde:`, a header `År;Sats;Status;Kilde` and a row per pair of years:
/// `2023/2024;4,8 %;forventet;fodnote 2` — the rate from the first year's price level to the second's (the years
/// follow each other), whether it is `forventet` (expected) or `endelig` (final), and where it is stated.
public enum PriceIndexReader {
    public static func read(_ document: CSVDocument, id: String) throws(InputError) -> PriceIndex {
        guard let source = document.metadata["kilde"], source.value.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw InputError(SourceLocation(file: document.file, line: document.metadata["kilde"]?.line ?? 1), "the PL table does not state its source",
                             fix: "Add a line '# kilde: …' before the header, naming the document and lines the rates come from.")
        }
        let years = try document.column(named: "År")
        let rate = try document.column(named: "Sats")
        let status = try document.column(named: "Status")
        let note = try? document.column(named: "Kilde")
        var rates: [PriceIndex.Rate] = []
        for record in document.records {
            let pair = record.fields[years].split(separator: "/").map { Int(String($0).trimmingSpaces) }
            guard pair.count == 2, let from = pair[0], let to = pair[1], (1900...2200).contains(from), to == from + 1 else {
                throw InputError(document.location(record, column: years), "expected two years that follow each other, found '\(record.fields[years].abbreviated())'",
                                 fix: "Write e.g. 2023/2024: the rate carries 2023's prices to 2024's.")
            }
            if let first = rates.first(where: { $0.fromYear == from }) {
                throw InputError(document.location(record, column: years), "the rate for \(from)/\(to) is given twice (first at line \(first.location?.line ?? 0))",
                                 fix: "Keep one row per pair of years.")
            }
            var text = record.fields[rate]
            if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces }
            guard text.allSatisfy({ $0.isASCIIDigit || ",.-".contains($0) }), let percent = try? DanishNumber.parse(text) else {
                throw InputError(document.location(record, column: rate), "expected a rate in percent, found '\(record.fields[rate].abbreviated())'",
                                 fix: "Write it like 4,8 %.")
            }
            let kind: PriceIndex.Status
            switch record.fields[status].lowercased() {
            case "forventet": kind = .expected
            case "endelig": kind = .final
            default:
                throw InputError(document.location(record, column: status), "expected 'forventet' or 'endelig', found '\(record.fields[status].abbreviated())'",
                                 fix: "Write forventet for an expected rate, endelig for the final one.")
            }
            rates.append(PriceIndex.Rate(fromYear: from, percent: percent, status: kind,
                                         source: note.map { record.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? source.value,
                                         location: SourceLocation(file: document.file, line: record.line)))
        }
        return PriceIndex(id: id, source: source.value, file: document.file, rates: rates)
    }
}

import FordelingCore

/// Reads a price list of `Inputs/prices/`: `# kilde:` and `# årgang:`, a header (the tier column, then a column per
/// kind of fee) and a row per tier (`0 - 7;34.939;3.494;…`). The tiers must follow each other without gaps or
/// overlaps; a fee is an amount in kroner, or empty where the list has none.
public enum PriceListReader {
    public static func read(_ document: CSVDocument, id: String) throws(InputError) -> PriceList {
        let headerLocation = SourceLocation(file: document.file, line: document.header.line)
        guard document.header.fields.count >= 2 else {
            throw InputError(headerLocation, "expected a tier column and at least one fee column", fix: "Write a header such as 'Plads antal;Tilsyn'.")
        }
        try KeyHeadings.checkDistinct(document.header.fields, file: document.file, line: document.header.line)
        guard let source = document.metadata["kilde"], source.value.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw InputError(SourceLocation(file: document.file, line: document.metadata["kilde"]?.line ?? 1), "the price list does not state its source",
                             fix: "Add a line '# kilde: …' before the header, naming the document and lines the fees come from.")
        }
        var tiers: [PriceList.Tier] = []
        var fees: [[Int128?]] = []
        for record in document.records {
            guard let tier = TierText.tier(record.fields[0]) else {
                throw InputError(document.location(record, column: 0), "'\(record.fields[0].abbreviated())' is not a tier of a count",
                                 fix: "Write a tier as '8 - 24', or '50 +' for the last.")
            }
            tiers.append(tier)
            fees.append(try record.fields.indices.dropFirst().map { (column) throws(InputError) -> Int128? in
                let text = record.fields[column]
                guard !text.isEmpty, text != "-" else { return nil }
                guard let value = try? DanishNumber.parse(text), let øre = try? value.øre(), øre >= 0 else {
                    throw InputError(document.location(record, column: column), "expected a fee in kroner, found '\(text.abbreviated())'",
                                     fix: "Write it like 34.939 or 34.939,50; leave it empty where the list has none.")
                }
                return øre
            })
        }
        guard !tiers.isEmpty else { throw InputError(headerLocation, "the price list has a header but no tiers", fix: "Add one row per tier.") }
        if let (index, problem) = PriceList.problems(tiers).first {
            throw InputError(document.location(document.records[index], column: 0), .priceTier(problem, label: tiers[index].label))
        }
        return PriceList(id: id, tierHeading: document.header.fields[0], columns: Array(document.header.fields.dropFirst()), tiers: tiers,
                         fees: fees, source: source.value, vintage: document.metadata["årgang"]?.value ?? "", file: document.file)
    }
}

import FordelingCore

/// The audit of approved sheets in Danish (audit.md and the report): its title and introduction, the summary of each
/// approved sheet, the diff against the generated sheet, and how a marked cell reads. `code` marks a name as code.
public struct AuditPresentation {
    public let entry: AuditEntry

    public init(_ entry: AuditEntry) {
        self.entry = entry
    }

    public static let title = "Revision af godkendte ark"

    public static func introduction(_ version: String, code: (String) -> String) -> [String] {
        ["Fordeling \(version) har kontrolleret hvert godkendt ark i \(code("approved/")) (summer, procenter, beløb pr. enhed,",
         "forskelle, parter, erklærede relationer og minimummer, budgetters resultater og reglen i den tilknyttede definition)",
         "og sammenlignet det med det beregnede ark, og prislisterne i \(code("prices/")) (takstgrupperne).",
         "Fejl: beløb eller trykte totaler er forkerte. Advarsel: en kolonne uden beløb er forkert, eller et tal er skrevet usædvanligt.",
         "Info: afrundingsrester og forklaringer."]
    }

    public static let summaryHeadings = ["Godkendt ark", "Beregnet ark", "Fejl", "Advarsler", "Info", "Forskelle til det beregnede ark"]
    public static let noFindings = "Ingen fund."
    public static let diffHeading = "Beregnet (A) mod godkendt (B)"
    /// The heading of the list of findings in the report.
    public static let findingsHeading = "Fund"
    /// The title of `fordel check --format html`.
    public static let checkTitle = "Kontrol af godkendte ark"

    /// The approved file's (or price list's) path within the inputs folder: `approved/telekol-2024.csv`.
    public var file: String {
        let source = entry.approved.table.source
        for folder in ["approved", "prices"] {
            if let range = source.range(of: "/\(folder)/", options: .backwards) { return folder + "/" + source[range.upperBound...] }
        }
        return source
    }

    /// The report's heading of this approved sheet's audit.
    public var heading: String { "Revision af det godkendte ark \(file)" }

    /// "Kilde: …" with the seed and lines the sheet was transcribed from.
    public var source: String { "Kilde: \(entry.approved.source)." }

    /// "29 fejl, 2 advarsler, 2 info".
    public var counts: String { FindingText.counts(entry.findings) }

    /// Generated (A) against approved (B), when the approved sheet is linked to a definition.
    public var diff: DiffPresentation? {
        entry.diff.map { DiffPresentation($0, a: "beregnet", b: "godkendt") }
    }

    /// The diff's summary, or that there is nothing to compare with.
    public var diffSummary: String { diff?.summary ?? "ikke tilknyttet en definition" }

    /// An approved sheet's table as printed: party, kommunenummer (when the sheet prints them), its columns, its total row.
    public static func table(_ table: SheetTable) -> PresentedTable {
        let codes = table.rows.contains { $0.code != nil }
        let cells = { (row: SheetTable.Row) -> [PresentedCell] in
            [.text(row.label)] + (codes ? [row.code.map(PresentedCell.text) ?? .empty] : []) + row.values.map(PresentedCell.init)
        }
        return PresentedTable(header: [SheetPresentation.anyPartyHeading] + (codes ? [SheetPresentation.codeHeading] : []) + table.columns,
                              partyColumns: codes ? 2 : 1, rows: table.rows.map(cells), totalRow: table.total.map(cells) ?? [])
    }

    /// What a marked cell of the approved sheet says under its printed value: the value a finding expected, or the
    /// generated sheet's value, and the difference (printed − expected).
    public static func expected(_ value: String) -> String { "forventet \(value)" }
    public static func generated(_ value: String) -> String { "beregnet \(value)" }
    public static func difference(_ value: String) -> String { "difference \(value)" }

    /// The marks' legend.
    public static let marks = "Markerede celler viser den trykte værdi og derunder den forventede (eller beregnede) værdi og differencen "
        + "(trykt − forventet): fejl med fuld ramme, advarsler med stiplet, info med prikket og forskelle fra det beregnede ark med dobbelt ramme."
}

import FordelingCore

/// Reads allocation definitions (the format of `SectionReader`); the fields are documented in Inputs/README.md.
public enum DefinitionReader {
    /// Every field a definition may have.
    public static let fields = ["title", "year", "parties", "exclude", "rule", "key", "tiers", "total", "national", "rate", "add",
                                "pledge", "unit", "quantity", "decimals", "price", "mode", "divisor", "label", "columns", "compare",
                                "per", "per label", "per decimals", "percent decimals", "percent label", "hours", "hourly rate", "in kind share",
                                "in kind fixed", "in kind exempt", "match", "note"]
    /// The fields that may be given more than once.
    public static let repeatable: Set<String> = ["note", "pledge", "in kind fixed"]
    static let amountFields = ["total", "national", "rate"]

    public static func read(_ text: String, file: String) throws(InputError) -> [Definition] {
        let sections = try SectionReader(fields: fields, repeatable: repeatable, kind: "definition", reserved: SectionReader.outputNames).read(text, file: file)
        return try sections.map { (section) throws(InputError) in try DefinitionBuilder(section: section).definition() }
    }
}

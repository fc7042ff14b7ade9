import FordelingCore

/// Reads allocation definitions (the format of `SectionReader`); the fields are documented in Inputs/README.md.
public enum DefinitionReader {
    /// Every field a definition may have.
    public static let fields = DefinitionFields.table.map(\.name)
    /// The fields that may be given more than once.
    public static let repeatable = Set([Definition.Field.notes, .pledges, .inKindFixed, .expense, .income, .periodAmount, .minimum, .maximum]
        .map(DefinitionFields.name))

    public static func read(_ text: String, file: String) throws(InputError) -> [Definition] {
        let sections = try SectionReader(fields: fields, repeatable: repeatable, kind: "definition", reserved: SectionReader.outputNames).read(text, file: file)
        return try sections.map { (section) throws(InputError) in try DefinitionBuilder(section: section).definition() }
    }
}

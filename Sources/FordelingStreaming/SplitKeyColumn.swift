import FordelingCore
import FordelingFormats
import FordelingSystem

/// The value column a split takes its weights from, chosen as `split --output` chooses it: the one headed
/// `--column`, or the only one.
public enum SplitKeyColumn {
    /// The index among the value columns (the party column not counted) of the one named `column`.
    public static func index(in document: CSVDocument, named column: String?) throws(InputError) -> Int {
        try KeyHeader.valueColumn(document.header.fields, named: column, file: document.file, line: document.header.line) - 1
    }
}

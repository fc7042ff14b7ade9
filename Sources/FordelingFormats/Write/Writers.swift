import FordelingCore

/// Every output format a run writes. Adding a format is one writer and one line here.
public enum Writers {
    public static let all: [any OutputWriter] = [
        CSVWriter(),
        MarkdownWriter(),
        HTMLWriter(),
        XLSXWriter(),
    ]

    /// The extensions of every format's files.
    public static var fileExtensions: Set<String> { Set(all.flatMap(\.fileExtensions)) }

    /// The files of every format for `output`.
    public static func files(for output: BatchOutput) -> [WrittenFile] {
        all.flatMap { $0.files(for: output) }
    }
}

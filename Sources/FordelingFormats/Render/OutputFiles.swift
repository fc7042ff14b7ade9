import FordelingCore

/// The files of a run: per sheet `ID.csv` and `ID.md`, and the index `README.md`.
public enum OutputFiles {
    public static func files(for sheets: [Sheet], provenance: Provenance, index: Bool, scenarios: [Scenario] = []) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for sheet in sheets {
            files.append(("\(sheet.id).csv", CSVSheetWriter.render(sheet, provenance: provenance)))
            files.append(("\(sheet.id).md", Array(MarkdownSheetWriter.render(sheet, provenance: provenance).utf8)))
        }
        if index { files.append(("README.md", Array(IndexWriter.render(sheets, scenarios: scenarios, provenance: provenance).utf8))) }
        return files
    }
}

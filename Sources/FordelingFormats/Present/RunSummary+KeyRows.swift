import FordelingCore

extension RunSummary {
    /// The key rows no party of a sheet uses, sheet by sheet, as information; nil when every key row is used.
    public static func unusedKeyRows(_ sheets: [Sheet]) -> String? {
        let lines = sheets.flatMap { sheet in SheetPresentation(sheet).unusedKeyRowLines.map { "  \(sheet.id): \($0)" } }
        return lines.isEmpty ? nil : (["Key rows no party of the sheet uses (information):"] + lines).joined(separator: "\n")
    }
}

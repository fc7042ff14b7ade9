import FordelingCore
import FordelingFormats
import FordelingStreaming
import FordelingSystem

/// `fordel diff A B`: two sheets cell by cell. Exit 1 if anything differs beyond the tolerance.
enum DiffCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "diff", allowed: ["tolerance", "format", "inputs", "sheet"])
        guard options.positionals.count == 2 else {
            throw UsageError(message: "'diff' takes two sheet files", command: "diff")
        }
        var tolerance = DecimalValue.zero
        if let text = options["tolerance"] {
            do throws(DanishNumber.Problem) { tolerance = try DanishNumber.parse(text) } catch {
                throw UsageError(message: "--tolerance: \(error.reason)", command: "diff")
            }
        }
        let format = options["format"] ?? "text"
        guard ["text", "md", "csv", "html"].contains(format) else { throw UsageError(message: "--format must be text, md, csv or html, not '\(format)'", command: "diff") }
        // Party names are matched through the register: the inputs folder's, or the built-in one.
        let register = try InputFolder.register(at: options["inputs"])
        let (a, b) = (options.positionals[0], options.positionals[1])
        // Sheets in text (CSV) of any size are compared from their bytes (`BulkDiff`); the HTML page, which shows B's
        // table, a workbook and a sheet with a column of decimal points take the tables as read, both at once, one on each core.
        let bulk = format == "html" || options["sheet"] != nil ? nil : try BulkDiff(a, b, tolerance: tolerance, register: register)
        let sheets = bulk == nil ? try SheetFiles.readConcurrently([a, b], sheet: options["sheet"]) : []
        // Numbers written oddly, read as intended: said on stderr, so the report stays in its format.
        for finding in bulk?.findings ?? sheets.flatMap(\.findings) { printError(FindingText.line(finding)) }
        let diff = bulk?.diff ?? SheetDiff(sheets[0].table, sheets[1].table, tolerance: tolerance, register: register)
        let presentation = DiffPresentation(diff, a: a, b: b)
        switch format {
        case "md": print(MarkdownWriter.diff(presentation), terminator: "")
        case "csv": print(String(decoding: CSVWriter.diff(presentation), as: UTF8.self), terminator: "")
        case "html": print(String(decoding: HTMLWriter.diff(presentation, b: sheets[1].table, version: Version.current), as: UTF8.self), terminator: "")
        default: print(presentation.text, terminator: "")
        }
        return diff.isClean ? 0 : 1
    }
}

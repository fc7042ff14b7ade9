import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel check FILE|DIR`: every internal inconsistency of approved sheets. Exit 1 if any error.
enum CheckCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "check", allowed: ["inputs", "format", "sheet"])
        guard options.positionals.count == 1, let target = options.positionals.first else {
            throw UsageError(message: "'check' takes one file or folder of approved sheets", command: "check")
        }
        let format = options["format"] ?? "text"
        guard ["text", "html"].contains(format) else { throw UsageError(message: "--format must be text or html, not '\(format)'", command: "check") }
        // Without an inputs folder, sheets are checked with the built-in register and linked to no definition.
        let inputs = try InputFolder.folder(options["inputs"]).map { (folder) throws(InputError) in
            try InputFolder(path: folder, toolVersion: Version.current)
        }
        let sheets = try inputs.map { (inputs) throws(InputError) in try BatchCalculator.calculate(inputs.definitions, context: inputs.context) } ?? []
        let register = try inputs?.context.register ?? RegisterReader.read()
        let paths = FileReader.isDirectory(target) ? try FileReader.files(in: target, suffix: "csv", "xlsx") : [target]
        var approved: [(sheet: ApprovedSheet, findings: [Finding])] = []
        for path in paths {
            let table = try TableText.read(try FileReader.bytes(at: path), file: path, sheet: options["sheet"])
            approved.append(try ApprovedSheetReader.read(table.text, file: path, worksheet: table.worksheet))
        }
        let entries = try Audit.run(approved, sheets: sheets, register: register) { SheetPresentation($0).table }
        let all = entries.flatMap(\.findings)
        let status: Int32 = all.contains { $0.severity == .error } ? 1 : 0
        if format == "html" {
            print(String(decoding: HTMLWriter.check(entries, version: Version.current), as: UTF8.self), terminator: "")
            return status
        }
        for entry in entries {
            print("\(entry.approved.table.source): \(FindingText.counts(entry.findings))")
            for finding in entry.findings { print("  " + FindingText.line(finding)) }
        }
        print("\(entries.count) approved sheet\(entries.count == 1 ? "" : "s") checked: \(FindingText.counts(all)).")
        return status
    }
}

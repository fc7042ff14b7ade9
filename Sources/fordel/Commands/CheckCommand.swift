import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel check FILE|DIR`: every internal inconsistency of approved sheets. Exit 1 if any error.
enum CheckCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "check", allowed: ["inputs", "sheet"])
        guard options.positionals.count == 1, let target = options.positionals.first else {
            throw UsageError(message: "'check' takes one file or folder of approved sheets", command: "check")
        }
        let inputs = try InputFolder(path: options["inputs"] ?? "Inputs", toolVersion: Version.current)
        let sheets = try BatchCalculator.calculate(inputs.definitions, context: inputs.context)
        let paths = FileReader.isDirectory(target) ? try FileReader.files(in: target, suffix: "csv", "xlsx") : [target]
        var approved: [(sheet: ApprovedSheet, findings: [Finding])] = []
        for path in paths {
            let table = try TableText.read(try FileReader.bytes(at: path), file: path, sheet: options["sheet"])
            approved.append(try ApprovedSheetReader.read(table.text, file: path, worksheet: table.worksheet))
        }
        let entries = try Audit.run(approved, sheets: sheets, register: inputs.context.register) { SheetPresentation($0).table }
        for entry in entries {
            print("\(entry.approved.table.source): \(FindingText.counts(entry.findings))")
            for finding in entry.findings { print("  " + FindingText.line(finding)) }
        }
        let all = entries.flatMap(\.findings)
        print("\(entries.count) approved sheet\(entries.count == 1 ? "" : "s") checked: \(FindingText.counts(all)).")
        return all.contains { $0.severity == .error } ? 1 : 0
    }
}

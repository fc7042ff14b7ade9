import FordelingCore
import FordelingFormats

/// `fordel run`: the whole batch, Inputs/ → Outputs/, with the audit of the approved sheets.
enum RunCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "run", allowed: ["inputs", "outputs", "only"])
        try options.noPositionals(command: "run")
        let outputs = options["outputs"] ?? "Outputs"
        let inputs = try InputFolder(path: options["inputs"] ?? "Inputs", toolVersion: Version.current)
        let only = options["only"]
        var sheets = try BatchCalculator.calculate(inputs.definitions, context: inputs.context, only: only)
        if let only {
            sheets = sheets.filter { $0.id == only }
            try OutputFolder.replace(outputs, with: OutputFiles.files(for: sheets, provenance: inputs.provenance, index: false), keepingOthers: true)
            print(RunSummary.text(sheets, outputs: outputs))
            return 0
        }
        let audit = try Audit.run(inputs.approved, sheets: sheets, register: inputs.context.register)
        var files = OutputFiles.files(for: sheets, provenance: inputs.provenance, index: true)
        files.append(("audit.md", Array(AuditReport.render(audit, provenance: inputs.provenance).utf8)))
        try OutputFolder.replace(outputs, with: files)
        print(RunSummary.text(sheets, outputs: outputs))
        print(RunSummary.audit(audit, outputs: outputs))
        return 0
    }
}

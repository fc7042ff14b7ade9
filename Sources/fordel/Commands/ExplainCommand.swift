import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel explain ID [PARTY]`: how each row of a sheet was derived.
enum ExplainCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "explain", allowed: ["inputs"])
        guard (1...2).contains(options.positionals.count) else {
            throw UsageError(message: "'explain' takes a sheet id and optionally a party", command: "explain")
        }
        let id = options.positionals[0]
        let inputs = try InputFolder(path: options["inputs"] ?? "Inputs", toolVersion: Version.current)
        let sheets = try BatchCalculator.calculate(inputs.definitions, context: inputs.context, only: id)
        guard let sheet = sheets.first(where: { $0.id == id }) else { return 2 }
        print(try Explanation.text(sheet, party: options.positionals.count > 1 ? options.positionals[1] : nil, register: inputs.context.register),
              terminator: "")
        return 0
    }
}

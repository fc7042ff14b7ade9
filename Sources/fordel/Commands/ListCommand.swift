import FordelingCore
import FordelingFormats
import FordelingSystem

/// `fordel list`: one line per definition.
enum ListCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "list", allowed: ["inputs"])
        try options.noPositionals(command: "list")
        let inputs = try InputFolder(path: options["inputs"] ?? "Inputs", toolVersion: Version.current)
        print(DefinitionList.text(inputs.definitions))
        return 0
    }
}

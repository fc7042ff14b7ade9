import Foundation
import FordelingCore
import FordelingFormats

/// Entry point: dispatches to a command and turns every failure into a message and an exit code.
/// 0 ok, 1 findings, 2 usage or input error.
func main(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else {
        print(Help.overview)
        return 0
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h"), let help = Help.commands[command] {
        print(help)
        return 0
    }
    do {
        switch command {
        case "--version", "version":
            print("fordel \(Version.current)")
            return 0
        case "--help", "-h":
            print(Help.overview)
            return 0
        case "help":
            return try HelpCommand.run(rest)
        case "run":
            return try RunCommand.run(rest)
        case "list":
            return try ListCommand.run(rest)
        case "split":
            return try SplitCommand.run(rest)
        case "check":
            return try CheckCommand.run(rest)
        case "diff":
            return try DiffCommand.run(rest)
        case "explain":
            return try ExplainCommand.run(rest)
        default:
            throw UsageError(message: "unknown command '\(command)'", command: nil)
        }
    } catch let error as UsageError {
        printError("error: \(error.message)")
        printError(error.command.map { "Run 'fordel help \($0)' for its usage." } ?? "Run 'fordel help' for the commands.")
        return 2
    } catch let error as InputError {
        printError("error: \(error)")
        return 2
    } catch let error as OutputFolder.WriteError {
        printError("error: \(error)")
        return 2
    } catch {
        printError("error: \(error)")
        return 2
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

exit(main(Array(CommandLine.arguments.dropFirst())))

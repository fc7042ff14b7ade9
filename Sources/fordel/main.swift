// The C library's `stdout`, a global of C, is read once at exit (`flushingStandardOutput`).
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation
import FordelingCore
import FordelingFormats
import FordelingSystem

/// Entry point: dispatches to a command and turns every failure into a message and an exit code.
/// 0 ok, 1 findings, 2 usage or input error.
func main(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else {
        print(Help.overview)
        return 0
    }
    let rest = Array(arguments.dropFirst())
    let commands: [String: ([String]) throws -> Int32] = [
        "help": HelpCommand.run, "run": RunCommand.run, "list": ListCommand.run, "split": SplitCommand.run,
        "check": CheckCommand.run, "diff": DiffCommand.run, "explain": ExplainCommand.run,
    ]
    if rest.contains("--help") || rest.contains("-h"), let help = Help.commands[command] {
        print(help)
        return 0
    }
    // Outputs a killed run left beside their place are put back before any command reads them.
    for argument in rest where !argument.hasPrefix("-") { OutputFolder.restoreInterrupted(around: argument) }
    do {
        switch command {
        case "--version", "version":
            print("fordel \(Version.current)")
            return 0
        case "--help", "-h":
            print(Help.overview)
            return 0
        default:
            guard let run = commands[command] else { throw UsageError(message: "unknown command '\(command)'", command: nil) }
            return try run(rest)
        }
    } catch let error as UsageError {
        printError("error: \(error.message)")
        printError(error.command.map { "Run 'fordel help \($0)' for its usage." } ?? "Run 'fordel help' for the commands.")
        return 2
    } catch let error as InputError {
        printError("error: \(ErrorWording.text(error))")
        return 2
    } catch {
        // Write errors say where and what to do in their own words.
        printError("error: \(error)")
        return 2
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// `status`, or 2 if what was printed could not all be written (a full disk, a closed pipe): output lost
/// is an error, not a success.
func flushingStandardOutput(_ status: Int32) -> Int32 {
    let flushed = fflush(stdout) == 0
    let reason = String(cString: strerror(errno))
    guard !flushed || ferror(stdout) != 0 else { return status }
    printError("error: could not write to standard output (\(reason))")
    return 2
}

exit(flushingStandardOutput(main(Array(CommandLine.arguments.dropFirst()))))

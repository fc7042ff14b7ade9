/// `fordel help [COMMAND]`.
enum HelpCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        guard let command = arguments.first else {
            print(Help.overview)
            return 0
        }
        guard arguments.count == 1, let text = Help.commands[command] else {
            throw UsageError(message: "no help for '\(arguments.joined(separator: " "))'; the commands are \(Help.commands.keys.sorted().joined(separator: ", "))", command: nil)
        }
        print(text)
        return 0
    }
}

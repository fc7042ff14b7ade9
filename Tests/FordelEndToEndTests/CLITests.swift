import Testing

@Suite struct CLITests {
    @Test func versionAndHelp() throws {
        #expect(try Fordel.run(["--version"]).stdout == "fordel 0.1.0\n")
        let help = try Fordel.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("Commands:"))
        for command in ["run", "list", "split", "help"] {
            let text = try Fordel.run(["help", command])
            #expect(text.status == 0 && text.stdout.hasPrefix("Usage: fordel \(command)"))
            #expect(try Fordel.run([command, "--help"]).stdout == text.stdout)
        }
    }

    @Test func unknownCommandIsAUsageError() throws {
        let result = try Fordel.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: unknown command 'frobnicate'\nRun 'fordel help' for the commands.\n")
    }

    @Test func missingInputsFolderIsAnInputError() throws {
        let result = try Fordel.run(["run", "--inputs", "/nonexistent/Inputs", "--outputs", "/nonexistent/Outputs"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: /nonexistent/Inputs: the inputs folder does not exist. Check --inputs, or run fordel where Inputs/ is.\n")
    }
}

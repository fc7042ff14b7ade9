import Foundation
import Testing
import FordelingTestSupport

@Suite struct SplitTests {
    let populations = RepositoryPaths.inputs.appendingPathComponent("keys/befolkning-2019.csv").path

    @Test func splitOfTheErhvervshusTotalPrintsThePublishedContributions() throws {
        let result = try Fordel.run(["split", "--total", "23910000", "--key", populations])
        #expect(result.status == 0, "\(result.stderr)")
        // Published in ../shared/seeds/kkr-sjaelland-2019-erhvervsfremme.txt: Greve 1.445.162 … Vordingborg 1.312.788.
        #expect(result.stdout.contains("| Greve | 50.569 | 6,04 | 1.445.162 |"))
        #expect(result.stdout.contains("| Vordingborg | 45.937 | 5,49 | 1.312.788 |"))
        #expect(result.stdout.contains("| **I alt** | **836.657** | **100,00** | **23.910.000** |"))
        #expect(result.stdout.contains("Status: Afstemt"))
    }

    @Test func splitWritesCSVWithOutput() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Fordel.run(["split", "--total", "23.910.000 kr.", "--key", populations, "--output", output.path])
        #expect(result.status == 0)
        let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(text.contains("Greve;50569;6,04;1445162\r\n"))
    }

    @Test func namesNeedNotBeMunicipalitiesAndPublishedModeShowsTheDifference() throws {
        let key = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: key) }
        try Data("Selskab;Vægt\nA;1\nB;1\nC;1\n".utf8).write(to: key)
        let reconciled = try Fordel.run(["split", "--total", "100", "--key", key.path, "--unit", "øre"])
        #expect(reconciled.stdout.contains("| A | 1 | 33,33 | 33,34 |"))
        let published = try Fordel.run(["split", "--total", "100", "--key", key.path, "--unit", "øre", "--mode", "published"])
        #expect(published.status == 0)
        #expect(published.stdout.contains("| A | 1 | 33,33 | 33,33 |"))
        #expect(published.stdout.contains("Status: Ikke afstemt (difference -0,01 kr.)"))
    }

    @Test func splitWithOutputStatesTheSourceTheKeyStates() throws {
        let key = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)-out.csv")
        defer { try? FileManager.default.removeItem(at: key); try? FileManager.default.removeItem(at: output) }
        try Data("# kilde: Danmarks Statistik, FOLK1A\n# årgang: 2024\nNavn;Vægt\nA;1\nB;3\n".utf8).write(to: key)
        let result = try Fordel.run(["split", "--total", "100", "--key", key.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(csv.contains("\r\n\"Vægt: kilde: Danmarks Statistik, FOLK1A; årgang 2024.\"\r\n"))
        let printed = try Fordel.run(["split", "--total", "100", "--key", key.path])
        #expect(printed.stdout.contains("- Vægt: kilde: Danmarks Statistik, FOLK1A; årgang 2024.\n"))
    }

    @Test func aHeadingUsedTwiceInAKeyIsAnErrorOnBothPathsOfSplit() throws {
        let key = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)-out.csv")
        defer { try? FileManager.default.removeItem(at: key); try? FileManager.default.removeItem(at: output) }
        try Data("Navn;V;Andet;v\nA;1;5;2\nB;3;5;4\n".utf8).write(to: key)
        for extra in [[], ["--output", output.path]] {
            let result = try Fordel.run(["split", "--total", "100", "--key", key.path, "--column", "V"] + extra)
            #expect(result.status == 2)
            #expect(result.stderr == "error: \(key.path):1: columns 2 and 4 are both headed 'v'. Give every column its own heading.\n")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func aKeyWithoutRowsOrHeaderIsTheSameErrorOnBothPathsOfSplit() throws {
        let key = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)-out.csv")
        defer { try? FileManager.default.removeItem(at: key); try? FileManager.default.removeItem(at: output) }
        // A header as the last line without a line end, and a file of comments only.
        for (text, problem) in [("Navn;Vægt", "1: the table has a header but no rows."), ("# kilde: prøve\n\n", "1: the file has no header row.")] {
            try Data(text.utf8).write(to: key)
            let printed = try Fordel.run(["split", "--total", "100", "--key", key.path])
            let streamed = try Fordel.run(["split", "--total", "100", "--key", key.path, "--output", output.path])
            #expect(printed.status == 2 && streamed.status == 2, "\(text): \(streamed.stderr)")
            #expect(streamed.stderr.hasPrefix("error: \(key.path):\(problem)"), "\(streamed.stderr)")
            if text.hasPrefix("#") { #expect(streamed.stderr == printed.stderr) }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func aHeadingUsedTwiceInAKeyTableIsAnError() throws {
        try expectRunRejected("Inputs/keys/dobbelt.csv:3: columns 2 and 3 are both headed 'Befolkning'. Give every column its own heading.") {
            try $0.write("keys/dobbelt.csv", "# kilde: prøve\n# årgang: 2019\nKommune;Befolkning;Befolkning\nGreve;1;2\n")
        }
    }

    @Test func anUnknownColumnIsNamedWithTheKeyFileOnBothPaths() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)-out.csv")
        for extra in [[], ["--output", output.path]] {
            let result = try Fordel.run(["split", "--total", "100", "--key", populations, "--column", "nope"] + extra)
            #expect(result.status == 2)
            #expect(result.stderr == "error: \(populations):3: no column 'nope' in the header. Use one of: Befolkning 2019 (ØIM).\n")
        }
    }

    /// A name typed in another Unicode form (Å as A with a combining ring) is the same name: it sorts the same, so
    /// the same party gets the leftover unit, on both paths.
    @Test func aNameInAnotherUnicodeFormSplitsTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var sheets: [[String]] = []
        for name in ["\u{C5}by", "A\u{30A}by"] {
            let key = folder.appendingPathComponent("key.csv")
            try Data("Navn;Vægt\n\(name);1\nB;1\n".utf8).write(to: key)
            let printed = try Fordel.run(["split", "--total", "1", "--key", key.path])
            #expect(printed.stdout.contains("| \u{C5}by | 1 | 50,00 | 0 |\n| B | 1 | 50,00 | 1 |"), "\(printed.stdout)")
            let output = folder.appendingPathComponent("out.csv")
            #expect(try Fordel.run(["split", "--total", "1", "--key", key.path, "--output", output.path]).status == 0)
            sheets.append(String(decoding: try Data(contentsOf: output), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.contains("SHA-256") })
        }
        #expect(sheets[0] == sheets[1])
        #expect(sheets[0].contains("\u{C5}by;1;50,00;0"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let missing = try Fordel.run(["split", "--key", populations])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error: 'split' needs --total"))
        let badTotal = try Fordel.run(["split", "--total", "12.5", "--key", populations])
        #expect(badTotal.status == 2)
        #expect(badTotal.stderr.contains("--total: '12.5' is not a Danish number"))
        let unknown = try Fordel.run(["split", "--totl", "1"])
        #expect(unknown.stderr.contains("unknown option '--totl' for 'split'"))
    }
}

@Suite struct OutputSafetyTests {
    @Test func namesThatLookLikeFormulasStayTextAndMarkdownIsEscaped() throws {
        let key = FileManager.default.temporaryDirectory.appendingPathComponent("formula-\(UUID().uuidString).csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("formula-\(UUID().uuidString)-out.csv")
        defer { try? FileManager.default.removeItem(at: key); try? FileManager.default.removeItem(at: output) }
        try Data("Navn;Vægt\n\"=HYPERLINK(\"\"http://x\"\")\";1\n@SUM(A1);1\n-2+3;1\nA|B *c*;1\n".utf8).write(to: key)
        let result = try Fordel.run(["split", "--total", "-100", "--key", key.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";1;25,00;-25\r\n"))
        #expect(csv.contains("\r\n'@SUM(A1);1;25,00;-25\r\n"))
        #expect(csv.contains("\r\n'-2+3;1;25,00;-25\r\n"))
        #expect(csv.contains("\r\nI alt;4;100,00;-100\r\n"))
        let printed = try Fordel.run(["split", "--total", "-100", "--key", key.path])
        #expect(printed.stdout.contains("| A\\|B \\*c\\* | 1 | 25,00 | -25 |"))
    }
}

import Foundation
import Testing
import FordelingTestSupport

/// `split --output` writes a whole file or nothing: it never writes over its key or over what is not a
/// regular file, follows a link to the file it names, and splits to one file at once do not tear it.
@Suite struct SplitOutputFileTests {
    private let populations = RepositoryPaths.inputs.appendingPathComponent("keys/befolkning-2019.csv")

    /// A folder of its own for a test, holding a copy of the populations key as `key.csv`.
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: populations, to: folder.appendingPathComponent("key.csv"))
        return folder
    }

    /// Splits 100 kr. over key.csv into `output` in `folder` and expects exit 2, `message` and the folder unchanged.
    private func expectRefused(_ output: String, in folder: URL, _ message: String) throws {
        let before = try TreeSnapshot.of(folder)
        let result = try Fordel.run(["split", "--total", "100", "--key", "key.csv", "--output", output], in: folder)
        #expect(result.status == 2, "\(output)")
        #expect(result.stderr == "error: \(message)\n")
        #expect(try TreeSnapshot.of(folder) == before, "\(output) changed the folder")
    }

    @Test func theKeyItselfIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "key.csv")
        try FileManager.default.linkItem(at: folder.appendingPathComponent("key.csv"), to: folder.appendingPathComponent("hard.csv"))
        for output in ["key.csv", "./key.csv", "link.csv", "hard.csv"] {
            try expectRefused(output, in: folder, "output file '\(output)': this is the key file. Writing the sheet there would destroy the key; give --output another file.")
        }
    }

    @Test func anOutputThatIsNotARegularFileIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o644) == 0)
        try expectRefused("pipe", in: folder, "output file 'pipe': this is a pipe (FIFO), not a regular file. "
                          + "Fordeling writes a new file and renames it into place, which would replace it; give --output the path of a file.")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try expectRefused("sub/", in: folder, "output file 'sub/': this is a folder, not a regular file. "
                          + "Fordeling writes a new file and renames it into place, which would replace it; give --output the path of a file.")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.csv").path, withDestinationPath: "nowhere/x.csv")
        try expectRefused("gone.csv", in: folder, "output file 'gone.csv': this is a symbolic link to 'nowhere/x.csv', which does not exist. "
                          + "Create the file it points to, or remove the link.")
        try expectRefused("nowhere/x.csv", in: folder, "output file 'nowhere/x.csv': the folder it would be in does not exist. Create it, or give --output another path.")
        let before = try TreeSnapshot.of(folder)
        let empty = try Fordel.run(["split", "--total", "100", "--key", "key.csv", "--output", ""], in: folder)
        #expect(empty.status == 2)
        #expect(empty.stderr == "error: --output is empty; give the file to write, e.g. --output bidrag.csv\nRun 'fordel help split' for its usage.\n")
        #expect(try TreeSnapshot.of(folder) == before)
    }

    @Test func aLinkIsWrittenThrough() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("real/sheet.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "real/sheet.csv")
        let result = try Fordel.run(["split", "--total", "23.910.000", "--key", "key.csv", "--output", "link.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path) == "real/sheet.csv")
        let sheet = String(decoding: try Data(contentsOf: folder.appendingPathComponent("real/sheet.csv")), as: UTF8.self)
        #expect(sheet.contains("Greve;50569;6,04;1445162\r\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("real").path) == ["sheet.csv"])
    }

    @Test func splitsToOneFileAtOnceEachWriteAWholeSheet() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Enough parties that two splits overlap.
        var key = "Part;Vægt\n"
        for index in 0..<200_000 { key += "Part \(index);\(index % 997 + 1)\n" }
        try Data(key.utf8).write(to: folder.appendingPathComponent("big.csv"))
        let arguments = ["split", "--total", "123.456.789", "--key", "big.csv", "--output", "out.csv"]
        #expect(try Fordel.run(arguments, in: folder).status == 0)
        let solo = try Data(contentsOf: folder.appendingPathComponent("out.csv"))
        for pair in 0..<3 {
            let first = try Fordel.start(arguments, in: folder)
            let second = try Fordel.start(arguments, in: folder)
            for result in [first.finish(), second.finish()] { #expect(result.status == 0, "pair \(pair): \(result.stderr)") }
            #expect(try Data(contentsOf: folder.appendingPathComponent("out.csv")) == solo, "pair \(pair): a torn sheet")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["big.csv", "key.csv", "out.csv"])
    }

    @Test func whatAKilledSplitLeftIsRemovedAndNothingElse() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let killed = ".out.csv.fordel-partial-\(try EndedProcess.id())-1"
        let running = ".out.csv.fordel-partial-\(getpid())-1"
        for name in [killed, running] { try Data("half\n".utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try Fordel.run(["split", "--total", "100", "--key", "key.csv", "--output", "out.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [running, "key.csv", "out.csv"])
    }

    @Test func aFullStandardOutputIsAnError() throws {
        let process = Process()
        process.executableURL = Fordel.executable
        process.arguments = ["split", "--total", "100", "--key", populations.path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let error = Pipe()
        process.standardError = error
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "error: could not write to standard output (No space left on device)\n")
    }
}

import Foundation
import Testing

/// `fordel run` replaces its outputs folder as a whole, so it refuses one whose replacement would delete
/// what is not Fordeling's: exit 2, a message saying what, where and how to fix it, and nothing touched.
@Suite struct OutputFolderRefusalTests {
    private let ownFolder = "Fordeling replaces its outputs folder as a whole; give it a folder of its own, e.g. --outputs Outputs."

    /// Runs `arguments` in `directory` (default: the workspace's root) and expects exit 2, `message` (all of
    /// standard error, or the part of it that must be there) and the whole workspace unchanged.
    private func expectRefused(_ workspace: Workspace, _ arguments: [String], in directory: URL? = nil, _ message: String,
                               exactly: Bool = true) throws {
        let before = try TreeSnapshot.of(workspace.root)
        let result = try Fordel.run(arguments, in: directory ?? workspace.root)
        #expect(result.status == 2, "\(arguments)")
        if exactly {
            #expect(result.stderr == "error: \(message)\n")
        } else {
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try TreeSnapshot.of(workspace.root) == before, "\(arguments) changed the workspace")
    }

    @Test func theCurrentFolderOrOneHoldingItIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Data("mine\n".utf8).write(to: workspace.root.appendingPathComponent("notes.txt"))
        try expectRefused(workspace, ["run", "--outputs", "."], "outputs folder '.': this is the current folder. \(ownFolder)")
        try expectRefused(workspace, ["run", "--outputs", "Outputs/.."], "outputs folder 'Outputs/..': this is the current folder. \(ownFolder)")
        try expectRefused(workspace, ["run", "--outputs", workspace.root.path + "/"], "': this is the current folder. \(ownFolder)", exactly: false)
        let sub = workspace.root.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try expectRefused(workspace, ["run", "--inputs", "../Inputs", "--outputs", ".."], in: sub,
                          "outputs folder '..': this folder holds the current folder. \(ownFolder)")
        try expectRefused(workspace, ["run", "--inputs", "../Inputs", "--outputs", "/"], in: sub,
                          "outputs folder '/': this folder holds the current folder. \(ownFolder)")
    }

    @Test func theInputsFolderOrOneInsideOrAroundItIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try expectRefused(workspace, ["run", "--outputs", "Inputs"], "outputs folder 'Inputs': this is the inputs folder. \(ownFolder)")
        try expectRefused(workspace, ["run", "--outputs", "Inputs/keys/"], "outputs folder 'Inputs/keys/': this folder is inside the inputs folder. \(ownFolder)")
        try expectRefused(workspace, ["run", "--outputs", "Inputs/Outputs"], "outputs folder 'Inputs/Outputs': this folder is inside the inputs folder. \(ownFolder)")
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("Link").path, withDestinationPath: "Inputs")
        try expectRefused(workspace, ["run", "--outputs", "Link"], "outputs folder 'Link': this is the inputs folder. \(ownFolder)")
        // From another folder, an outputs folder that holds the inputs.
        let elsewhere = FileManager.default.temporaryDirectory
        try expectRefused(workspace, ["run", "--inputs", workspace.inputs.path, "--outputs", workspace.root.path], in: elsewhere,
                          "': this folder holds the inputs folder. \(ownFolder)", exactly: false)
    }

    @Test func anOutputsThatIsNotAFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.outputs)
        try Data("mine\n".utf8).write(to: workspace.outputs)
        try expectRefused(workspace, ["run"], "outputs folder 'Outputs': this is a file, not a folder. Move it away, or give --outputs a folder.")
        try expectRefused(workspace, ["run", "--only", "erhvervshus-2019", "--outputs", "Outputs/"],
                          "outputs folder 'Outputs/': this is a file, not a folder. Move it away, or give --outputs a folder.")
        try FileManager.default.removeItem(at: workspace.outputs)
        try FileManager.default.createSymbolicLink(atPath: workspace.outputs.path, withDestinationPath: "Gone")
        try expectRefused(workspace, ["run"], "outputs folder 'Outputs': this is a symbolic link to 'Gone', which does not exist. Create the folder it points to, or remove the link.")
    }

    @Test func anEmptyOutputsIsAUsageError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try TreeSnapshot.of(workspace.root)
        let result = try workspace.run(["run", "--outputs", ""])
        #expect(result.status == 2)
        #expect(result.stderr == "error: --outputs is empty; give the folder to write, e.g. --outputs Outputs\nRun 'fordel help run' for its usage.\n")
        #expect(try TreeSnapshot.of(workspace.root) == before)
    }

    @Test func filesFordelingDidNotWriteAreListedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let manager = FileManager.default
        try Data("mine\n".utf8).write(to: workspace.outputs.appendingPathComponent("notes.txt"))
        try manager.createDirectory(at: workspace.outputs.appendingPathComponent("scenarios/mine"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: workspace.outputs.appendingPathComponent("scenarios/mine/kladde.docx"))
        try manager.createDirectory(at: workspace.outputs.appendingPathComponent("extra"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: workspace.outputs.appendingPathComponent("link.csv").path, withDestinationPath: "/etc/hostname")
        let message = "outputs folder 'Outputs': it holds files Fordeling did not write: extra/, link.csv, notes.txt, scenarios/mine/kladde.docx. "
            + "Fordeling replaces its outputs folder as a whole and would delete them; move them elsewhere, or give --outputs another folder."
        try expectRefused(workspace, ["run"], message)
        try expectRefused(workspace, ["run", "--only", "erhvervshus-2019"], message)
        try expectRefused(workspace, ["run", "--scenario", "x", "--set", "erhvervshus-2019.total=25.000.000"], message)
    }

    @Test func aFolderWithoutFordelingsIndexIsNotFordelings() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let reports = workspace.root.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for index in 1...7 { try Data("mine\n".utf8).write(to: reports.appendingPathComponent("budget-\(index).csv")) }
        try expectRefused(workspace, ["run", "--outputs", "Reports"],
                          "outputs folder 'Reports': it holds files Fordeling did not write (it has no Fordeling index, README.md): "
                          + "budget-1.csv, budget-2.csv, budget-3.csv, budget-4.csv, budget-5.csv and 2 more. "
                          + "Fordeling replaces its outputs folder as a whole and would delete them; move them elsewhere, or give --outputs another folder.")
        // --only and --scenario update the outputs of a full run, and add to nothing else.
        try expectRefused(workspace, ["run", "--only", "erhvervshus-2019", "--outputs", "New"],
                          "outputs folder 'New': it has no Fordeling index (README.md); --only and --scenario update the outputs of a full run. Run the whole batch first.")
        try expectRefused(workspace, ["run", "--scenario", "x", "--set", "erhvervshus-2019.total=1", "--outputs", "New/Sheets"],
                          "outputs folder 'New/Sheets': it has no Fordeling index (README.md); --only and --scenario update the outputs of a full run. Run the whole batch first.")
        // An empty folder is Fordeling's to fill.
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("Empty"), withIntermediateDirectories: true)
        #expect(try workspace.run(["run", "--outputs", "Empty"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("Empty/README.md").path))
    }

    @Test func aLinkToAnOutputsFolderIsFollowed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let manager = FileManager.default
        let real = workspace.root.appendingPathComponent("Real")
        try manager.moveItem(at: workspace.outputs, to: real)
        try manager.createSymbolicLink(atPath: workspace.outputs.path, withDestinationPath: "Real")
        try workspace.edit("definitions/2019-kkr-sjaelland-erhvervsfremme.txt", replacing: "total = 23,91 mio. kr.", with: "total = 24 mio. kr.")
        let result = try workspace.run(["run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try manager.destinationOfSymbolicLink(atPath: workspace.outputs.path) == "Real")
        let sheet = try String(contentsOf: real.appendingPathComponent("erhvervshus-2019.md"), encoding: .utf8)
        #expect(sheet.contains("24.000.000"))
        #expect(try manager.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }.isEmpty)
    }

    @Test func anAbsoluteOutputsWithATrailingSlashIsReplacedFromAnotherFolder() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        try FileManager.default.removeItem(at: workspace.outputs.appendingPathComponent("erhvervshus-2019.md"))
        let result = try Fordel.run(["run", "--inputs", workspace.inputs.path, "--outputs", workspace.outputs.path + "/"],
                                    in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        // audit.md and the report's pages (the audit's findings) name the approved sheets by the path given to --inputs.
        let samePaths = { (file: String) in file != "/audit.md" && !file.hasSuffix(".html") }
        #expect(try workspace.outputSnapshot().filter { samePaths($0.key) } == before.filter { samePaths($0.key) })
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == ["Inputs", "Outputs"])
    }

    #if os(Linux)
    @Test func aMountPointIsRefusedWithAClearMessage() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // A file system mounted on Outputs/, in a mount namespace of the test's own (no privileges needed).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--user", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs tmpfs Outputs && exec \"$0\" run", Fordel.executable.path]
        process.currentDirectoryURL = workspace.root
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "error: outputs folder 'Outputs': a file system is mounted on this folder, and a mount point cannot be replaced. "
                + "Give --outputs a folder inside it, e.g. --outputs Outputs/ark.\n")
    }
    #endif

    @Test func aSecondWriterWaitsAndThenNamesTheFirst() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        // This test process holds the lock, as a run writing Outputs/ does.
        let lock = open(workspace.root.appendingPathComponent(".Outputs.fordel-lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(lock >= 0)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        let pid = Array("\(getpid())\n".utf8)
        #expect(write(lock, pid, pid.count) == pid.count)
        let result = try workspace.run(["run"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: outputs folder 'Outputs': another fordel run (process \(getpid())) is writing it, and still was after 5 seconds. Run again when it has finished.\n")
        #expect(try workspace.outputSnapshot() == before)
    }
}

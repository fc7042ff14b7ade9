import Foundation
import Testing

/// A run either replaces Outputs/ completely or leaves it byte-identical, even when it is killed.
@Suite struct AtomicOutputTests {
    /// Many definitions, so that a run takes long enough to be killed in the middle.
    private func slowWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        var text = ""
        for index in 0..<1500 {
            text += "[kopi-\(index)]\ntitle = Kopi \(index)\nyear = 2019\nparties = KKR Sjælland\nrule = split\nkey = befolkning-2019\ntotal = \(23_910_000 + index) kr.\n"
        }
        try workspace.write("definitions/zz-kopier.txt", text)
        return workspace
    }

    @Test func killingARunMidwayLeavesThePreviousOutputs() throws {
        let workspace = try slowWorkspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        var snapshots: [[String: Data]] = []
        for delay in [0.05, 0.2, 0.5, 0.9, 1.4] {
            let process = Process()
            process.executableURL = Fordel.executable
            process.arguments = ["run"]
            process.currentDirectoryURL = workspace.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            snapshots.append(try workspace.outputSnapshot())
        }
        // A complete run afterwards recovers from any leftovers and writes the new outputs.
        let complete = try workspace.run(["run"])
        #expect(complete.status == 0)
        let after = try workspace.outputSnapshot()
        #expect(after.keys.contains("/kopi-1499.csv"))
        for (index, snapshot) in snapshots.enumerated() {
            #expect(snapshot == before || snapshot == after, "kill \(index): Outputs/ is neither the previous nor the complete new one")
        }
        #expect(snapshots.contains(before), "no kill landed before the swap; the run may have become too fast for this test")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    private func leftovers(_ workspace: Workspace) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.contains("fordel-") }.sorted()
    }

    /// Where the system has no atomic exchange, the swap is two renames; a run killed between them leaves no
    /// Outputs/, only the previous outputs beside it. The next command that reads or writes them puts them back.
    @Test func aSwapInterruptedBetweenItsTwoRenamesIsPutBack() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        let manager = FileManager.default
        let ended = try EndedProcess.id()
        let previous = workspace.root.appendingPathComponent(".Outputs.fordel-old-\(ended)-1")
        try manager.createDirectory(at: workspace.root.appendingPathComponent(".Outputs.fordel-new-\(ended)-1"), withIntermediateDirectories: true)
        // A command that reads an output.
        try manager.moveItem(at: workspace.outputs, to: previous)
        let diff = try workspace.run(["diff", "Outputs/erhvervshus-2019.csv", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(try workspace.outputSnapshot() == before)
        // A run that fails: it puts the outputs back and removes nothing it did not make.
        try manager.moveItem(at: workspace.outputs, to: previous)
        try workspace.edit("keys/dut-2019.csv", replacing: "Greve;0,825", with: "Greve;x")
        #expect(try workspace.run(["run"]).status == 2)
        #expect(try workspace.outputSnapshot() == before)
        #expect(try leftovers(workspace) == [".Outputs.fordel-new-\(ended)-1"])
        // The next complete run tidies what the killed one left.
        try workspace.edit("keys/dut-2019.csv", replacing: "Greve;x", with: "Greve;0,825")
        #expect(try workspace.run(["run"]).status == 0)
        #expect(try workspace.outputSnapshot() == before)
        #expect(try leftovers(workspace).isEmpty)
    }

    #if os(Linux)
    /// A workspace, its outputs, and a total changed since they were made.
    private func workspaceWithANewTotal() throws -> (Workspace, [String: Data]) {
        let workspace = try Workspace()
        let before = try workspace.outputSnapshot()
        try workspace.edit("definitions/2019-kkr-sjaelland-erhvervsfremme.txt", replacing: "total = 23,91 mio. kr.", with: "total = 24 mio. kr.")
        return (workspace, before)
    }

    /// Killed right after any rename it makes, a run leaves the previous outputs or the complete new ones, never
    /// none: the swap is one atomic exchange.
    @Test func aRunKilledRightAfterARenameLeavesCompleteOutputs() throws {
        let killer = try RenameKiller()
        defer { killer.remove() }
        let (workspace, before) = try workspaceWithANewTotal()
        defer { workspace.remove() }
        var snapshots: [[String: Data]] = []
        for rename in 1...5 {
            let result = try Fordel.start(["run"], in: workspace.root, environment: killer.environment(afterRename: rename)).finish()
            if result.status == 0 { break }
            #expect(result.status == SIGKILL, "\(result.stderr)")
            snapshots.append(try workspace.outputSnapshot())
        }
        #expect(!snapshots.isEmpty, "the run made no rename to be killed after")
        #expect(try workspace.run(["run"]).status == 0)
        let after = try workspace.outputSnapshot()
        #expect(after != before)
        for (index, snapshot) in snapshots.enumerated() {
            #expect(snapshot == before || snapshot == after, "killed after rename \(index + 1): Outputs/ is neither the previous nor the new one")
        }
        #expect(try leftovers(workspace).isEmpty)
    }

    /// Where the system has no atomic exchange, a run killed between the two renames of its swap leaves no
    /// Outputs/; the next command that reads them puts the previous ones back.
    @Test func withoutTheExchangeTheNextCommandUndoesAKilledSwap() throws {
        let killer = try RenameKiller()
        defer { killer.remove() }
        let (workspace, before) = try workspaceWithANewTotal()
        defer { workspace.remove() }
        let killed = try Fordel.start(["run"], in: workspace.root, environment: killer.environment(afterRename: 1, exchange: false)).finish()
        #expect(killed.status == SIGKILL)
        #expect(!FileManager.default.fileExists(atPath: workspace.outputs.path))
        let diff = try workspace.run(["diff", "Outputs/erhvervshus-2019.csv", "Inputs/approved/erhvervshus-2019.csv"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(try workspace.outputSnapshot() == before)
        // A whole run without the exchange replaces the outputs and tidies what the killed one left.
        let complete = try Fordel.start(["run"], in: workspace.root, environment: killer.environment(afterRename: nil, exchange: false)).finish()
        #expect(complete.status == 0, "\(complete.stderr)")
        #expect(try workspace.outputSnapshot()["/erhvervshus-2019.md"] != before["/erhvervshus-2019.md"])
        #expect(try leftovers(workspace).isEmpty)
    }
    #endif
}

#if os(Linux)
/// A library preloaded into `fordel` that kills it (SIGKILL) right after its Nth rename, as a crash or a power
/// cut at that moment would, and can take away the atomic exchange. Built with the toolchain's C compiler.
struct RenameKiller {
    private let folder: URL
    private var library: URL { folder.appendingPathComponent("rename-killer.so") }

    private static let source = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <errno.h>
        #include <signal.h>
        #include <stdlib.h>

        static int renames;

        static void counted(void) {
            const char *after = getenv("FORDEL_KILL_AFTER_RENAME");
            if (after && ++renames == atoi(after)) raise(SIGKILL);
        }

        int rename(const char *from, const char *to) {
            int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
            int result = real(from, to);
            counted();
            return result;
        }

        int renameat(int fromfd, const char *from, int tofd, const char *to) {
            int (*real)(int, const char *, int, const char *) = (int (*)(int, const char *, int, const char *))dlsym(RTLD_NEXT, "renameat");
            int result = real(fromfd, from, tofd, to);
            counted();
            return result;
        }

        int renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags) {
            int (*real)(int, const char *, int, const char *, unsigned int) =
                (int (*)(int, const char *, int, const char *, unsigned int))dlsym(RTLD_NEXT, "renameat2");
            /* As on a file system without the exchange (NFS, FAT). */
            if (!real || getenv("FORDEL_NO_EXCHANGE")) { errno = EINVAL; return -1; }
            int result = real(fromfd, from, tofd, to, flags);
            counted();
            return result;
        }
        """

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordel-rename-killer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("rename-killer.c")
        try Data(RenameKiller.source.utf8).write(to: source)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["clang", "-shared", "-fPIC", "-o", library.path, source.path, "-ldl"]
        try compiler.run()
        compiler.waitUntilExit()
        #expect(compiler.terminationStatus == 0, "could not build the rename killer with clang")
    }

    /// Kills after rename `count` (never if nil); without `exchange`, `renameat2` fails as where there is none.
    func environment(afterRename count: Int?, exchange: Bool = true) -> [String: String] {
        var environment = ["LD_PRELOAD": library.path]
        if let count { environment["FORDEL_KILL_AFTER_RENAME"] = "\(count)" }
        if !exchange { environment["FORDEL_NO_EXCHANGE"] = "1" }
        return environment
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
#endif

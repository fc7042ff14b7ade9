import Foundation
import Testing
@testable import FordelingSystem

/// A file written in pieces from several threads appears, whole and in order, only when it is finished.
@Suite struct AtomicFileTests {
    @Test func piecesWrittenOnEveryCoreAppearInTurnWhenTheFileIsFinished() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.csv").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        let file = AtomicFile(path: path)
        try Array("head\n".utf8).withUnsafeBytes { try file.write($0) }
        _ = Parallel.map(64) { piece in
            Array("piece \(piece)\n".utf8).withUnsafeBytes { file.write($0, turn: piece) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous", "the file is replaced only when it is finished")
        try file.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "head\n" + (0..<64).map { "piece \($0)\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }
}

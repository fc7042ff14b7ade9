import Foundation
import Testing
@testable import FordelingSystem

@Suite struct FileReaderTests {
    /// The reader reads what a file holds, even past the size it stated (a file still growing), but never past its limit.
    @Test func readsPastTheStatedSizeButNotPastTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("filereader-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x41, count: 100_000)))
        let read = { (expected: Int, limit: Int) -> FileReader.Outcome in
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            return FileReader.read(descriptor, expected: expected, limit: limit)
        }
        #expect(read(10, 100_000) == .bytes([UInt8](repeating: 0x41, count: 100_000)))
        #expect(read(100_000, 100_000) == .bytes([UInt8](repeating: 0x41, count: 100_000)))
        #expect(read(10, 99_999) == .pastLimit)
        #expect(read(100_000, 70_000) == .pastLimit)
        #expect(read(0, 0) == .pastLimit)
    }
}

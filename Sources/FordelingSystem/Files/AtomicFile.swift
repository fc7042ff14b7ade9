import Foundation
import FordelingFormats

/// A file written under a name of its own beside it (`TemporaryName`) and renamed into place when complete: no
/// one sees it half written, two writers of one file each write a whole file and the last to finish wins, and
/// what a killed writer left is removed by the next. Pieces made on several threads are written in turn.
public final class AtomicFile: @unchecked Sendable {
    private let path: String
    private let temporary: String
    private var handle: FileHandle?
    private let turns = NSCondition()
    private var turnsTaken = 0
    private var failure: OutputFolder.WriteError?

    public init(path: String) {
        self.path = path
        temporary = TemporaryName(target: path, kind: "partial").make()
    }

    deinit {
        if handle != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Appends `bytes` to the file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputFolder.WriteError) {
        if handle == nil {
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputFolder.WriteError(description: "\(path): could not create the file (\(OutputFolder.systemError())).") }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        guard let base = bytes.baseAddress else { return }
        do {
            try handle?.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
        } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(OutputFolder.reason(error))).")
        }
    }

    /// Appends `bytes` as piece `turn` (counting from 0) of those written in turn: after every piece before it.
    /// A failure is kept for `finish`.
    public func write(_ bytes: UnsafeRawBufferPointer, turn: Int) {
        turns.lock()
        defer { turns.unlock() }
        while turnsTaken != turn { turns.wait() }
        if failure == nil {
            do { try write(bytes) } catch { failure = error }
        }
        turnsTaken += 1
        turns.broadcast()
    }

    /// Closes the file and moves it into place, then removes what writers killed while writing it left; the
    /// first failure of a piece written in turn is thrown here.
    public func finish() throws(OutputFolder.WriteError) {
        if let failure { throw failure }
        do { try handle?.close() } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(OutputFolder.reason(error))).")
        }
        handle = nil
        guard rename(temporary, path) == 0 else {
            let reason = OutputFolder.systemError()
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputFolder.WriteError(description: "\(path): could not move the finished file into place (\(reason)).")
        }
        for leftover in TemporaryName(target: path, kind: "partial").leftovers() { try? FileManager.default.removeItem(atPath: leftover) }
    }
}

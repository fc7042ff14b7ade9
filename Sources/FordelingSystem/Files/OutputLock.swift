import Foundation
import FordelingCore
import FordelingFormats

/// Writers of one outputs folder take turns: each holds an advisory lock (`flock`) on `.NAME.fordel-lock`
/// beside the folder, with its process id written in it, and removes the file when it is done. The system
/// lets go of a killed process's lock, so a killed run never holds up the next.
struct OutputLock {
    /// How long a run waits for another's turn to end: this many tries, `pause` apart (5 seconds).
    private static let tries = 100
    private static let pause: useconds_t = 50_000

    private let descriptor: Int32
    private let file: String

    /// Waits for the lock of `folder` (named `name` in messages); throws naming the holder if it is not free in time.
    init(for folder: String, named name: String) throws(OutputFolder.WriteError) {
        file = RealPath.parent(folder) + "/.\(RealPath.name(folder)).fordel-lock"
        var holder = ""
        for _ in 0..<OutputLock.tries {
            // Never through a link: the file is truncated and written.
            let descriptor = open(file, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputFolder.WriteError(description: "\(name): could not create its lock file beside it (\(OutputFolder.systemError())). "
                                              + "Check that the folder holding it is writable.")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The holder before may have removed the file just as the lock was taken: then take the file there now.
                guard OutputLock.isCurrent(descriptor, file) else {
                    close(descriptor)
                    continue
                }
                let pid = Array("\(getpid())\n".utf8)
                _ = ftruncate(descriptor, 0)
                _ = pwrite(descriptor, pid, pid.count, 0)
                self.descriptor = descriptor
                return
            }
            let failure = errno
            holder = OutputLock.holder(descriptor)
            close(descriptor)
            guard failure == EWOULDBLOCK || failure == EINTR else {
                throw OutputFolder.WriteError(description: "\(name): could not lock it for writing (\(String(cString: strerror(failure)))).")
            }
            usleep(OutputLock.pause)
        }
        let seconds = OutputLock.tries * Int(OutputLock.pause) / 1_000_000
        let process = holder.isEmpty ? "" : " (process \(holder.abbreviated()))"
        throw OutputFolder.WriteError(description: "\(name): another fordel run\(process) is writing it, and still was after \(seconds) seconds. "
                                      + "Run again when it has finished.")
    }

    /// Lets the next writer in; the lock file goes first, so that no one waits on a file no longer there.
    func release() {
        unlink(file)
        close(descriptor)
    }

    /// Whether `descriptor` is open on the file now at `path`.
    private static func isCurrent(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat()
        var named = stat()
        return fstat(descriptor, &open) == 0 && stat(path, &named) == 0 && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// The process id the holder wrote in the lock file.
    private static func holder(_ descriptor: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        return String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

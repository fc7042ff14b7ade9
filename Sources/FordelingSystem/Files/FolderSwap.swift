import FordelingFormats
import Foundation

/// Puts a folder written in full in the place of the one it replaces. On Linux the two swap names in one step
/// (`renameat2` with `RENAME_EXCHANGE`), so there is no moment without the folder. Where the system cannot
/// (another system, or a file system without the exchange), the old folder is renamed aside and the new one
/// moved in: a run killed between the two renames leaves the old folder beside its place, and the next command
/// that reads or writes it puts it back (`InterruptedRuns.restore`).
enum FolderSwap {
    /// Replaces `target` by `staging`, and returns where the previous folder now is, for the caller to remove
    /// (nil if there was none). Throws the system's reason, and where the previous folder is when it could not
    /// be put back.
    static func replace(_ target: String, with staging: String) throws(SwapError) -> String? {
        guard FileKind.exists(target) else {
            guard rename(staging, target) == 0 else { throw SwapError(reason: OutputFolder.systemError(), previousAt: nil) }
            return nil
        }
        if exchange(staging, target) == 0 { return staging }
        guard [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(errno) else { throw SwapError(reason: OutputFolder.systemError(), previousAt: nil) }
        let previous = TemporaryName(target: target, kind: "old").make()
        guard rename(target, previous) == 0 else { throw SwapError(reason: OutputFolder.systemError(), previousAt: nil) }
        guard rename(staging, target) == 0 else {
            let reason = OutputFolder.systemError()
            throw SwapError(reason: reason, previousAt: rename(previous, target) == 0 ? nil : previous)
        }
        return previous
    }

    struct SwapError: Error {
        let reason: String
        /// Where the previous folder is, if it could not be put back in its place.
        let previousAt: String?
    }

    /// `renameat2(from, to, RENAME_EXCHANGE)`, looked up when called (the C library's headers may not declare
    /// it); -1 with `ENOSYS` where there is none.
    private static func exchange(_ from: String, _ to: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 1 << 1
        if let symbol = dlsym(nil, "renameat2") {
            return unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, from, AT_FDCWD, to, renameExchange)
        }
        #endif
        errno = ENOSYS
        return -1
    }
}

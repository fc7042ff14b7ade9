import FordelingFormats
import Foundation

/// What killed runs left beside an outputs folder, dealt with by the next command that reads or writes it,
/// while it holds the folder's lock (`OutputLock`), so that no run still working is disturbed.
enum InterruptedRuns {
    /// Puts the previous outputs back if `folder` is missing because a run was killed between the two renames
    /// of a swap without an atomic exchange (`FolderSwap`).
    static func restore(_ folder: String) {
        guard !FileKind.exists(folder), let previous = TemporaryName(target: folder, kind: "old").leftovers().last else { return }
        _ = rename(previous, folder)
    }

    /// Removes the folders killed runs were writing beside `folder`, and the outputs they had replaced.
    static func removeLeftovers(_ folder: String) {
        for kind in ["new", "old"] {
            for leftover in TemporaryName(target: folder, kind: kind).leftovers() { try? FileManager.default.removeItem(atPath: leftover) }
        }
    }
}

import FordelingFormats
import Foundation

/// The names of what a writer makes beside its target while it works, `.NAME.fordel-KIND-PID-SUFFIX`: unique
/// to the process and the moment, so that no two writers share one, and what a killed writer left is known
/// as such by its process id.
public struct TemporaryName {
    /// The path of the folder or file being written.
    public let target: String
    /// What the name is for: `new` (a folder being written), `old` (the folder it replaces), `partial` (a file).
    public let kind: String

    public init(target: String, kind: String) {
        self.target = target
        self.kind = kind
    }

    private var prefix: String { ".\(RealPath.name(target)).fordel-\(kind)-" }

    /// A new name, beside the target.
    public func make() -> String {
        RealPath.parent(target) + "/" + prefix + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    /// The names beside the target made by processes that have ended, sorted.
    public func leftovers() -> [String] {
        let folder = RealPath.parent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            guard name.hasPrefix(prefix), let owner = pid_t(name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }) else { return false }
            return TemporaryName.hasEnded(owner)
        }.sorted().map { folder + "/" + $0 }
    }

    /// Whether no process `pid` runs (it was killed, or ended without tidying).
    private static func hasEnded(_ pid: pid_t) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}

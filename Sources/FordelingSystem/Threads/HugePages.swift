import FordelingFormats
import Foundation

/// Memory for large arrays in 2 MB pages. On a virtual machine each 4 KB page fault costs microseconds: for a
/// split of a million rows, faulting in its ~80 MB of arrays took a third of the time. Linux's transparent huge
/// pages, asked for per region, fault 2 MB at once.
public enum HugePages {
    /// Asks for huge pages under the whole 2 MB stretches of `buffer` (before it is first written).
    public static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        #if os(Linux)
        guard let base = buffer.baseAddress else { return }
        let size = 2 << 20
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count * MemoryLayout<Element>.stride) & ~(size - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
        #endif
    }
}

extension Array {
    /// `Array(unsafeUninitializedCapacity:initializingWith:)` in huge pages: for arrays of megabytes.
    public init(hugeUninitializedCapacity capacity: Int, initializingWith initializer: (inout UnsafeMutableBufferPointer<Element>, inout Int) -> Void) {
        self.init(unsafeUninitializedCapacity: capacity) { buffer, count in
            HugePages.advise(buffer)
            initializer(&buffer, &count)
        }
    }
}

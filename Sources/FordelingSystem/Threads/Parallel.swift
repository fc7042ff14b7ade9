import FordelingFormats
import Foundation

/// Work spread over every core.
public enum Parallel {
    /// `body(0)`, …, `body(count - 1)`, run on all cores at once; the results in index order. Each call may
    /// write only memory no other call touches (its own stretch of an array), which is what makes this safe.
    public static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
        withoutActuallyEscaping(body) { body in
            let work = Work(body: body)
            let results = Slots<Result>(count)
            DispatchQueue.concurrentPerform(iterations: count) { results[$0] = work.body($0) }
            return results.values
        }
    }

    /// An array made on all cores: `fill(piece, base)` runs once for each stretch `bounds[piece]..<bounds[piece + 1]`
    /// and initialises, through `base`, the elements set aside for that stretch (its own, or its places in a
    /// scatter); together the calls initialise every element once. Returns the array and what each call returned.
    public static func array<Element, Result>(_ bounds: [Int], _ fill: (Int, UnsafeMutablePointer<Element>) -> Result) -> (array: [Element], results: [Result]) {
        var results: [Result] = []
        let count = bounds[bounds.count - 1]
        let array = [Element](hugeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { results = map(bounds.count - 1) { fill($0, base) } }
            initialized = count
        }
        return (array, results)
    }

    /// `count` items cut into about `pieces` stretches of consecutive indices (fewer for few items), as bounds.
    public static func bounds(of count: Int, pieces: Int) -> [Int] {
        let pieces = max(1, min(pieces, count))
        return (0...pieces).map { count * $0 / pieces }
    }

    /// The body, shared by the threads under the contract above.
    private struct Work<Result>: @unchecked Sendable {
        let body: (Int) -> Result
    }

    /// One result per index, each written by one thread.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]
        init(_ count: Int) { slots = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Value? {
            get { lock.lock(); defer { lock.unlock() }; return slots[index] }
            set { lock.lock(); slots[index] = newValue; lock.unlock() }
        }

        var values: [Value] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
    }
}

import FordelingFormats
import Foundation

/// Work started on another thread; `value` waits for its result.
public final class Background<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            let value = work()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

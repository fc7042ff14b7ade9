/// The bytes a DEFLATE stream decompresses to, in a buffer that grows (by doubling) up to a limit. Matches
/// copy from the output itself: DEFLATE's window is everything written so far.
struct InflateOutput: ~Copyable {
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    /// The bytes `buffer` has room for: never more than `limit`, so that `reserve` checks only this.
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0
    let limit: Int

    /// An empty output for at most `limit` bytes, with room for `expected` bytes at first.
    init(limit: Int, expected: Int) {
        self.limit = max(limit, 0)
        capacity = min(max(expected, 1024), self.limit)
        buffer = .allocate(capacity: max(capacity, 1))
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// Makes room for `n` more bytes; throws if that would pass the limit.
    @inline(__always)
    mutating func reserve(_ n: Int) throws(ZIPError) {
        if count + n > capacity { try grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) throws(ZIPError) {
        if needed > limit { throw .outputLimit(limit: limit) }
        let newCapacity = min(max(capacity * 2, needed), limit)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    /// Appends one byte, after `reserve`.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// Appends `n` bytes from `source`, after `reserve`.
    mutating func append(_ source: UnsafeRawBufferPointer) {
        if let base = source.baseAddress, !source.isEmpty {
            (buffer + count).initialize(from: base.assumingMemoryBound(to: UInt8.self), count: source.count)
            count += source.count
        }
    }

    /// Appends `length` bytes copied from `distance` bytes back (they may overlap what is being written),
    /// after `reserve`. The caller checks that `distance` is at most `count`.
    @inline(__always)
    mutating func copyMatch(distance: Int, length: Int) {
        let target = buffer + count
        let source = target - distance
        if distance >= length {
            target.initialize(from: source, count: length)
        } else {
            for i in 0..<length { target[i] = source[i] }
        }
        count += length
    }
}

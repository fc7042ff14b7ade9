import Foundation
import FordelingCore
import FordelingFormats
import FordelingSystem

/// Bytes of CSV for large sheets: the same cells as `CSVField`, written straight into a growable buffer
/// without a string per cell.
final class CSVBytes: @unchecked Sendable {
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 20) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage, count: count) }

    private func ensure(_ room: Int) {
        guard count + room > capacity else { return }
        var grown = capacity * 2
        while count + room > grown { grown *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }

    func removeAll() { count = 0 }

    func bytes(_ values: [UInt8]) {
        ensure(values.count)
        values.withUnsafeBufferPointer { if let base = $0.baseAddress { (storage + count).update(from: base, count: $0.count) } }
        count += values.count
    }

    func row(_ fields: [String]) { bytes(CSVCell.row(fields)) }

    /// Room for at most `length` bytes, written by `body` through a cursor: one check of room per row, not per byte.
    @inline(__always) func append(atMost length: Int, _ body: (inout CSVCursor) -> Void) {
        ensure(length)
        var cursor = CSVCursor(position: storage + count)
        body(&cursor)
        count = cursor.position - storage
    }
}

/// Buffers already written, kept for the next pieces: memory the system need not zero again.
final class CSVBuffers: @unchecked Sendable {
    private let lock = NSLock()
    private var spare: [CSVBytes] = []

    /// An empty buffer.
    func take(capacity: Int) -> CSVBytes {
        lock.lock()
        defer { lock.unlock() }
        guard let bytes = spare.popLast() else { return CSVBytes(capacity: capacity) }
        bytes.removeAll()
        return bytes
    }

    /// Keeps `bytes`, once written, for the next `take`.
    func give(_ bytes: CSVBytes) {
        lock.lock()
        spare.append(bytes)
        lock.unlock()
    }
}

/// Where the next byte of a row goes, in room made for the row: cells by `CSVCell`'s rules, numbers by
/// `DanishNumberFormat`'s.
struct CSVCursor {
    fileprivate(set) var position: UnsafeMutablePointer<UInt8>

    @inline(__always) mutating func separator() {
        position.pointee = CSVCell.separator
        position += 1
    }

    @inline(__always) mutating func endRow() {
        (position[0], position[1]) = CSVCell.rowEnd
        position += 2
    }

    /// A text cell as `CSVField.text` writes it, in at most `CSVCell.textCapacity(text.count)` bytes.
    @inline(__always) mutating func textCell(_ text: UnsafeBufferPointer<UInt8>) {
        position += CSVCell.text(text, to: position)
    }

    /// `value / 10^scale` (`scale` at most 18) as `DanishNumberFormat.string(_, grouped: false)` writes it, in at
    /// most 22 bytes.
    @inline(__always) mutating func number(_ value: Int64, scale: Int) {
        position += DanishNumberFormat.write(value, scale: scale, grouped: false, to: position)
    }
}

import Foundation
import FordelingCore

/// Bytes of CSV for large sheets: the same cells as `CSVField`, written straight into a growable buffer
/// without a string per cell.
final class CSVBytes: @unchecked Sendable {
    // One thread writes a buffer at a time, so the run-time exclusivity checks, costly per byte, are left out.
    @exclusivity(unchecked) private(set) var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    /// 10^0 … 10^19, and "00" … "99": tables for writing numbers.
    private let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(1) { value, _ in value * 10 } }
    private let digitPairs: [UInt8] = (0..<100).flatMap { (pair: Int) -> [UInt8] in [UInt8(pair / 10) + 0x30, UInt8(pair % 10) + 0x30] }

    init(capacity: Int = 1 << 20) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always) private func ensure(_ room: Int) {
        guard count + room > capacity else { return }
        var grown = capacity * 2
        while count + room > grown { grown *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }

    @inline(__always) private func put(_ value: UInt8) {
        storage[count] = value
        count += 1
    }

    func removeAll() { count = 0 }

    func bytes(_ values: [UInt8]) {
        ensure(values.count)
        for value in values { put(value) }
    }

    func row(_ fields: [String]) { bytes(Array(fields.joined(separator: ";").utf8) + [0x0D, 0x0A]) }
    func separator() { ensure(1); put(0x3B) }
    func endRow() { ensure(2); put(0x0D); put(0x0A) }

    /// A text cell as `CSVField.text` writes it: `'` before a leading = + - @ tab or CR, quotes when needed.
    func textCell(_ text: UnsafeBufferPointer<UInt8>) {
        ensure(2 * text.count + 3)
        let first = text.first ?? 0
        let guarded = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        guard text.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            if guarded { put(0x27) }
            if let base = text.baseAddress { (storage + count).update(from: base, count: text.count) }
            count += text.count
            return
        }
        put(0x22)
        if guarded { put(0x27) }
        for value in text {
            if value == 0x22 { put(0x22) }
            put(value)
        }
        put(0x22)
    }

    /// `value / 10^scale` with a decimal comma and no thousands separators, as `DanishNumberFormat.string(_, grouped: false)`.
    func number(_ value: Int64, scale: Int) {
        if value < 0 { ensure(1); put(0x2D) }
        digits(value.magnitude, scale: scale)
    }

    /// The digits of `value` (at least `scale` + 1 of them), a comma before the last `scale`.
    @inline(__always) func digits(_ value: UInt64, scale: Int) {
        ensure(22 + scale)
        let guess = ((UInt64.bitWidth - value.leadingZeroBitCount) * 1233) >> 12  // ⌊log10 2^bits⌋: the length, or one less
        let natural = Swift.max(guess + (value >= powersOfTen[guess] ? 1 : 0), 1)
        let length = Swift.max(natural, scale + 1)
        // Leading zeros, then the digits two at a time from the right.
        for position in count..<(count + length - natural) { storage[position] = 0x30 }
        var position = count + length
        var rest = value
        while rest >= 100 {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            position -= 2
            storage[position] = digitPairs[pair]
            storage[position + 1] = digitPairs[pair + 1]
        }
        if rest >= 10 {
            position -= 2
            storage[position] = digitPairs[Int(truncatingIfNeeded: rest) &* 2]
            storage[position + 1] = digitPairs[Int(truncatingIfNeeded: rest) &* 2 + 1]
        } else {
            storage[position - 1] = UInt8(truncatingIfNeeded: rest) &+ 0x30
        }
        // The comma: the last `scale` digits move one place right to make room for it.
        if scale > 0 {
            var index = count + length
            while index > count + length - scale {
                storage[index] = storage[index - 1]
                index -= 1
            }
            storage[index] = 0x2C
            count += 1
        }
        count += length
    }
}

/// A file written in pieces to a temporary name beside it, then renamed into place when complete. Pieces
/// made on several threads are written in turn.
final class CSVFile: @unchecked Sendable {
    private let path: String
    private let temporary: String
    private var handle: FileHandle?
    private let turns = NSCondition()
    private var turnsTaken = 0
    private var failure: OutputFolder.WriteError?
    /// Buffers already written in turn, kept for the next pieces: memory the system need not zero again.
    private var spare: [CSVBytes] = []

    init(path: String) {
        self.path = path
        temporary = path + ".fordel-partial"
    }

    deinit {
        if handle != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    func write(_ bytes: CSVBytes) throws(OutputFolder.WriteError) {
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                    throw OutputFolder.WriteError(description: "\(path): could not create the file.")
                }
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            }
            try handle?.write(contentsOf: Data(bytesNoCopy: bytes.storage, count: bytes.count, deallocator: .none))
        } catch let error as OutputFolder.WriteError {
            throw error
        } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(error.localizedDescription)).")
        }
    }

    /// An empty buffer for a piece to be written in turn.
    func buffer(capacity: Int) -> CSVBytes {
        turns.lock()
        defer { turns.unlock() }
        guard let bytes = spare.popLast() else { return CSVBytes(capacity: capacity) }
        bytes.removeAll()
        return bytes
    }

    /// Writes `bytes` as piece `turn` (counting from 0) of those written in turn: after every piece before it.
    func write(_ bytes: CSVBytes, turn: Int) {
        turns.lock()
        defer { turns.unlock() }
        while turnsTaken != turn { turns.wait() }
        if failure == nil {
            do { try write(bytes) } catch { failure = error }
        }
        turnsTaken += 1
        spare.append(bytes)
        turns.broadcast()
    }

    /// Closes the file and moves it into place; the first failure of a piece written in turn is thrown here.
    func finish() throws(OutputFolder.WriteError) {
        if let failure { throw failure }
        do { try handle?.close() } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(error.localizedDescription)).")
        }
        handle = nil
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputFolder.WriteError(description: "\(path): could not move the finished file into place.")
        }
    }
}

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

    func row(_ fields: [String]) { bytes(Array(fields.joined(separator: ";").utf8) + [0x0D, 0x0A]) }

    /// Room for at most `length` bytes, written by `body` through a cursor: one check of room per row, not per byte.
    @inline(__always) func append(atMost length: Int, _ body: (inout CSVCursor) -> Void) {
        ensure(length)
        var cursor = CSVCursor(position: storage + count)
        body(&cursor)
        count = cursor.position - storage
    }
}

/// Where the next byte of a row goes, in room made for the row: cells as `CSVField` writes them.
struct CSVCursor {
    /// "00", "01", …, "99": numbers are written two digits at a time.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    fileprivate(set) var position: UnsafeMutablePointer<UInt8>

    @inline(__always) mutating func put(_ value: UInt8) {
        position.pointee = value
        position += 1
    }

    @inline(__always) mutating func separator() { put(0x3B) }

    @inline(__always) mutating func endRow() {
        put(0x0D)
        put(0x0A)
    }

    /// A text cell as `CSVField.text` writes it, in at most twice its length plus 3 bytes: `'` before a leading
    /// = + - @ tab or CR, quotes when needed.
    mutating func textCell(_ text: UnsafeBufferPointer<UInt8>) {
        let first = text.first ?? 0
        let guarded = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        guard text.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            if guarded { put(0x27) }
            if let base = text.baseAddress { position.update(from: base, count: text.count) }
            position += text.count
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

    /// `value / 10^scale` (`scale` at most 18) with a decimal comma and no thousands separators, as
    /// `DanishNumberFormat.string(_, grouped: false)`, in at most 22 bytes.
    @inline(__always) mutating func number(_ value: Int64, scale: Int) {
        if value < 0 { put(0x2D) }
        var rest = value.magnitude
        var length = 1
        var power: UInt64 = 10
        while length < 20 && rest >= power {
            length += 1
            power &*= 10
        }
        // From the right, two digits at a time: the decimals (zeros once the value runs out), the comma, then
        // the whole part, "0" when it is zero. Each digit is written once, where it stays.
        let pairs = CSVCursor.digitPairs.utf8Start
        let end = max(length - scale, 1) + (scale > 0 ? scale + 1 : 0)
        var index = end
        // Writes the last two digits of `rest` before `index`, and drops them from `rest`.
        func takePair() {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            index -= 2
            position[index] = pairs[pair]
            position[index + 1] = pairs[pair + 1]
        }
        var decimals = scale
        while decimals >= 2 {
            takePair()
            decimals -= 2
        }
        if decimals == 1 {
            index -= 1
            position[index] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
            rest /= 10
        }
        if scale > 0 {
            index -= 1
            position[index] = 0x2C
        }
        while rest >= 100 { takePair() }
        if rest >= 10 {
            takePair()
        } else {
            position[index - 1] = UInt8(truncatingIfNeeded: rest) &+ 0x30
        }
        position += end
    }
}

/// A file written in pieces to a temporary name of its own beside it (`TemporaryName`), then renamed into place
/// when complete: two writers of one file each write a whole file, and the last to finish wins. Pieces made on
/// several threads are written in turn.
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
        temporary = TemporaryName(target: path, kind: "partial").make()
    }

    deinit {
        if handle != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    func write(_ bytes: CSVBytes) throws(OutputFolder.WriteError) {
        if handle == nil {
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw OutputFolder.WriteError(description: "\(path): could not create the file (\(OutputFolder.systemError())).") }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        do {
            try handle?.write(contentsOf: Data(bytesNoCopy: bytes.storage, count: bytes.count, deallocator: .none))
        } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(OutputFolder.reason(error))).")
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

    /// Closes the file and moves it into place, then removes what splits killed while writing it left; the first
    /// failure of a piece written in turn is thrown here.
    func finish() throws(OutputFolder.WriteError) {
        if let failure { throw failure }
        do { try handle?.close() } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(OutputFolder.reason(error))).")
        }
        handle = nil
        guard rename(temporary, path) == 0 else {
            let reason = OutputFolder.systemError()
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputFolder.WriteError(description: "\(path): could not move the finished file into place (\(reason)).")
        }
        for leftover in TemporaryName(target: path, kind: "partial").leftovers() { try? FileManager.default.removeItem(atPath: leftover) }
    }
}

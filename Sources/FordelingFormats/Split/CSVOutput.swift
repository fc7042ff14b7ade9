import Foundation
import FordelingCore

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
        let needsQuotes = text.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        let first = text.first ?? 0
        if needsQuotes { put(0x22) }
        if first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D { put(0x27) }
        for value in text {
            if value == 0x22 { put(0x22) }
            put(value)
        }
        if needsQuotes { put(0x22) }
    }

    /// `units / 10^scale` with a decimal comma and no thousands separators, as `DanishNumberFormat.string(_, grouped: false)`.
    func decimal(_ units: Int128, scale: Int) {
        ensure(48 + scale)
        if units < 0 { put(0x2D) }
        if let small = UInt64(exactly: units.magnitude) {
            digits(small, scale: scale)
        } else {
            var magnitude = units.magnitude
            var reversed: [UInt8] = []
            repeat { reversed.append(UInt8(magnitude % 10) + 0x30); magnitude /= 10 } while magnitude > 0
            while reversed.count <= scale { reversed.append(0x30) }
            for (position, digit) in reversed.reversed().enumerated() {
                if position == reversed.count - scale { put(0x2C) }
                put(digit)
            }
        }
    }

    /// The digits of `value` (at least `scale` + 1 of them), a comma before the last `scale`.
    @inline(__always) func digits(_ value: UInt64, scale: Int) {
        ensure(24 + scale)
        var length = 1
        var probe = value / 10
        while probe > 0 { length += 1; probe /= 10 }
        length = Swift.max(length, scale + 1)
        let total = length + (scale > 0 ? 1 : 0)
        var position = count + total - 1
        var rest = value
        for written in 0..<length {
            if scale > 0 && written == scale { storage[position] = 0x2C; position -= 1 }
            storage[position] = UInt8(rest % 10) + 0x30
            rest /= 10
            position -= 1
        }
        count += total
    }
}

/// A file written in pieces to a temporary name beside it, then renamed into place when complete.
final class CSVFile {
    private let path: String
    private let temporary: String
    private var handle: FileHandle?

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

    /// Closes the file and moves it into place.
    func finish() throws(OutputFolder.WriteError) {
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

import Foundation
import FordelingCore

/// A buffered CSV writer over bytes for large sheets: the same cells as `CSVField`, written straight into a
/// fixed buffer that is flushed to a temporary file, renamed into place when complete.
final class CSVOutput {
    private let capacity = 1 << 22
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let path: String
    private let temporary: String
    private var handle: FileHandle?

    init(path: String) {
        self.path = path
        temporary = path + ".fordel-partial"
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        if handle != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    @inline(__always) private func ensure(_ room: Int) throws(OutputFolder.WriteError) {
        if count + room > capacity { try flush() }
    }

    @inline(__always) func byte(_ value: UInt8) {
        buffer[count] = value
        count += 1
    }

    func row(_ fields: [String]) throws(OutputFolder.WriteError) {
        let bytes = Array(fields.joined(separator: ";").utf8) + [0x0D, 0x0A]
        try ensure(bytes.count)
        for value in bytes { byte(value) }
    }

    func separator() throws(OutputFolder.WriteError) { try ensure(1); byte(0x3B) }
    func endRow() throws(OutputFolder.WriteError) { try ensure(2); byte(0x0D); byte(0x0A) }

    /// A text cell as `CSVField.text` writes it: `'` before a leading = + - @ tab or CR, quotes when needed.
    func textCell(_ text: UnsafeBufferPointer<UInt8>) throws(OutputFolder.WriteError) {
        try ensure(2 * text.count + 3)
        let needsQuotes = text.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        let first = text.first ?? 0
        if needsQuotes { byte(0x22) }
        if first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D { byte(0x27) }
        for value in text {
            if value == 0x22 { byte(0x22) }
            byte(value)
        }
        if needsQuotes { byte(0x22) }
    }

    /// `units / 10^scale` with a decimal comma and no thousands separators, as `DanishNumberFormat.string(_, grouped: false)`.
    func decimal(_ units: Int128, scale: Int) throws(OutputFolder.WriteError) {
        try ensure(48 + scale)
        if units < 0 { byte(0x2D) }
        if let small = UInt64(exactly: units.magnitude) {
            digits(small, scale: scale)
        } else {
            var magnitude = units.magnitude
            var reversed: [UInt8] = []
            repeat { reversed.append(UInt8(magnitude % 10) + 0x30); magnitude /= 10 } while magnitude > 0
            while reversed.count <= scale { reversed.append(0x30) }
            for (position, digit) in reversed.reversed().enumerated() {
                if position == reversed.count - scale { byte(0x2C) }
                byte(digit)
            }
        }
    }

    /// The digits of `value` (at least `scale` + 1 of them), a comma before the last `scale`.
    @inline(__always) private func digits(_ value: UInt64, scale: Int) {
        var length = 1
        var probe = value / 10
        while probe > 0 { length += 1; probe /= 10 }
        length = Swift.max(length, scale + 1)
        let total = length + (scale > 0 ? 1 : 0)
        var position = count + total - 1
        var rest = value
        for written in 0..<length {
            if scale > 0 && written == scale { buffer[position] = 0x2C; position -= 1 }
            buffer[position] = UInt8(rest % 10) + 0x30
            rest /= 10
            position -= 1
        }
        count += total
    }

    /// Writes what is buffered to the temporary file.
    func flush() throws(OutputFolder.WriteError) {
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                    throw OutputFolder.WriteError(description: "\(path): could not create the file.")
                }
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            }
            try handle?.write(contentsOf: Data(bytesNoCopy: buffer, count: count, deallocator: .none))
            count = 0
        } catch let error as OutputFolder.WriteError {
            throw error
        } catch {
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(error.localizedDescription)).")
        }
    }

    /// Flushes, closes and moves the finished file into place.
    func finish() throws(OutputFolder.WriteError) {
        try flush()
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

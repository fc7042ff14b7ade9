import Foundation
import FordelingCore

/// A buffered CSV writer over bytes for large sheets: the same cells as `CSVField`, without a string per cell.
struct CSVOutput {
    var bytes: [UInt8] = []
    private var handle: FileHandle?
    private var path: String?

    init() { bytes.reserveCapacity(1 << 21) }

    mutating func row(_ fields: [String]) {
        bytes += Array(fields.joined(separator: ";").utf8)
        endRow()
    }

    mutating func separator() { bytes.append(0x3B) }
    mutating func endRow() { bytes += [0x0D, 0x0A] }

    /// A text cell as `CSVField.text` writes it: `'` before a leading = + - @ tab or CR, quotes when needed.
    mutating func textCell(_ text: ArraySlice<UInt8>) {
        let needsQuotes = text.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        let neutralise = text.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } ?? false
        if needsQuotes { bytes.append(0x22) }
        if neutralise { bytes.append(0x27) }
        for byte in text {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        if needsQuotes { bytes.append(0x22) }
    }

    /// `units / 10^scale` with a decimal comma and no thousands separators, as `DanishNumberFormat.string(_, grouped: false)`.
    mutating func decimal(_ units: Int128, scale: Int) {
        if units < 0 { bytes.append(0x2D) }
        var magnitude = units.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(magnitude % 10) + 0x30)
            magnitude /= 10
        } while magnitude > 0
        while digits.count <= scale { digits.append(0x30) }
        for (position, digit) in digits.reversed().enumerated() {
            if position == digits.count - scale { bytes.append(0x2C) }
            bytes.append(digit)
        }
    }

    /// Appends the buffer to `path` (created on the first flush, via a temporary file renamed into place at the end).
    mutating func flush(to path: String, closing: Bool = false) throws(OutputFolder.WriteError) {
        let temporary = path + ".fordel-partial"
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                    throw OutputFolder.WriteError(description: "\(path): could not create the file.")
                }
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                self.path = path
            }
            try handle?.write(contentsOf: bytes)
            bytes.removeAll(keepingCapacity: true)
            if closing {
                try handle?.close()
                handle = nil
                guard rename(temporary, path) == 0 else {
                    throw OutputFolder.WriteError(description: "\(path): could not move the finished file into place.")
                }
            }
        } catch let error as OutputFolder.WriteError {
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputFolder.WriteError(description: "\(path): could not write the file (\(error.localizedDescription)).")
        }
    }
}

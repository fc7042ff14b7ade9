import FordelingCore
import FordelingFormats
import FordelingSystem

/// What the split's key reader asks of a file's bytes: lines, blanks, plain UTF-8 and plain numbers, answered
/// without making strings.
enum KeyText {
    /// 10^0 … 10^18: every power of ten an `Int64` holds.
    static let powersOfTen: [Int64] = (0...18).map { power in (0..<power).reduce(1) { value, _ in value * 10 } }

    /// The line that starts at `start`: its content, and where the next line starts (after `\n`, `\r\n` or `\r`).
    static func line(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> (content: Range<Int>, next: Int) {
        var stop = start
        while stop < text.count && text[stop] != 0x0A && text[stop] != 0x0D { stop += 1 }
        return (start..<stop, next(after: stop, in: text))
    }

    /// Where the next line starts, given the end of a line's content.
    @inline(__always)
    static func next(after stop: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        stop + (stop + 1 < text.count && text[stop] == 0x0D && text[stop + 1] == 0x0A ? 2 : 1)
    }

    /// Whether the line's content is only spaces and tabs, or a `#` comment.
    static func isBlankOrComment(_ content: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = trimmed(content, in: text).lowerBound
        return first == content.upperBound || text[first] == 0x23
    }

    static func isBlank(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        range.allSatisfy { text[$0] == 0x20 || text[$0] == 0x09 }
    }

    /// `range` without spaces and tabs at either end.
    @inline(__always)
    static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high && (text[low] == 0x20 || text[low] == 0x09) { low += 1 }
        while high > low && (text[high - 1] == 0x20 || text[high - 1] == 0x09) { high -= 1 }
        return low..<high
    }

    /// Whether `bytes` are plain: UTF-8 (as `String(validating:)` has it) without NUL whose every character is
    /// already in the form names are compared in (`TextForm.isSettled`), so that they need neither decoding nor
    /// normalising; and how many `\n` and `\r` bytes they hold (at least their number of lines). One pass, eight
    /// bytes at a time while they are plain ASCII.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (isPlainUTF8: Bool, lineEnds: Int) {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Of a word of ASCII bytes, the top bit of each byte that is 0; no carry crosses bytes.
        let zeroBytes = { (x: UInt64) in ~(((x & low7) &+ low7) | x) & ~low7 }
        let raw = UnsafeRawBufferPointer(bytes)
        let count = bytes.count
        var lineEnds = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & ~low7 == 0 && zeroBytes(word) == 0 {
                    lineEnds += (zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)).nonzeroBitCount
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x01 && byte < 0x80 {
                lineEnds += byte == 0x0A || byte == 0x0D ? 1 : 0
                index += 1
                continue
            }
            guard let sequence = UTF8Sequence.decode(at: index, in: bytes), TextForm.isSettled(sequence.value) else {
                // Not plain: the rest is only counted for its line ends, which decoding leaves as they are.
                return (false, lineEnds + UnsafeBufferPointer(rebasing: bytes[index...]).count { $0 == 0x0A || $0 == 0x0D })
            }
            index += sequence.length
        }
        return (true, lineEnds)
    }
}

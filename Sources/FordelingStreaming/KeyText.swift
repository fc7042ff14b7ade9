import FordelingCore
import FordelingFormats
import FordelingSystem

/// What the split's key reader asks of a file's bytes: lines and blanks, answered without making strings.
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
}

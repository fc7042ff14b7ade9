import FordelingCore
import FordelingFormats
import FordelingSystem

/// What the byte-level readers (a split's key, `KeyColumns`; a sheet to compare, `SheetColumns`) ask of a file's bytes:
/// lines, fields and blanks, answered without making strings.
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

    /// Calls `field(index, range)` for each field of the line that starts at `start`, fields separated by `delimiter`
    /// (untrimmed, numbered from 0); returns where the line's content ends and how many fields it has. Nil for a line
    /// with a quote, which the general CSV reader reads (`field` may have been called for fields before the quote).
    @inline(__always)
    static func fields(ofLineAt start: Int, in text: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                       _ field: (Int, Range<Int>) -> Void) -> (end: Int, count: Int)? {
        var count = 0
        var fieldStart = start
        while true {
            let index = special(from: fieldStart, in: text, delimiter: delimiter)
            let atEnd = index == text.count || text[index] == 0x0A || text[index] == 0x0D
            if !atEnd && text[index] == 0x22 { return nil }
            field(count, fieldStart..<index)
            count += 1
            if atEnd { return (index, count) }
            fieldStart = index + 1
        }
    }

    /// The first byte from `start` on that ends a line, is a quote or is `delimiter` (or the end of the text); eight
    /// bytes at a time.
    @inline(__always)
    static func special(from start: Int, in text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // The top bit of each byte of `word` that is 0, exactly.
        let zeroBytes = { (word: UInt64) in ~(((word & low7) &+ low7) | word | low7) }
        let raw = UnsafeRawBufferPointer(text)
        var index = start
        while index + 8 <= text.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let found = zeroBytes(word ^ (0x0A &* ones)) | zeroBytes(word ^ (0x0D &* ones)) | zeroBytes(word ^ (0x22 &* ones))
                | zeroBytes(word ^ (UInt64(delimiter) &* ones))
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < text.count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x22 || byte == delimiter { return index }
            index += 1
        }
        return index
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

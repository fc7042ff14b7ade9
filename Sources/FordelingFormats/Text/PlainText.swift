import FordelingCore

/// Text that needs no decoding: the test every input's bytes go through first.
public enum PlainText {
    /// Whether `bytes` are plain: UTF-8 (as `String(validating:)` has it) without NUL whose every character is
    /// already in the form names are compared in (`TextForm.isSettled`), so that they need neither decoding nor
    /// normalising; and how many `\n` and `\r` bytes they hold (at least their number of lines). One pass, eight
    /// bytes at a time while they are plain ASCII.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (isPlainUTF8: Bool, lineEnds: Int) {
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

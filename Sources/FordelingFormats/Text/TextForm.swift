import Foundation
import FordelingCore

/// The one form in which every input's text is read, so that a name is the same name however it was typed:
/// Unicode NFC (Å is U+00C5 whether written precomposed, as A with a combining ring, or as the angstrom sign
/// U+212B), with each no-break space a plain space. Names compare, sort and are written in this form on
/// every path: the register, keys, definitions, approved sheets and the split's streaming key reader.
public enum TextForm {
    /// Text is normalised in pieces of about this many bytes: Foundation's NFC takes time that grows with the
    /// square of the length of what it is given.
    static let pieceBytes = 4096
    /// The most characters in a row that may join the character before them (UAX #15's stream-safe text has at
    /// most 30 combining marks in a row); more is not text but an attempt to make normalising slow.
    static let longestJoin = 30

    /// Whether the character `value` is in the form whatever surrounds it: it is neither changed by NFC nor
    /// joined to the character before it. Below U+0300 (ASCII, æ, ø, å and the other Latin letters) but for the
    /// no-break space, and the punctuation and symbols of U+2002–U+2328 (dashes, quotes, €, ™, −) but for
    /// the combining marks for symbols and the letterlike signs around Ω, K and Å, which NFC replaces.
    @inline(__always)
    public static func isSettled(_ value: UInt32) -> Bool {
        value < 0x300 ? value != 0xA0
            : (0x2002...0x20CF).contains(value) || (0x2100...0x2328).contains(value) && !(0x2126...0x212B).contains(value)
    }

    /// Characters of combining class 0 that NFC may join to the character before them (Hangul vowels and final
    /// consonants, vowel signs of Bengali, Oriya, Tamil, Kannada, Malayalam, Sinhala, Myanmar, Balinese and
    /// others), and Tibetan signs that decompose into combining marks.
    private static let joinsBefore: [ClosedRange<UInt32>] = [
        0x09BE...0x09BE, 0x09D7...0x09D7, 0x0B3E...0x0B3E, 0x0B56...0x0B57, 0x0BBE...0x0BBE, 0x0BD7...0x0BD7, 0x0CC2...0x0CC2,
        0x0CD5...0x0CD6, 0x0D3E...0x0D3E, 0x0D57...0x0D57, 0x0DCF...0x0DCF, 0x0DDF...0x0DDF, 0x0F73...0x0F73, 0x0F75...0x0F75,
        0x0F81...0x0F81, 0x0FB5...0x0FB5, 0x0FB7...0x0FB7, 0x102E...0x102E, 0x1161...0x1175, 0x11A8...0x11C2, 0x1B35...0x1B35,
        0x11127...0x11127, 0x1133E...0x1133E, 0x11357...0x11357, 0x114B0...0x114B0, 0x114BA...0x114BA, 0x114BD...0x114BD,
        0x115AF...0x115AF, 0x11930...0x11930,
    ]

    /// Whether NFC joins nothing across a cut just before `value`: a character of combining class 0 that joins
    /// nothing before it.
    static func isCut(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        guard let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass == .notReordered else { return false }
        return !joinsBefore.contains { $0.contains(value) }
    }

    /// `text`, read from `file`, in the form. Text already in it (nearly all) is returned after one pass over its
    /// bytes; other text is normalised in pieces cut where NFC joins nothing across.
    static func normalised(_ text: String, file: String) throws(InputError) -> String {
        var text = text
        var failure: InputError?
        let normalised: String? = text.withUTF8 { bytes in
            var output = ""
            var (start, index, run) = (0, 0, 0)
            var (pieceChanges, changes) = (false, false)
            let piece = { (end: Int) in
                let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                output += pieceChanges ? part.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{00A0}", with: " ") : part
            }
            while index < bytes.count {
                let (value, length) = bytes[index] < 0x80 ? (UInt32(bytes[index]), 1) : UTF8Sequence.decode(at: index, in: bytes) ?? (0xFFFD, 1)
                let settled = isSettled(value)
                if settled || isCut(value) {
                    run = 0
                    if index - start >= pieceBytes {
                        piece(index)
                        (start, pieceChanges) = (index, false)
                    }
                } else {
                    run += 1
                    if run > longestJoin {
                        failure = InputError(TextLines.location(of: index, in: bytes, file: file),
                                             "more than \(longestJoin) characters in a row join the character before them (combining marks)",
                                             fix: "Remove the stray accents and marks, and save the file again.")
                        return nil
                    }
                }
                if !settled { (pieceChanges, changes) = (true, true) }
                index += length
            }
            guard changes else { return nil }
            piece(bytes.count)
            return output
        }
        if let failure { throw failure }
        return normalised ?? text
    }
}

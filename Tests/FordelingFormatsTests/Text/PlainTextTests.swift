import Testing
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// The plain-text scan lets through only text that decoding and normalising leave as it is, and counts its line ends.
@Suite struct PlainTextTests {
    @Test func plainTextIsWhatDecodingLeavesAsItIs() throws {
        var generator = SeededGenerator(seed: 8)
        // ASCII, line ends, Danish letters, a dash, a no-break space, a combining ring, the angstrom sign, a
        // Hangul vowel, a lone continuation byte, a cut sequence, an overlong form, NUL.
        let pieces: [[UInt8]] = [Array("Greve;1".utf8), [0x0A], [0x0D], [0x0D, 0x0A], Array("Ærø".utf8), Array("–".utf8), [0xC2, 0xA0],
                                 [0xCC, 0x8A], [0xE2, 0x84, 0xAB], [0xE1, 0x85, 0xA1], [0x80], [0xE2, 0x82], [0xC0, 0xA0], [0x00]]
        var plain = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...14, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let (isPlain, lineEnds) = bytes.withUnsafeBufferPointer { PlainText.scan($0) }
            #expect(lineEnds == bytes.count { $0 == 0x0A || $0 == 0x0D })
            guard isPlain else { continue }
            plain += 1
            let text = try #require(String(validating: bytes, as: UTF8.self), "\(bytes)")
            let normalised = try TextForm.normalised(text, file: "f")
            #expect(!bytes.contains(0) && normalised == text && Array(normalised.utf8) == bytes, "\(bytes)")
            #expect(Array(try TextDecoding.decode(bytes, file: "f").utf8) == bytes)
        }
        #expect(plain > 1_000)
    }
}

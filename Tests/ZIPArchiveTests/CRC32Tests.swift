import Testing
import FordelingTestSupport
import ZIPArchive

@Suite struct CRC32Tests {
    @Test func matchesTheStandardCheckValues() {
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x190A_55AD)
        #expect(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)) == 0xFF6C_AB0B)
    }

    @Test func agreesWithTheBitwiseDefinitionAtEveryLengthAndAlignment() {
        var generator = SeededGenerator(seed: 32)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in start..<bytes.count where (end - start) % 7 == 0 || end - start < 20 {
                #expect(CRC32.checksum(bytes[start..<end]) == Self.bitwise(bytes[start..<end]), "\(start)..<\(end)")
            }
        }
    }

    @Test func givenInPiecesGivesTheSameChecksum() {
        let bytes = Array("Fordeling fordeler omkostninger mellem kommuner.".utf8)
        var crc = CRC32()
        for piece in [0..<5, 5..<17, 17..<17, 17..<bytes.count] { bytes[piece].withUnsafeBytes { crc.update($0) } }
        #expect(crc.value == CRC32.checksum(bytes))
    }

    /// The CRC as defined: one bit at a time.
    static func bitwise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

import Testing
import FordelingTestSupport
import XMLScanner

/// Damaged documents: every prefix, every byte changed, random bytes. Each is read or refused, never a trap.
@Suite struct XMLScannerHostileTests {
    static let document = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="urn:s" count="2"><si><t xml:space="preserve">Køge &amp; Greve</t></si>\
        <si><t><![CDATA[<b>]]>&#248;</t></si><!-- end --></sst>
        """.utf8)

    @Test func refusesEveryPrefix() {
        #expect(scanError(Self.document) == nil)
        for length in 0..<(Self.document.count - 1) {
            #expect(scanError(Array(Self.document[..<length])) != nil, "\(length) bytes")
        }
    }

    @Test func readsOrRefusesEveryDocumentWithOneByteChanged() {
        var refused = 0
        for offset in Self.document.indices {
            for byte: UInt8 in [0x00, 0x20, 0x22, 0x26, 0x2F, 0x3C, 0x3E, 0x80, 0xFF] where byte != Self.document[offset] {
                var damaged = Self.document
                damaged[offset] = byte
                if scanError(damaged) != nil { refused += 1 }
            }
        }
        #expect(refused > Self.document.count * 4)
    }

    @Test func readsOrRefusesRandomBytes() {
        var generator = SeededGenerator(seed: 1998)
        let alphabet = Array("<>/=\"'&;#x!-?[]CDATA a:b\n".utf8) + [0xC3, 0xB8, 0xFF]
        for length in 0..<3_000 {
            let bytes = (0..<(length % 120)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            _ = scanError(bytes)
        }
    }
}

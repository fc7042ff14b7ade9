import Testing
import FordelingCore
import FordelingTestSupport
import FordelingFormats
@testable import FordelingStreaming

/// The bulk writer's cells are the sheet writer's cells.
@Suite struct CSVOutputTests {
    private func written(_ body: (inout CSVCursor) -> Void) -> String {
        let bytes = CSVBytes(capacity: 64)
        bytes.append(atMost: 200, body)
        return String(decoding: UnsafeBufferPointer(start: bytes.storage, count: bytes.count), as: UTF8.self)
    }

    @Test func numbersAreWrittenAsTheDanishNumberFormatWritesThem() {
        var generator = SeededGenerator(seed: 22)
        var cases: [(Int64, Int)] = [(0, 0), (0, 2), (5, 2), (-5, 2), (10, 1), (99, 2), (100, 2), (Int64.max, 0), (Int64.min, 0), (Int64.max, 18),
                                     (Int64.min, 18), (1, 18), (-1, 17), (123_456_789, 3)]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...18, using: &generator)
            let value = Int64.random(in: -(Int64(1) << (3 * digits + 4))...(Int64(1) << (3 * digits + 4)), using: &generator)
            cases.append((value, Int.random(in: 0...18, using: &generator)))
        }
        for (value, scale) in cases {
            #expect(written { $0.number(value, scale: scale) } == DanishNumberFormat.string(DecimalValue(units: Int128(value), scale: scale), grouped: false),
                    "\(value) at scale \(scale)")
        }
    }

    @Test func textCellsAreWrittenAsCSVFieldWritesThem() {
        for text in ["Greve", "=SUM(A1)", "+45", "-x", "@cmd", "\tx", "a;b", "say \"hi\"", "=a;b", "line\nbreak", "", "Ærø"] {
            let cell = written { cursor in Array(text.utf8).withUnsafeBufferPointer { cursor.textCell($0) } }
            #expect(cell == CSVField.text(text), "\(text)")
        }
    }
}

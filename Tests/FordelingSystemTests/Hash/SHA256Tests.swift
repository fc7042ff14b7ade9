import Testing
import FordelingTestSupport
import SHA256Instructions
@testable import FordelingSystem

@Suite struct SHA256Tests {
    @Test(arguments: [false, true])
    func matchesTheStandardTestVectors(instructions: Bool) {
        #expect(SHA256.hex([], instructions: instructions) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8), instructions: instructions) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), instructions: instructions)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000), instructions: instructions)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(.enabled(if: SHA256Instructions.available, "this CPU has SHA instructions"))
    func theInstructionsAgreeWithThePortableCodeOnRandomInputs() {
        var generator = SeededGenerator(seed: 256)
        for length in 0..<600 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.hex(bytes, instructions: true) == SHA256.hex(bytes, instructions: false), "\(length) bytes")
        }
    }

    @Test func theInstructionsDoNothingWhereTheCPULacksThem() {
        var state = [UInt32](repeating: 7, count: 8)
        let k = [UInt32](repeating: 1, count: 64)
        let block = [UInt8](repeating: 0x61, count: 64)
        let used = state.withUnsafeMutableBufferPointer { state in
            k.withUnsafeBufferPointer { k in block.withUnsafeBytes { SHA256Instructions.compress(state, $0, k) } }
        }
        #expect(used == SHA256Instructions.available)
        #expect((state == [UInt32](repeating: 7, count: 8)) == !used)
    }
}

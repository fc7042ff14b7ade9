import Testing
import FordelingTestSupport
@testable import FordelingCore

/// The kernel on its own: exact quotas in any word, the pass and the selection cut into pieces as the streamed
/// split runs them, and the leftover units chosen as the slow reference chooses them.
@Suite struct LargestRemainderKernelTests {
    @Test func quotasAreExactWhenTheProductNeedsTwoWords() {
        var generator = SeededGenerator(seed: 64)
        for _ in 0..<20_000 {
            let divisor = UInt64.random(in: 1...UInt64.max >> Int.random(in: 0...60, using: &generator), using: &generator)
            let weight = UInt64.random(in: 0...divisor, using: &generator)
            let units = UInt64.random(in: 0...UInt64.max >> Int.random(in: 0...63, using: &generator), using: &generator)
            let (floor, remainder) = LargestRemainderKernel.quota(units: units, weight: weight, divisor: divisor)
            let wide = LargestRemainderKernel.quota(units: UInt128(units), weight: UInt128(weight), divisor: UInt128(divisor))
            #expect(UInt128(floor) * UInt128(divisor) + UInt128(remainder) == UInt128(units) * UInt128(weight) && remainder < divisor)
            #expect(wide == (UInt128(floor), UInt128(remainder)))
        }
    }

    @Test func publishedModeRoundsHalfUp() {
        // 5 × 1 / 2 = 2,5 → 3; 5 × 1 / 3 = 1,66… → 2; 4 × 1 / 3 = 1,33… → 1; 0 → 0.
        #expect(LargestRemainderKernel.rounded(units: 5 as UInt64, weight: 1, divisor: 2) == 3)
        #expect(LargestRemainderKernel.rounded(units: 5 as UInt64, weight: 1, divisor: 3) == 2)
        #expect(LargestRemainderKernel.rounded(units: 4 as UInt64, weight: 1, divisor: 3) == 1)
        #expect(LargestRemainderKernel.rounded(units: 0 as UInt64, weight: 1, divisor: 3) == 0)
        #expect(LargestRemainderKernel.rounded(7 as UInt128, over: 2) == 4)
        #expect(LargestRemainderKernel.rounded(7 as UInt128, over: 4) == 2)
        var generator = SeededGenerator(seed: 65)
        for _ in 0..<10_000 {
            let divisor = UInt64.random(in: 1...1_000_000, using: &generator)
            let (units, weight) = (UInt64.random(in: 0...1_000_000, using: &generator), UInt64.random(in: 0...divisor, using: &generator))
            // Half-up: ⌊(2·units·weight + divisor) / (2·divisor)⌋.
            #expect(LargestRemainderKernel.rounded(units: units, weight: weight, divisor: divisor) == (2 * units * weight + divisor) / (2 * divisor))
        }
    }

    /// Tie-heavy or random weights, and a total in units that leaves many leftover units.
    private func randomRows(_ generator: inout SeededGenerator) -> (units: UInt64, weights: [UInt64], names: [String]) {
        let count = Int.random(in: 1...300, using: &generator)
        let tieHeavy = Bool.random(using: &generator)
        var weights = (0..<count).map { _ in tieHeavy ? UInt64.random(in: 1...3, using: &generator) : UInt64.random(in: 0...1_000_000, using: &generator) }
        if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
        let units = UInt64.random(in: 0...(tieHeavy ? UInt64(count) * 7 : 1_000_000_000), using: &generator)
        return (units, weights, (0..<count).map { "P\(($0 * 7_919) % 1_009)" })
    }

    @Test func piecesChooseTheLeftoverUnitsAsTheSlowReferenceDoes() {
        var generator = SeededGenerator(seed: 66)
        for round in 0..<3_000 {
            let (units, weights, names) = randomRows(&generator)
            let divisor = weights.reduce(0, +)
            let weight = { (index: Int) in weights[index] }
            let keyPrecedes = { (a: Int, b: Int) in names[a].unicodeScalars.lexicographicallyPrecedes(names[b].unicodeScalars) }
            // As the streamed split runs it: the pass and the selection each in pieces, then the tied rows.
            let pieces = [0, weights.count / 3, weights.count / 2, weights.count]
            var amounts = [UInt64](repeating: 0, count: weights.count)
            var remainders = [UInt64](repeating: 0, count: weights.count)
            var floorSum: UInt64 = 0
            for piece in 0..<3 {
                floorSum += LargestRemainderKernel.rows(pieces[piece]..<pieces[piece + 1], units: units, divisor: divisor, published: false, weight: weight) {
                    amounts[$0] = $1
                    remainders[$0] = $2
                }
            }
            let leftover = LargestRemainderKernel.leftover(units: units, floorSum: floorSum)
            var viaPieces = amounts
            var given = 0
            var tied: [Int] = []
            if leftover > 0 {
                let threshold = LargestRemainderKernel.threshold(leftover: leftover, remainders: remainders)
                for piece in 0..<3 {
                    let part = LargestRemainderKernel.aboveThreshold(pieces[piece]..<pieces[piece + 1], threshold: threshold, remainder: { remainders[$0] }) {
                        viaPieces[$0] += $1 ? 1 : 0
                    }
                    given += part.given
                    tied += part.tied
                }
                for row in LargestRemainderKernel.tiedRecipients(tied, count: leftover - given, weight: weight, keyPrecedes: keyPrecedes) { viaPieces[row] += 1 }
            }
            var whole = amounts
            for row in LargestRemainderKernel.recipients(leftover: leftover, remainders: remainders, weight: weight, keyPrecedes: keyPrecedes) { whole[row] += 1 }
            let reference = ReferenceApportionment.apportion(total: Int128(units), weights: weights.map { Int128($0) }, names: names)
            #expect(viaPieces.map { Int128($0) } == reference, "round \(round)")
            #expect(whole == viaPieces, "round \(round)")
        }
    }

    @Test func theSelectionFindsTheRankedRemainderAmongManyRows() {
        var generator = SeededGenerator(seed: 67)
        for _ in 0..<20 {
            let count = Int.random(in: 70_000...120_000, using: &generator)
            let remainders = (0..<count).map { _ in UInt64.random(in: 0...UInt64(Int.random(in: 2...1_000_000, using: &generator)), using: &generator) }
            let leftover = Int.random(in: 1...count, using: &generator)
            #expect(LargestRemainderKernel.threshold(leftover: leftover, remainders: remainders) == remainders.sorted(by: >)[leftover - 1])
        }
    }
}

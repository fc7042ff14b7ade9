@testable import FordelingCore

/// A slow, obviously correct largest-remainder apportionment to check the core against: every quota as a
/// reduced fraction, the remainders compared by cross-multiplication, the leftover units handed out one
/// at a time to the best remaining row. No shortcuts shared with the core.
enum ReferenceApportionment {
    static func apportion(total: Int128, weights: [Int128], names: [String]) -> [Int128] {
        let sum = weights.reduce(0, +)
        let magnitude = total < 0 ? -total : total
        var quotas: [(whole: Int128, part: (Int128, Int128))] = weights.map { weight in
            let numerator = magnitude * weight
            let divisor = greatestCommonDivisor(numerator, sum)
            let (n, d) = (numerator / divisor, sum / divisor)
            return (n / d, (n % d, d))
        }
        var given = quotas.map(\.whole)
        var left = magnitude - given.reduce(0, +)
        var taken = Set<Int>()
        while left > 0 {
            var best: Int?
            for index in quotas.indices where !taken.contains(index) {
                guard let current = best else { best = index; continue }
                let (a, b) = (quotas[index].part, quotas[current].part)
                let lhs = a.0 * b.1, rhs = b.0 * a.1  // compare a.0/a.1 with b.0/b.1
                if lhs > rhs || (lhs == rhs && (weights[index] > weights[current]
                    || (weights[index] == weights[current] && names[index].unicodeScalars.lexicographicallyPrecedes(names[current].unicodeScalars)))) {
                    best = index
                }
            }
            given[best!] += 1
            taken.insert(best!)
            left -= 1
        }
        quotas.removeAll()
        return total < 0 ? given.map { -$0 } : given
    }
}

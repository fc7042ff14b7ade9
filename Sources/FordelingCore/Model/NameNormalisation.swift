/// Names compare equal when they differ only in case, hyphens, surrounding or repeated spaces,
/// or a trailing "kommune" (in any case): "Høje-Taastrup", "høje taastrup" and "Høje-Taastrup kommune" are one name.
public func normalisedName(_ name: String) -> String {
    if let plain = plainASCIIName(name) { return plain }
    let spaced = String(name.lowercased().map { (c: Character) -> Character in
        c == "-" || c == "\u{00A0}" || c == "\t" ? " " : c
    })
    var words = spaced.split(separator: " ").map(String.init)
    if words.count > 1, words.last == "kommune" { words.removeLast() }
    return words.joined(separator: " ")
}

/// The common case without Unicode work: ASCII letters, digits and single inner spaces, lowercased
/// byte by byte; nil when the name needs the general rules (hyphens, tabs, extra spaces, a trailing "kommune", non-ASCII).
private func plainASCIIName(_ name: String) -> String? {
    let utf8 = name.utf8
    return utf8.withContiguousStorageIfAvailable { bytes -> String? in
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, bytes.count < 64 else { return nil }
        var previousSpace = false
        var upper = false
        for byte in bytes {
            switch byte {
            case 0x41...0x5A: upper = true; previousSpace = false
            case 0x61...0x7A, 0x30...0x39, 0x2E, 0x2C, 0x28, 0x29, 0x2F, 0x5F: previousSpace = false
            case 0x20 where !previousSpace: previousSpace = true
            default: return nil
            }
        }
        if bytes.count > 8 {
            let tail = bytes[(bytes.count - 8)...]
            if tail.lazy.map({ $0 | 0x20 }).elementsEqual(" kommune".utf8) { return nil }
        }
        guard upper else { return name }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            return bytes.count
        }
    } ?? nil

}

/// The candidates closest to `name` by edit distance (at most 3 edits, only the nearest), for "did you mean".
/// Names whose lengths differ by more than 3 are more than 3 edits apart and are not compared, so a name of any
/// length costs at most (its length) × (the longest candidate's) steps.
public func closestNames(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    let longest = candidates.map(\.count).max() ?? 0
    guard name.utf8.count <= 4 * (longest + 3) else { return [] }
    let target = Array(normalisedName(name))
    let scored = candidates.compactMap { candidate -> (String, Int)? in
        let other = Array(normalisedName(candidate))
        guard abs(other.count - target.count) <= 3 else { return nil }
        return (candidate, editDistance(target, other))
    }
    guard let best = scored.map(\.1).min(), best <= 3 else { return [] }
    return Array(scored.filter { $0.1 == best }.map(\.0).prefix(limit))
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}

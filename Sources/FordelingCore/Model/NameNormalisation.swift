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
    name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
        guard isPlainASCIIName(bytes) else { return nil }
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return name }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            return bytes.count
        }
    } ?? nil
}

/// Whether `normalisedName` of the name written in `bytes` is those bytes with A–Z lowercased, and nothing else:
/// under 64 ASCII letters, digits, `.,()/_` and single inner spaces, not ending in "kommune". Names in bytes
/// (the rows of large sheets) are compared so without making a string.
@inlinable
public func isPlainASCIIName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, bytes.count < 64 else { return false }
    // The bytes taken besides the space, as bits: `(),./` and the digits below 64, the letters and `_` above.
    let low: UInt64 = 0x03FF_D300_0000_0000
    let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
    var previousSpace = false
    for byte in bytes {
        if byte == 0x20 {
            if previousSpace { return false }
            previousSpace = true
            continue
        }
        previousSpace = false
        guard byte < 0x80, (byte < 0x40 ? low : high) &>> (byte & 0x3F) & 1 == 1 else { return false }
    }
    // " kommune", in any case, at the end.
    guard bytes.count > 8, bytes[bytes.count - 8] == 0x20 else { return true }
    return !zip(bytes[(bytes.count - 7)...], [0x6B, 0x6F, 0x6D, 0x6D, 0x75, 0x6E, 0x65] as [UInt8]).allSatisfy { $0 | 0x20 == $1 }
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

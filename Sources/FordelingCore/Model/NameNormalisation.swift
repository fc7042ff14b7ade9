/// Names compare equal when they differ only in case, hyphens, surrounding or repeated spaces,
/// or a trailing "Kommune": "Høje-Taastrup", "høje taastrup" and "Høje-Taastrup Kommune" are one name.
public func normalisedName(_ name: String) -> String {
    let spaced = String(name.lowercased().map { (c: Character) -> Character in
        c == "-" || c == "\u{00A0}" || c == "\t" ? " " : c
    })
    var words = spaced.split(separator: " ").map(String.init)
    if words.count > 1, words.last == "kommune" { words.removeLast() }
    return words.joined(separator: " ")
}

/// The candidates closest to `name` by edit distance (at most 3 edits, only the nearest), for "did you mean".
public func closestNames(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(normalisedName(name))
    let scored = candidates.map { candidate in
        (candidate, editDistance(target, Array(normalisedName(candidate))))
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

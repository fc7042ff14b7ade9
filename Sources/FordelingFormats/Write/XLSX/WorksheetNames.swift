/// Names that Excel takes for worksheets: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending
/// with `'`, not empty, and no two the same without regard to case.
enum WorksheetNames {
    static let maxLength = 31

    /// A valid name for each of `wanted`, in order: each as wanted where it can be, otherwise shortened or its
    /// forbidden characters made `_`, and a number added (` (2)`) where it would repeat an earlier one.
    static func unique(_ wanted: [String]) -> [String] {
        var taken: Set<String> = ["history"]  // Excel keeps this name for itself
        return wanted.map { wish in
            let base = valid(wish)
            var name = base
            var number = 2
            while taken.contains(name.lowercased()) {
                let suffix = " (\(number))"
                name = String(base.prefix(maxLength - suffix.count)) + suffix
                number += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }

    /// `wish` with forbidden characters replaced, cut to the longest a name may be.
    static func valid(_ wish: String) -> String {
        var name = String(wish.map { "[]:*?/\\".contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } ? "_" : $0 }.prefix(maxLength))
        if name.hasPrefix("'") { name = "_" + name.dropFirst() }
        if name.hasSuffix("'") { name = name.dropLast() + "_" }
        return name.isEmpty ? "Ark" : name
    }
}

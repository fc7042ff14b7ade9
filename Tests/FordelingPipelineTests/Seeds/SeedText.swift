import Foundation
import FordelingCore
import FordelingTestSupport
@testable import FordelingFormats

/// Figures printed in the running text of a seed excerpt, and printed amounts with a footnote mark written onto them.
enum SeedText {
    /// The text of seed `name`'s line `line` (1-based).
    static func line(_ name: String, _ line: Int) throws -> String {
        let lines = try String(contentsOf: RepositoryPaths.seed(name), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= line else { throw MissingSeed(path: name) }
        return String(lines[line - 1])
    }

    /// The number just before the last `after` on seed `name`'s line `line`: 700.000 before ` kr./år` in `(Anslået 700.000 kr./år)`.
    static func number(_ name: String, line: Int, before after: String) throws -> DecimalValue {
        let text = try self.line(name, line)
        guard let end = text.range(of: after, options: .backwards)?.lowerBound else { throw MissingSeed(path: "\(name):\(line) '\(after)'") }
        let word = text[..<end].split(separator: " ").last.map(String.init) ?? ""
        return try DanishNumber.parse(word.trimmingCharacters(in: CharacterSet(charactersIn: "(")))
    }

    /// The number of millions just before the last `after` on the line: 1,75 in `svarende til 1,75 mio.`.
    static func millions(_ name: String, line: Int, before after: String) throws -> DecimalValue {
        let value = try number(name, line: line, before: after)
        return try DanishNumber.parse(DanishNumberFormat.string(value) + " mio.")
    }

    /// An amount in kroner (and øre) as printed, without a footnote mark written onto it: `1.771.6632` is 1.771.663
    /// with footnote 2, `1.690.518,251` is 1.690.518,25 with footnote 1.
    static func amount(_ word: String) throws -> DecimalValue {
        if let value = try? DanishNumber.parse(word), (try? value.øre()) ?? nil != nil { return value }
        return try DanishNumber.parse(String(word.dropLast()))
    }
}

import Foundation
import FordelingCore
import FordelingFormats

/// The rows of an approved sheet as printed in a seed excerpt: party name and the printed numbers.
struct PublishedSheet {
    var rows: [(party: String, numbers: [String])] = []

    /// The sheets of a seed file, one per heading in `headings`, each with the rows under it that start with a
    /// party name followed by numbers (`Greve 50.569 6,04 0,825 kr. 900.000 kr. 1.445.162 kr. 545.162`).
    static func sheets(in seed: URL, headings: [String]) throws -> [String: PublishedSheet] {
        guard FileManager.default.fileExists(atPath: seed.path) else { throw MissingSeed(path: seed.path) }
        let text = try String(contentsOf: seed, encoding: .utf8)
        var sheets: [String: PublishedSheet] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map({ String($0).trimmingSpaces }) {
            if let heading = headings.first(where: { line.hasPrefix($0) }) {
                current = heading
                continue
            }
            guard let current else { continue }
            let words = line.replacingOccurrences(of: "kr. ", with: "").split(separator: " ").map(String.init)
            guard words.count >= 2, let first = words.first, first.first?.isLetter == true,
                  words.dropFirst().allSatisfy({ $0.first?.isNumber == true }) else { continue }
            sheets[current, default: PublishedSheet()].rows.append((first, Array(words.dropFirst())))
        }
        return sheets
    }
}

/// The seed tests read the approved sheets from ../shared beside the repository, as CI has it.
struct MissingSeed: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) not found: the seed tests need ../shared/ beside the repository" }
}

import Foundation
import FordelingCore
import FordelingFormats

/// A page of the HTML report, as written or as Chromium serialised its DOM: its charts with their bars, and its
/// marked cells. Read with patterns, since the report's markup is Fordeling's own.
struct ReportPage {
    struct Bar {
        let party: String
        /// `amount`, `figure`, `up` or `down`.
        let style: String
        let width: Double
        let label: String
    }

    struct Chart {
        /// `amounts`, `figures` or `changes`.
        let kind: String
        let title: String
        let bars: [Bar]
    }

    let html: String

    var charts: [Chart] {
        html.components(separatedBy: "<figure class=\"chart\"").dropFirst().compactMap { figure in
            guard let header = Self.firstMatch(#"data-kind="([^"]*)"><figcaption><strong>([^<]*)</strong>"#, in: figure) else { return nil }
            let bars = Self.matches(#"<g class="bar" data-party="([^"]*)"><rect class="([^"]*)" x="[^"]*" y="[^"]*" width="([^"]*)"[^>]*>(?:</rect>)?<text[^>]*>[^<]*</text><text class="value"[^>]*>([^<]*)</text>"#,
                                    in: figure[..<(figure.range(of: "</figure>")?.lowerBound ?? figure.endIndex)])
            return Chart(kind: header[0], title: Self.unescape(header[1]),
                         bars: bars.map { Bar(party: Self.unescape($0[0]), style: $0[1], width: Double($0[2]) ?? -1, label: Self.unescape($0[3])) })
        }
    }

    func chart(_ kind: String) -> Chart? { charts.first { $0.kind == kind } }

    /// How many cells carry the mark `kind` (`error`, `warning`, `info`, `diff`).
    func marks(_ kind: String) -> Int {
        html.components(separatedBy: "data-mark=\"\(kind)\"").count - 1
    }

    /// The URLs in `src` and `href` attributes and in `url(…)`.
    var references: [String] {
        Self.matches(#"(?:src|href)\s*=\s*["']?([^"'\s>]*)"#, in: html).map { $0[0] } + Self.matches(#"url\(\s*["']?([^"')]*)"#, in: html).map { $0[0] }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func firstMatch(_ pattern: String, in text: some StringProtocol) -> [String]? {
        matches(pattern, in: text).first
    }

    private static func matches(_ pattern: String, in text: some StringProtocol) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let string = String(text)
        return regex.matches(in: string, range: NSRange(string.startIndex..., in: string)).map { match in
            (1..<match.numberOfRanges).map { index in Range(match.range(at: index), in: string).map { String(string[$0]) } ?? "" }
        }
    }
}

/// A sheet's CSV as Fordeling wrote it: its table, and the reconciliation's total as written under it.
struct WrittenSheet {
    let table: SheetTable
    let total: String
    /// Whether the rows are parties (not the lines of a budget statement, headed "Post").
    let rowsAreParties: Bool

    init(_ url: URL) throws {
        let text = try TextDecoding.decode([UInt8](try Data(contentsOf: url)), file: url.path)
        table = try SheetTableReader.read(text, file: url.path).table
        total = text.components(separatedBy: "\r\n").first { $0.hasPrefix("Total;") }.map { String($0.dropFirst("Total;".count)) } ?? ""
        rowsAreParties = !text.components(separatedBy: "\r\n").contains { $0.hasPrefix("Post;") }
    }

    /// Each party's number in the column headed `heading`, for the rows that have one.
    func column(_ heading: String) -> [(party: String, value: DecimalValue)] {
        guard let index = table.column(heading) else { return [] }
        return table.rows.compactMap { row in
            if case .number(let value) = row.values[index] { return (row.label, value) }
            return nil
        }
    }
}

extension DecimalValue {
    /// For comparing pixel lengths in tests only.
    var approximately: Double { Double(description) ?? .nan }
}

import Foundation
import FordelingCore
import FordelingFormats
import FordelingSystem
@testable import FordelingStreaming

/// The two paths of `fordel diff` in process, each as everything it prints: the tables as `SheetTableReader` reads them
/// compared by `SheetDiff`, and the sheets compared from their bytes (`BulkDiff`).
enum DiffPaths {
    /// What `fordel diff` prints: the report in each format, the findings (on stderr) and whether the sheets differ; or
    /// the error.
    enum Outcome: Equatable {
        case report(text: String, markdown: String, csv: String, findings: [String], isClean: Bool)
        case error(String)
    }

    /// The diff of the tables as read.
    static func tables(_ a: String, _ b: String, tolerance: DecimalValue, register: Register?) -> Outcome {
        do {
            let sheets = try SheetFiles.readConcurrently([a, b])
            return outcome(SheetDiff(sheets[0].table, sheets[1].table, tolerance: tolerance, register: register), findings: sheets.flatMap(\.findings), a: a, b: b)
        } catch {
            return .error(ErrorWording.text(error))
        }
    }

    /// The diff from the bytes; nil when it leaves the sheets to the tables as read.
    static func bytes(_ a: String, _ b: String, tolerance: DecimalValue, register: Register?) -> Outcome? {
        do {
            guard let bulk = try BulkDiff(a, b, tolerance: tolerance, register: register) else { return nil }
            return outcome(bulk.diff, findings: bulk.findings, a: a, b: b)
        } catch {
            return .error(ErrorWording.text(error))
        }
    }

    private static func outcome(_ diff: SheetDiff, findings: [Finding], a: String, b: String) -> Outcome {
        let presentation = DiffPresentation(diff, a: a, b: b)
        return .report(text: presentation.text, markdown: MarkdownWriter.diff(presentation), csv: String(decoding: CSVWriter.diff(presentation), as: UTF8.self),
                       findings: findings.map(FindingText.line), isClean: diff.isClean)
    }
}

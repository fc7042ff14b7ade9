import Foundation
import FordelingCore
import FordelingFormats
import FordelingTestSupport

/// What the workbook tests compare: CSV files as rows of fields.
enum WorkbookComparison {
    /// The rows of a CSV file (`;`, UTF-8), each without its trailing empty fields, and text without the `'` that
    /// Fordeling's CSV puts before a formula character; in a file LibreOffice wrote, numbers as it shows them in its own
    /// locale (`1,445,162.00`) written the Danish way without grouping (`1445162,00`).
    static func rows(_ bytes: [UInt8], file: String, byLibreOffice: Bool = false) throws -> [[String]] {
        let text = try TextDecoding.decode(bytes, file: file)
        return try TextLines.split(text).map { number, line in
            var fields = try CSVReader.fields(of: line, delimiter: ";", file: file, line: number).map { byLibreOffice ? danish($0) : unneutralised($0) }
            while fields.last?.isEmpty == true { fields.removeLast() }
            return fields
        }
    }

    private static func unneutralised(_ field: String) -> String {
        guard let second = field.dropFirst().first, field.hasPrefix("'"), "=+-@".contains(second) else { return field }
        return String(field.dropFirst())
    }

    private static func danish(_ field: String) -> String {
        let grouped = #/^-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$/#
        guard field.wholeMatch(of: grouped) != nil else { return field }
        return field.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: ".", with: ",")
    }
}

extension Array where Element == [String] {
    /// The first row (by index) where `self` and `other` differ, with both rows; nil if they are the same.
    func firstDifference(from other: [[String]]) -> (row: Int, [String], [String])? {
        for index in 0..<Swift.max(count, other.count) {
            let mine = index < count ? self[index] : []
            let theirs = index < other.count ? other[index] : []
            if mine != theirs { return (index + 1, mine, theirs) }
        }
        return nil
    }
}

@testable import FordelingCore

/// Small hand-made approved sheets.
enum AuditFixtures {
    static func n(_ text: String) -> SheetTable.Value {
        let parts = text.split(separator: ",")
        let digits = parts.joined()
        return .number(DecimalValue(units: Int128(digits)!, scale: parts.count == 2 ? parts[1].count : 0))
    }

    /// Rows of (party, values) and a total row, read as if from `file`.
    static func table(_ columns: [String], _ rows: [(String, [SheetTable.Value])], total: [SheetTable.Value]?,
                      file: String = "approved.csv") -> SheetTable {
        SheetTable(source: file, columns: columns,
                   rows: rows.enumerated().map { index, row in
                       SheetTable.Row(label: row.0, code: nil, values: row.1, location: SourceLocation(file: file, line: index + 2))
                   },
                   total: total.map { SheetTable.Row(label: "I alt", code: nil, values: $0, location: SourceLocation(file: file, line: rows.count + 2)) })
    }

    static func approved(_ table: SheetTable, roles: [ApprovedSheet.Role], sheetID: String? = nil, kkr: String? = nil) -> ApprovedSheet {
        ApprovedSheet(table: table, source: "test", sheetID: sheetID, kkr: kkr, roles: roles)
    }
}

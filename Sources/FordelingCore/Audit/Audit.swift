/// The audit of one approved sheet: what its file and its figures show, and how the generated sheet differs.
public struct AuditEntry: Sendable {
    public let approved: ApprovedSheet
    public let findings: [Finding]
    /// Generated (A) against approved (B), when the approved sheet is linked to a definition.
    public let diff: SheetDiff?

    public func count(_ severity: Finding.Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }
}

/// Audits approved sheets against the register and the sheets generated from their definitions.
public enum Audit {
    /// `approved`: each sheet with the findings its reading produced (numbers written oddly). `printed` gives a
    /// generated sheet as the table its files show (headings and numbers as printed), to compare with the approved one.
    public static func run(_ approved: [(sheet: ApprovedSheet, findings: [Finding])], sheets: [Sheet], register: Register?,
                           printed: (Sheet) -> SheetTable) throws(InputError) -> [AuditEntry] {
        try approved.map { (entry) throws(InputError) in
            var linked: Sheet?
            if let id = entry.sheet.sheetID {
                guard let sheet = sheets.first(where: { $0.id == id }) else {
                    throw InputError(entry.sheet.location(of: .sheetID), .approvedNamesUnknownSheet(id, known: sheets.map(\.id)))
                }
                linked = sheet
            }
            if let kkr = entry.sheet.kkr, let register, register.members(ofKKR: kkr).isEmpty {
                throw InputError(entry.sheet.location(of: .kkr), .approvedNamesUnknownKKR(kkr, known: register.kkrNames))
            }
            let findings = entry.findings + SheetChecker(entry.sheet, register: register, linked: linked).findings()
            let diff = linked.map { SheetDiff(printed($0), entry.sheet.table, register: register) }
            return AuditEntry(approved: entry.sheet, findings: findings.sorted { $0.severity < $1.severity }, diff: diff)
        }
    }
}

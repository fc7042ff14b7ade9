import FordelingCore

/// Findings and differences in words and Danish numbers, for the terminal, Markdown and CSV.
public enum FindingText {
    public static func number(_ value: DecimalValue?) -> String {
        value.map { DanishNumberFormat.string($0) } ?? ""
    }

    public static func value(_ value: SheetTable.Value) -> String {
        switch value {
        case .number(let number): DanishNumberFormat.string(number)
        case .text(let text), .unreadable(let text): text
        case .empty: "(tom)"
        }
    }

    /// The fields of a finding: severity, place, row, column, printed, expected, difference, message.
    public static func fields(_ finding: Finding) -> [String] {
        cells(finding).map { $0.text(grouped: true) }
    }

    /// The fields as cells, numbers as numbers.
    public static func cells(_ finding: Finding) -> [PresentedCell] {
        let number = { (value: DecimalValue?) in value.map { PresentedCell.number($0, .figure) } ?? .empty }
        return [.text(FindingWording.severity(finding.severity)), .text(finding.location?.description ?? ""), .text(finding.party ?? ""),
                .text(finding.column ?? ""), number(finding.printed), number(finding.expected), number(finding.difference),
                .text(FindingWording.message(finding.kind))]
    }

    public static let headings = ["Alvor", "Sted", "Række", "Kolonne", "Trykt", "Forventet", "Difference", "Fund"]

    /// One line for the terminal.
    public static func line(_ finding: Finding) -> String {
        var parts = ["\(FindingWording.severity(finding.severity)):", finding.location.map { "\($0):" } ?? ""]
        if let party = finding.party { parts.append(party) }
        if let column = finding.column { parts.append("[\(column)]") }
        parts.append(FindingWording.message(finding.kind))
        if let printed = finding.printed, let expected = finding.expected {
            parts.append("(trykt \(number(printed)), forventet \(number(expected)), difference \(number(finding.difference)))")
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "3 fejl, 1 advarsel, 2 info".
    public static func counts(_ findings: [Finding]) -> String {
        let count = { (s: Finding.Severity) in findings.filter { $0.severity == s }.count }
        let warnings = count(.warning)
        return "\(count(.error)) fejl, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler"), \(count(.info)) info"
    }
}

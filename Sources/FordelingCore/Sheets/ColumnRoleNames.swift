// Transitional: the names definitions and approved sheets give amount columns, used by the messages of the core
// until the presentation words them (the structured errors of issue 13).
extension ColumnRole {
    var name: String {
        switch self {
        case .amount: "beløb"
        case .previous: "tidligere"
        case .difference: "forskel"
        case .fixedPledge: "fast"
        case .keyedShare: "nøgleandel"
        case .value: "værdi"
        case .inKind: "naturalier"
        case .hours: "timer"
        case .keyValues(let reference): reference.description
        case .keyShare(let reference): "andel-\(reference)"
        case .perUnit: "pr-enhed"
        case .component(let reference, _, _): "\(reference.sheet).\(reference.role.name)"
        }
    }
}

extension Measure {
    var unitText: String {
        switch self {
        case .money(let unit): switch unit { case .øre: "øre"; case .krone: "kr."; case .thousandKroner: "1.000 kr." }
        case .quantity(let name, _): name
        }
    }
}

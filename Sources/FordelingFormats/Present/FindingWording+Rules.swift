import FordelingCore

/// The words of findings about declared relations, minimums, budget statements and price lists.
extension FindingWording {
    static func ruleMessage(_ kind: Finding.Kind) -> String {
        let number = { (value: DecimalValue) in DanishNumberFormat.string(value) }
        switch kind {
        case .relationBroken(let relation): return "Rækken opfylder ikke \(relation)"
        case .belowMinimum: return "Totalen er under det aftalte minimum"
        case .budgetResult(let period, let income, let expenses):
            return "Overskud/underskud for \(period) er ikke indtægter − udgifter (\(number(income)) − \(number(expenses)))"
        case .roundedToWholeKroner: return "Tallet er det eksakte beløb afrundet til hele kroner (afrunding, ikke en fejl)"
        case .tierNotARange: return "Rækken er ikke et interval som '8 - 24' eller '50 +'"
        case .tierProblem(let problem):
            switch problem {
            case .reversed: return "Intervallet slutter før det begynder"
            case .notContiguous(let expected): return "Intervallet begynder ikke ved \(expected), lige efter det foregående (hul eller overlap)"
            case .openBeforeLast: return "Kun det sidste interval må være åbent opad"
            }
        default: return ""  // the kinds above are all that `message` hands over
        }
    }
}

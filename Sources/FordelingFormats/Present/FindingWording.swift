import FordelingCore

/// Findings in Danish: what was found, with its numbers written the Danish way, and how serious it is.
public enum FindingWording {
    /// "fejl", "advarsel" or "info".
    public static func severity(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "fejl"
        case .warning: "advarsel"
        case .info: "info"
        }
    }

    public static func message(_ kind: Finding.Kind) -> String {
        let number = { (value: DecimalValue) in DanishNumberFormat.string(value) }
        switch kind {
        case .unknownParty(let party): return "Parten '\(party)' findes ikke i registret"
        case .listedTwice(let party, let first, let label): return "\(party) står to gange (første gang \(first.description) som '\(label)')"
        case .notMemberOfKKR(let party, let kkr): return "\(party) er ikke medlem af KKR \(kkr)"
        case .missingMember(let party, let kkr): return "\(party) mangler; arket skal omfatte alle kommuner i KKR \(kkr)"
        case .columnSum(let sum, let total): return "Kolonnen summerer til \(number(sum)), men totalrækken viser \(number(total))"
        case .shareMismatch(let base): return "Procenten passer ikke med rækkens andel af \(base)"
        case .sharesSumToRounding(let sum, let total): return "De trykte procenter summerer til \(number(sum)), ikke \(number(total)) (afrunding)"
        case .perUnitMismatch(let amount, let key): return "Beløbet pr. enhed passer ikke med \(amount) / \(key)"
        case .differenceMismatch(let amount, let previous): return "Forskellen passer ikke med \(amount) − \(previous)"
        case .notComputable(let computation):
            return "\(words(computation)) kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"
        case .amountBreaksRule(let sheet): return "Beløbet afviger fra reglen i '\(sheet)' ud over afrunding"
        case .roundedWithDivisor(let total, let divisor, let keySum, let sumOfRows):
            return "De trykte beløb genskabes af rækkevis afrunding (halv op) af \(number(total)) med divisor \(number(divisor)) "
                + "i stedet for nøglens sum \(number(keySum)); rækkerne summerer da til \(number(sumOfRows))"
        case .roundedFromTotals(let low, let high, let divisor, let total, let sumOfRows):
            return "De trykte beløb genskabes af rækkevis afrunding (halv op) af et total fra \(number(low)) til under \(number(high)) "
                + "med divisor \(number(divisor)), ikke af \(number(total)); rækkerne summerer til \(number(sumOfRows))"
        case .notReproduced(let divisors, let sumOfRows, let total):
            return "Ingen rækkevis afrunding af et fælles total med divisor \(divisors.map(number).joined(separator: " eller ")) genskaber de trykte beløb; "
                + "rækkerne summerer til \(number(sumOfRows)), ikke \(number(total))"
        case .oddNumber(let written, let read): return "Tallet '\(written.abbreviated())' er skrevet usædvanligt og læst som \(number(read))"
        case .decimalPoint(let written, let read): return "Tallet '\(written.abbreviated())' har punktum som decimaltegn og er læst som \(number(read))"
        case .unreadable(let written):
            return "Cellen '\(written.abbreviated())' kan ikke læses som et tal (skriv fx 1.445.162, 0,825 eller 6,9 %); kolonnens sum er ikke kontrolleret"
        case .notANumber(let written): return "Cellen '\(written.abbreviated())' er tekst, ikke et tal, og tælles ikke med"
        case .relationBroken, .belowMinimum, .budgetResult, .roundedToWholeKroner, .tierNotARange, .tierProblem: return ruleMessage(kind)
        }
    }

    /// What a check that could not be made would have computed.
    private static func words(_ computation: Finding.Computation) -> String {
        switch computation {
        case .columnSum: "Kolonnens sum"
        case .sum(let column): "Summen af \(column)"
        case .rowShare(let column): "Rækkens andel af \(column)"
        case .percentSum: "Procenternes sum"
        case .quotient(let a, let b): "\(a) / \(b)"
        case .difference(let a, let b): "\(a) − \(b)"
        }
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats

/// Findings in the Danish words the core wrote before it spoke in kinds, numbers written the Danish way.
@Suite struct FindingWordingTests {
    static let cases: [(Finding.Kind, String)] = [
        (.unknownParty("Grve"), "Parten 'Grve' findes ikke i registret"),
        (.listedTwice(party: "Greve", firstAt: SourceLocation(file: "a.csv", line: 2), firstAs: "greve"),
         "Greve står to gange (første gang a.csv:2 som 'greve')"),
        (.notMemberOfKKR(party: "København", kkr: "Sjælland"), "København er ikke medlem af KKR Sjælland"),
        (.missingMember(party: "Lejre", kkr: "Sjælland"), "Lejre mangler; arket skal omfatte alle kommuner i KKR Sjælland"),
        (.columnSum(sum: DecimalValue(units: 1_234_567, scale: 1), total: DecimalValue(units: 123_456)),
         "Kolonnen summerer til 123.456,7, men totalrækken viser 123.456"),
        (.shareMismatch(base: "Befolkning"), "Procenten passer ikke med rækkens andel af Befolkning"),
        (.sharesSumToRounding(sum: DecimalValue(units: 9_999, scale: 2), total: DecimalValue(units: 100)),
         "De trykte procenter summerer til 99,99, ikke 100 (afrunding)"),
        (.perUnitMismatch(amount: "Beløb", key: "Befolkning"), "Beløbet pr. enhed passer ikke med Beløb / Befolkning"),
        (.differenceMismatch(amount: "Beløb", previous: "Tidligere"), "Forskellen passer ikke med Beløb − Tidligere"),
        (.notComputable(.columnSum), "Kolonnens sum kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.notComputable(.sum(of: "Befolkning")), "Summen af Befolkning kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.notComputable(.rowShare(of: "Befolkning")),
         "Rækkens andel af Befolkning kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.notComputable(.percentSum), "Procenternes sum kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.notComputable(.quotient("Beløb", "Befolkning")), "Beløb / Befolkning kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.notComputable(.difference("Beløb", "Tidligere")), "Beløb − Tidligere kan ikke beregnes eksakt (over 38 cifre), så kolonnen er ikke kontrolleret her"),
        (.amountBreaksRule(sheet: "test"), "Beløbet afviger fra reglen i 'test' ud over afrunding"),
        (.roundedWithDivisor(total: DecimalValue(units: 525_000), divisor: DecimalValue(units: 1_913_090), keySum: DecimalValue(units: 1_912_998),
                             sumOfRows: DecimalValue(units: 524_973)),
         "De trykte beløb genskabes af rækkevis afrunding (halv op) af 525.000 med divisor 1.913.090 i stedet for nøglens sum 1.912.998; "
            + "rækkerne summerer da til 524.973"),
        (.roundedFromTotals(low: DecimalValue(units: 99_950, scale: 2), high: DecimalValue(units: 100_050, scale: 2), divisor: DecimalValue(units: 11),
                            total: DecimalValue(units: 1_000), sumOfRows: DecimalValue(units: 999)),
         "De trykte beløb genskabes af rækkevis afrunding (halv op) af et total fra 999,50 til under 1.000,50 med divisor 11, ikke af 1.000; "
            + "rækkerne summerer til 999"),
        (.notReproduced(divisors: [DecimalValue(units: 10)], sumOfRows: DecimalValue(units: 11), total: DecimalValue(units: 10)),
         "Ingen rækkevis afrunding af et fælles total med divisor 10 genskaber de trykte beløb; rækkerne summerer til 11, ikke 10"),
        (.notReproduced(divisors: [DecimalValue(units: 10), DecimalValue(units: 11)], sumOfRows: DecimalValue(units: 11), total: DecimalValue(units: 10)),
         "Ingen rækkevis afrunding af et fælles total med divisor 10 eller 11 genskaber de trykte beløb; rækkerne summerer til 11, ikke 10"),
        (.oddNumber(written: "1014.819", read: DecimalValue(units: 1_014_819)), "Tallet '1014.819' er skrevet usædvanligt og læst som 1.014.819"),
    ]

    @Test func everyKindIsWordedAsBefore() {
        for (kind, words) in Self.cases { #expect(FindingWording.message(kind) == words) }
    }

    @Test func severitiesAreNamedInDanish() {
        #expect(Finding.Severity.allCases.map(FindingWording.severity) == ["fejl", "advarsel", "info"])
    }
}

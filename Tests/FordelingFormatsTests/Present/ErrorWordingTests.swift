import Testing
import FordelingCore
@testable import FordelingFormats

/// The words of the problems no end-to-end test meets, as the core wrote them before it spoke in problems.
@Suite struct ErrorWordingTests {
    static let cases: [(InputProblem, String, String)] = [
        (.apportionment(.zeroWeightSum), "internal error: zeroWeightSum",
         "This is a bug in Fordeling; nothing was written. Please report it with the inputs."),
        (.unexpected("CancellationError()"), "internal error: CancellationError()",
         "This is a bug in Fordeling; nothing was written. Please report it with the inputs."),
        (.notReconciled(sheet: "a", sumOfRows: 101, total: 100), "internal check failed: the rows of 'a' sum to 101, not 100",
         "This is a bug in Fordeling; the sheet was not written. Please report it with the inputs."),
        (.ruleTakesNoField(.split, .national), "rule 'split' does not take 'national'", "Write 'total = …' instead."),
        (.ruleTakesNoField(.sum, .rate), "rule 'sum' does not take 'rate'", "Remove it; a sum adds the sheets named in 'add'."),
        (.sumTakesNoKey, "rule 'sum' adds other sheets and takes no key", "Remove 'key', or use 'per' for a per-inhabitant column."),
        (.tierTwice("stor"), "the tier 'stor' is given twice", "Give each tier once."),
        (.sheetNotComputed("a"), "no sheet 'a' to add", "Use the id of a definition in Inputs/definitions/."),
        (.noSheetToAdd("a", known: ["b", "c"]), "no sheet 'a' to add", "Use one of: b, c."),
        (.noAmountColumn(sheet: "a", column: .previous, available: [.amount, .difference]), "sheet 'a' has no amount column 'tidligere'",
         "Use one of: beløb, forskel."),
        (.paysOutsideSum(party: "Greve", sheet: "a", definition: "s"), "Greve pays in 'a' but is not a party of 's'",
         "Give 's' the same parties as the sheets it adds."),
        (.addsOtherMeasure(sheet: "a", measure: .quantity(name: "årsværk", decimals: 3), definition: "s", definitionMeasure: .money(.thousandKroner)),
         "'a' is in årsværk, but 's' is rounded to 1.000 kr.",
         "A sum adds sheets of its own unit: give 's' and 'a' the same 'unit' (or quantity)."),
        (.noKeyTable("k", known: []), "no key table 'k'", "Use one of: (none loaded); key tables are the CSV files in Inputs/keys/."),
        (.keyHasSeveralColumns(key: "k", columns: ["a", "b"]), "key 'k' has 2 value columns", "Name one: k:a or k:b."),
        (.noValueInKey(party: "Greve", key: "k"), "Greve has no value in key 'k'", "Fill in the value, or exclude Greve from the definition."),
        (.keyValueNotANumber(party: "Greve", text: "mange", reason: "no digits", tiers: []), "expected a number for Greve, found 'mange': no digits",
         "Write the value as a number, e.g. 50.569 or 0,825."),
        (.negativeKeyValue(party: "Greve", value: nil, weight: Fraction(numerator: -1, denominator: 3)), "the key value of Greve is negative (-1/3)",
         "Key values must be zero or more."),
        (.keySumsToZeroOverSharers, "the key sums to zero over the parties that share by it", "A key must have a positive total."),
        (.keyHasNoShares(.table(id: "k", column: "a"), file: nil), "key 'k:a' sums to zero, so it has no shares", "Check the key."),
        (.previousAmountNotAnAmount(party: "Greve", decimals: 2), "the previous amount of Greve is not a number with at most 2 decimals",
         "Write it like 900.000 or 66.666,67."),
        (.pledgesLeaveARest, "the pledges leave part of the total to no one",
         "Make the pledges add up to the total, or leave parties to share the rest by key."),
        (.percentagePledgesLeaveNothing, "the percentage pledges leave nothing to split by key", "Lower the percentages, or pledge for every party."),
        (.percentagePledgeWithoutTotal, "a percentage pledge needs a total to take the percentage of",
         "Use rule 'split' with a total, or pledge an amount."),
        (.pledgedTwice(party: "Greve", field: .inKindFixed), "Greve has two 'in kind fixed' lines", "Keep one."),
        (.partyInKeyTwice(party: "Greve", firstLine: 2, file: "k.csv"), "Greve is listed twice (first at line 2)", "Keep one row per party in k.csv."),
        (.cannotExclude(party: "Greve"), "Greve is not in the party set, so it cannot be excluded", "Remove it from 'exclude'."),
        (.emptyPartySet, "the party set is empty", "Name at least one party."),
        (.kkrWithoutRegister, "a KKR needs the municipality register", "List the parties by name instead."),
        (.unknownKKR("Fyn", known: ["Sjælland", "Hovedstaden"]), "no KKR called 'Fyn'", "Write one of: KKR Sjælland, KKR Hovedstaden."),
        (.exemptNonParty(party: "Greve", definition: "a"), "Greve is not a party of 'a'", "Remove it."),
        (.keyOfSum(definition: "s"), "'s' adds other sheets and has no key", "Override a sheet it adds instead."),
        (.lastParty(party: "Greve", definition: "a"), "Greve is the last party of 'a', so it cannot leave", "Keep at least one party."),
        (.everyPartyOfKey(definition: "split"), "'split' takes every party of its key", "Add the party to the key instead."),
        (.ruleHasNoAmount(.sum, .total), "rule 'sum' has no 'total'",
         "Its amount field is '(none: a sum follows the sheets it adds)'; the fields are total, national, rate, key, pledge, tier, leave, join, index rate."),
        (.tooManyDecimals(DecimalValue(units: 15, scale: 3), decimals: 2), "'0.015' has more than 2 decimals", "Round it."),
        (.notATier("mellem", definition: "a", tiers: ["stor", "lille"]), "'mellem' is not a tier of 'a'", "Use one of: stor, lille."),
        (.countedTwice(municipality: "Greve", first: "To kommuner", second: "Tre kommuner"),
         "Greve is counted twice, as a member of To kommuner and as a member of Tre kommuner",
         "Name each municipality once: a group such as To kommuner already counts its members."),
        (.causedByChange(at: nil, .emptyPartySet), "with this change, the party set is empty", "Name at least one party."),
        (.described(problem: "odd", fix: "Fix it."), "odd", "Fix it."),
    ]

    @Test func everyProblemIsWordedAsBefore() {
        for (problem, words, fix) in Self.cases {
            let wording = ErrorWording(problem)
            #expect(wording.problem == words)
            #expect(wording.fix == fix)
        }
    }

    @Test func theCommandLineTextIsPlaceProblemAndFix() {
        let error = InputError(SourceLocation(file: "d.txt", line: 3, field: "field 'exclude'"), .cannotExclude(party: "Greve"))
        #expect(ErrorWording.text(error) == "d.txt:3: field 'exclude': Greve is not in the party set, so it cannot be excluded. Remove it from 'exclude'.")
        #expect(ErrorWording.text(InputError(nil, .emptyPartySet)) == "the party set is empty. Name at least one party.")
    }
}

@Suite struct DefinitionFieldsTests {
    /// Every field is read under one name, and the message that lists them lists them all.
    @Test func everyFieldHasOneNameInTheTextFormat() {
        let named = DefinitionFields.table.map(\.field)
        #expect(Set(named) == Set(Definition.Field.allCases).subtracting([.id]))
        #expect(named.count == Set(named).count)
        #expect(Set(DefinitionReader.fields).count == DefinitionReader.fields.count)
        for (field, name) in DefinitionFields.table { #expect(DefinitionFields.name(of: field) == name) }
        #expect(DefinitionFields.name(of: .hourlyRate) == "hourly rate" && DefinitionFields.name(of: .excluded) == "exclude")
    }

    @Test func everyRuleHasOneName() {
        #expect(Set(DefinitionFields.rules.map(\.kind)) == Set(Rule.Kind.allCases))
        #expect(Rule.Kind.allCases.map(DefinitionFields.name) == ["split", "national-share", "rate", "sum", "budget", "fee"])
    }
}

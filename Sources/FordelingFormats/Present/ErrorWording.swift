import FordelingCore

/// An input error in English words, naming fields, rules and folders as the inputs' text format does:
/// `file:line: field 'x': what is wrong. How to fix it.`
public struct ErrorWording: Sendable {
    public let problem: String
    public let fix: String

    public init(_ error: InputError) {
        self.init(error.problem)
    }

    public init(_ problem: InputProblem) {
        (self.problem, self.fix) = ErrorWording.words(problem)
    }

    /// The error as the command line prints it.
    public static func text(_ error: InputError) -> String {
        let wording = ErrorWording(error)
        return "\(error.location.map { "\($0): " } ?? "")\(wording.problem). \(wording.fix)"
    }

    private static func name(_ field: Definition.Field) -> String { DefinitionFields.name(of: field) }
    private static func name(_ rule: Rule.Kind) -> String { DefinitionFields.name(of: rule) }
    private static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    private static let bug = "This is a bug in Fordeling; nothing was written. Please report it with the inputs."

    private static func words(_ problem: InputProblem) -> (String, String) {
        switch problem {
        case .described(let problem, let fix): (problem, fix)

        // Computing
        case .overflow(let error):
            ("the amounts are too large to compute exactly (\(error.operation) exceeds 38 digits)", "Check the total, rate and key values for misplaced digits.")
        case .apportionment(let failure): ("internal error: \(String(describing: failure).abbreviated())", bug)
        case .unexpected(let description): ("internal error: \(description.abbreviated())", bug)
        case .notReconciled(let sheet, let sumOfRows, let total):
            ("internal check failed: the rows of '\(sheet)' sum to \(sumOfRows), not \(total)",
             "This is a bug in Fordeling; the sheet was not written. Please report it with the inputs.")
        case .causedByChange(let location, let problem):
            wordsOfChange(location, ErrorWording(problem))

        // A definition's fields
        case .missingField(let definition, let field): ("definition '\(definition)' has no '\(name(field))'", "Add a line '\(name(field)) = …'.")
        case .quantityWithUnit: ("a quantity is rounded by 'decimals', not by 'unit'", "Remove 'unit'.")
        case .decimalsWithoutQuantity: ("'decimals' is for quantities", "Add 'quantity = …' or use 'unit' for money.")
        case .severalAmountFields(let fields):
            ("a definition has one of 'total', 'national' or 'rate', but this one has \(fields.map { "'\(name($0))'" }.joined(separator: " and "))",
             "Keep the one its rule needs: split takes total, national-share takes national, rate takes rate.")
        case .ruleTakesNoField(let rule, let field):
            ("rule '\(name(rule))' does not take '\(name(field))'",
             rule == .budget ? "Remove it; a budget states its lines in 'expense' and 'income', one figure per period."
                 : rule.amountField.map { "Write '\(name($0)) = …' instead." } ?? "Remove it; a sum adds the sheets named in 'add'.")
        case .sumTakesNoKey: ("rule 'sum' adds other sheets and takes no key", "Remove 'key', or use 'per' for a per-inhabitant column.")
        case .notForSum(let field):
            ("rule 'sum' takes no '\(name(field))': a sum only adds the sheets named in 'add'", "Set '\(name(field))' in a sheet it adds, or remove it.")
        case .addedTwice(let reference):
            ("'\("\(reference.sheet).\(ColumnNames.name(reference.role) ?? "")".abbreviated())' is added twice, so it would count twice",
             "Name each sheet (or column of a sheet) once in 'add'.")
        case .tierTwice(let tier): ("the tier '\(tier)' is given twice", "Give each tier once.")
        case .divisorWithoutPublishedMode:
            ("a divisor other than the key's total only reproduces a published sheet", "Add 'mode = published', or remove the divisor.")
        case .publishedModeOnlyForSplit(let rule):
            ("only rule 'split' has a published mode; rule '\(name(rule))' rounds every row on its own", "Remove 'mode' and 'divisor'.")
        case .divisorNotPositive(let divisor):
            ("the divisor is \(divisor), but a divisor must be more than zero", "Write the divisor the published sheet used, e.g. 1.913.090.")
        case .priceOnMoney: ("'price' values a quantity, but this sheet splits money", "Add 'quantity = …' (e.g. årsværk), or remove 'price'.")
        case .negativePercentagePledge(let party):
            ("the percentage pledge of \(party.abbreviated()) is negative", "Pledge a share from 0 % to 100 % of the total.")
        case .hoursWithoutHourlyRate: ("'hours' and 'hourly rate' go together", "Give both, e.g. 'hours = 50' and 'hourly rate = 430 kr.'.")
        case .inKindBothWays:
            ("contributions in kind are either hours at an hourly rate or a share of the cash, not both",
             "Keep 'hours' and 'hourly rate', or 'in kind share'.")

        // Definitions together
        case .idUsedTwice(let id, let first):
            ("the id '\(id)' is used twice (first at \(first.map(\.description) ?? "?"))", "Give every definition its own id.")
        case .noDefinition(let id, let known): ("no definition '\(id)'", "Use one of: \(list(known)).")
        case .dependsOnItself(let id, let cycle):
            ("'\(id)' depends on itself: \(cycle.joined(separator: " → "))", "Remove one sheet from the 'add' chain so that no sheet adds itself.")
        case .noSheetToAdd(let sheet, let known): ("no sheet '\(sheet)' to add", "Use one of: \(list(known)).")
        case .sheetNotComputed(let sheet): ("no sheet '\(sheet)' to add", "Use the id of a definition in Inputs/definitions/.")
        case .addsPublishedSheet(let sheet):
            ("'\(sheet)' is in published mode: it reproduces a printed sheet, whose rows need not sum to its total",
             "Add a sheet in the default (reconciled) mode instead.")
        case .addsOtherMeasure(let sheet, let measure, let definition, let definitionMeasure):
            ("'\(sheet)' is \(rounding(measure)), but '\(definition)' is \(rounding(definitionMeasure))",
             "A sum adds sheets of its own unit: give '\(definition)' and '\(sheet)' the same 'unit' (or quantity).")
        case .noAmountColumn(let sheet, let column, let available):
            ("sheet '\(sheet)' has no amount column '\(ColumnNames.name(column) ?? "")'", "Use one of: \(list(available.compactMap(ColumnNames.name))).")
        case .paysOutsideSum(let party, let sheet, let definition):
            ("\(party) pays in '\(sheet)' but is not a party of '\(definition)'", "Give '\(definition)' the same parties as the sheets it adds.")

        // Keys
        case .noKeyTable(let id, let known):
            ("no key table '\(id)'", "Use one of: \(known.isEmpty ? "(none loaded)" : list(known)); key tables are the CSV files in Inputs/keys/.")
        case .keyHasSeveralColumns(let key, let columns):
            ("key '\(key)' has \(columns.count) value columns", "Name one: \(columns.map { "\(key):\($0)" }.joined(separator: " or ")).")
        case .keyHasNoColumn(let key, let column, let columns): ("key '\(key)' has no column '\(column)'", "Use one of: \(list(columns)).")
        case .notInKey(let party, let definition, let key, let file):
            ("\(party) is a party of '\(definition)' but not in key '\(key)'", "Add a row for \(party) to \(file), or exclude it from the definition.")
        case .noValueInKey(let party, let key): ("\(party) has no value in key '\(key)'", "Fill in the value, or exclude \(party) from the definition.")
        case .keyValueNotANumber(let party, let text, let reason, let tiers):
            ("expected a number for \(party), found '\(text.abbreviated())': \(reason)",
             tiers.isEmpty ? "Write the value as a number, e.g. 50.569 or 0,825." : "Use a tier of the definition: \(list(tiers)), or a number.")
        case .negativeKeyValue(let party, let value, let weight):
            ("the key value of \(party) is negative (\(value.map(\.description) ?? "\(weight.numerator)/\(weight.denominator)"))",
             "Key values must be zero or more.")
        case .keySumsToZero(let key, let definition, let file):
            ("key '\(key?.description ?? "")' sums to zero over the parties of '\(definition)'", "A key must have a positive total; check \(file ?? "the key").")
        case .keySumsToZeroOverSharers: ("the key sums to zero over the parties that share by it", "A key must have a positive total.")
        case .keyHasNoShares(let key, let file): ("key '\(key)' sums to zero, so it has no shares", "Check \(file ?? "the key").")
        case .previousAmountNotAnAmount(let party, let decimals):
            ("the previous amount of \(party) is not a number with at most \(decimals) decimals", "Write it like 900.000 or 66.666,67.")

        // Pledges
        case .totalNotWholeUnits: ("the total is not a whole number of the rounding unit", "Use a smaller unit (e.g. 'unit = øre') or round the total.")
        case .pledgesDoNotFit(let fixed, let total, let measure):
            ("the fixed pledges (\(stored(fixed, measure))) do not fit in the total (\(stored(total, measure))) in whole rounding units",
             "Check the total and the pledged amounts.")
        case .percentagePledgesOverAHundred: ("the percentage pledges add up to more than 100 %", "Check the percentages.")
        case .pledgesLeaveARest:
            ("the pledges leave part of the total to no one", "Make the pledges add up to the total, or leave parties to share the rest by key.")
        case .percentagePledgesLeaveNothing: ("the percentage pledges leave nothing to split by key", "Lower the percentages, or pledge for every party.")
        case .percentagePledgeWithoutTotal:
            ("a percentage pledge needs a total to take the percentage of", "Use rule 'split' with a total, or pledge an amount.")
        case .pledgeOfNonParty(let party, let definition): ("\(party) is not a party of '\(definition)'", "Add it to 'parties', or remove the line.")
        case .pledgedTwice(let party, let field): ("\(party) has two '\(name(field))' lines", "Keep one.")

        // Parties
        case .unknownParty(let party, let registerFiles, let suggestions):
            ("unknown municipality or organisation '\(party.abbreviated())'",
             (registerFiles.isEmpty ? "Use a name, spelling or kommunenummer of the built-in register of the 98 municipalities, or add it to registers/kommuner.csv or registers/organisationer.csv in the inputs folder."
                : "Use a name, spelling or kommunenummer listed in \(registerFiles.joined(separator: " or ")), or add it there.")
                + (suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"))
        case .nameUsedTwice(let spelling, let party, let location):
            ("'\(spelling.abbreviated())' is already used by \(party) (\(location))", "Give every party its own name, kommunenummer and spellings.")
        case .partyListedTwice(let party): ("\(party) is listed twice", "Name each party once.")
        case .countedTwice(let municipality, let first, let second):
            ("\(municipality) is counted twice, \(first.map { "as a member of \($0)" } ?? "by itself") and \(second.map { "as a member of \($0)" } ?? "by itself")",
             "Name each municipality once: a group such as \(first ?? second ?? municipality) already counts its members.")
        case .partyInKeyTwice(let party, let firstLine, let file): ("\(party.abbreviated()) is listed twice (first at line \(firstLine))", "Keep one row per party in \(file).")
        case .cannotExclude(let party): ("\(party) is not in the party set, so it cannot be excluded", "Remove it from 'exclude'.")
        case .emptyPartySet: ("the party set is empty", "Name at least one party.")
        case .kkrWithoutRegister: ("a KKR needs the municipality register", "List the parties by name instead.")
        case .unknownKKR(let name, let known): ("no KKR called '\(name)'", "Write one of: \(list(known.map { "KKR \($0)" })).")
        case .exemptNonParty(let party, let definition): ("\(party) is not a party of '\(definition)'", "Remove it.")

        // Scenarios
        case .keyOfSum(let definition): ("'\(definition)' adds other sheets and has no key", "Override a sheet it adds instead.")
        case .cannotLeave(let party, let definition, let hasLeft):
            ("\(party) is not a party of '\(definition)'\(hasLeft ? " (it has left already)" : ""), so it cannot leave", "Remove this line.")
        case .lastParty(let party, let definition): ("\(party) is the last party of '\(definition)', so it cannot leave", "Keep at least one party.")
        case .everyPartyOfKey(let definition): ("'\(definition)' takes every party of its key", "Add the party to the key instead.")
        case .alreadyAParty(let party, let definition): ("\(party) is already a party of '\(definition)'", "Remove this line.")
        case .ruleHasNoAmount(let rule, let field):
            ("rule '\(name(rule))' has no '\(name(field))'",
             "Its amount field is '\(rule.amountField.map(name) ?? (rule == .budget ? "(none: a budget's figures are its lines)" : "(none: a sum follows the sheets it adds)"))'; the fields are \(list(ScenarioReader.overrideFields)).")
        case .tooManyDecimals(let value, let decimals): ("'\(value)' has more than \(decimals) decimals", "Round it.")
        case .scenarioTotalNotWholeUnits(let amount, let measure):
            ("the new total \(DanishNumberFormat.amount(amount, measure: .money(.øre))) \(measure.label) is not a whole number of the sheet's unit (\(unitName(measure)))",
             "Set a total in whole \(unitName(measure)), or change it by a percentage (e.g. +4,8 %), which the scenario rounds to the unit.")
        case .noTiers(let definition):
            ("'\(definition)' has no tiers: its key holds numbers, not words such as 'stor' and 'lille'",
             "Set a tier in a definition with 'tiers', such as ept4-forslag, or change the key's values instead.")
        case .equalKeyHasNoTiers(let definition):
            ("'\(definition)' weighs every party the same (key 'equal'), so it has no tiers to set",
             "Give it a key of tiers first, e.g. '\(definition).key = ept4-niveauer:Forslag'.")
        case .notATier(let tier, let definition, let tiers): ("'\(tier)' is not a tier of '\(definition)'", "Use one of: \(list(tiers)).")
        case .tierOfNonParty(let party, let definition, let written):
            ("\(party) is not a party of '\(definition)'", "Add it with '\(definition).join = \(written.abbreviated())', or give the tier to one of its parties.")

        case .budgetLineTwice, .budgetFigures, .budgetWithoutPeriods, .budgetFigureNotMoney, .noPriceList, .priceListHasSeveralColumns, .priceTier,
             .countNotWhole, .noTierForCount, .noFeeInTier, .noPriceIndex, .noPriceIndexRate, .indexationWithoutAmount, .priceLevelAfterYear,
             .periodWithoutAmount, .periodEndsBeforeItStarts, .notForPeriod, .boundsOnlyForReconciledSplit, .boundsWithPledges,
             .deviationOutOfRange, .boundNotWholeUnits, .infeasibleBounds, .notIndexed:
            ErrorWording.wordsOfRules(problem)

        // Approved sheets
        case .approvedNamesUnknownSheet(let id, let known):
            ("the approved sheet names '\(id.abbreviated())', which is not a definition",
             known.isEmpty ? "There is no inputs folder: give the one that defines it with --inputs." : "Use one of: \(list(known)).")
        case .approvedNamesUnknownKKR(let kkr, let known):
            ("the approved sheet names KKR '\(kkr.abbreviated())', which the register does not know", "Use one of: \(list(known)).")
        }
    }

    /// A problem that shows where a scenario's change does not: located at the definition's line, blamed on the change.
    private static func wordsOfChange(_ location: SourceLocation?, _ wording: ErrorWording) -> (String, String) {
        ("with this change, \(location.map { "\($0): " } ?? "")\(wording.problem)", wording.fix)
    }

    /// An amount in stored units with its unit, as `500000.00 kr.`.
    private static func stored(_ amount: Int128, _ measure: Measure) -> String {
        "\(DecimalValue(units: amount, scale: measure.storedDecimals)) \(measure.label)"
    }

    /// "rounded to kr." or "in årsværk".
    /// The unit a sheet rounds to: `kr.`, `1.000 kr.`, `0,01 årsværk`.
    private static func unitName(_ measure: Measure) -> String {
        if case .money(let unit) = measure { return unit.label }
        return "\(DanishNumberFormat.string(DecimalValue(units: 1, scale: measure.storedDecimals))) \(measure.label)"
    }

    private static func rounding(_ measure: Measure) -> String {
        if case .money(let unit) = measure { "rounded to \(unit.label)" } else { "in \(measure.label)" }
    }
}

/// What is wrong with the inputs, with the values involved; the presentation words it (and how to fix it).
/// Parties are named as the sheets print them, ids and names as written.
public indirect enum InputProblem: Equatable, Sendable {
    /// A problem a reader outside the core words itself.
    case described(problem: String, fix: String)

    // MARK: Computing
    /// An exact computation left 38 digits.
    case overflow(OverflowError)
    /// Apportioning by weights that were checked before failed: a bug.
    case apportionment(LargestRemainder.Failure)
    /// An error no computation should throw: a bug.
    case unexpected(String)
    /// A reconciled sheet's rows do not sum to its total: a bug.
    case notReconciled(sheet: String, sumOfRows: Int128, total: Int128)
    /// A scenario's change made a problem show where the definition does not name the change.
    case causedByChange(at: SourceLocation?, InputProblem)

    // MARK: A definition's fields
    case missingField(definition: String, field: Definition.Field)
    case quantityWithUnit
    case decimalsWithoutQuantity
    /// More than one of the rules' amount fields.
    case severalAmountFields([Definition.Field])
    case ruleTakesNoField(Rule.Kind, Definition.Field)
    case sumTakesNoKey
    /// A field that only sheets of their own parties use, on a sum.
    case notForSum(Definition.Field)
    case addedTwice(ColumnReference)
    case tierTwice(String)
    case divisorWithoutPublishedMode
    case publishedModeOnlyForSplit(Rule.Kind)
    case divisorNotPositive(DecimalValue)
    case priceOnMoney
    case negativePercentagePledge(party: String)
    case hoursWithoutHourlyRate
    case inKindBothWays

    // MARK: Definitions together
    case idUsedTwice(String, first: SourceLocation?)
    case noDefinition(String, known: [String])
    case dependsOnItself(String, cycle: [String])
    case noSheetToAdd(String, known: [String])
    /// A sheet a sum adds has not been computed.
    case sheetNotComputed(String)
    case addsPublishedSheet(String)
    case addsOtherMeasure(sheet: String, measure: Measure, definition: String, definitionMeasure: Measure)
    case noAmountColumn(sheet: String, column: ColumnRole, available: [ColumnRole])
    case paysOutsideSum(party: String, sheet: String, definition: String)

    // MARK: Keys
    case noKeyTable(String, known: [String])
    case keyHasSeveralColumns(key: String, columns: [String])
    case keyHasNoColumn(key: String, column: String, columns: [String])
    case notInKey(party: String, definition: String, key: String, file: String)
    case noValueInKey(party: String, key: String)
    /// A key value that is text; `reason` says why it is not a number, `tiers` are the definition's.
    case keyValueNotANumber(party: String, text: String, reason: String, tiers: [String])
    case negativeKeyValue(party: String, value: DecimalValue?, weight: Fraction)
    case keySumsToZero(KeyReference?, definition: String, file: String?)
    case keySumsToZeroOverSharers
    case keyHasNoShares(KeyReference, file: String?)
    case previousAmountNotAnAmount(party: String, decimals: Int)

    // MARK: Pledges
    case totalNotWholeUnits
    case pledgesDoNotFit(fixed: Int128, total: Int128, measure: Measure)
    case percentagePledgesOverAHundred
    case pledgesLeaveARest
    case percentagePledgesLeaveNothing
    case percentagePledgeWithoutTotal
    case pledgeOfNonParty(party: String, definition: String)
    case pledgedTwice(party: String, field: Definition.Field)

    // MARK: Parties
    case unknownParty(String, registerFiles: [String], suggestions: [String])
    case nameUsedTwice(String, by: String, at: SourceLocation)
    case partyListedTwice(String)
    /// A municipality counted by two parties of a set: itself (nil) or a group (its name).
    case countedTwice(municipality: String, first: String?, second: String?)
    case partyInKeyTwice(party: String, firstLine: Int, file: String)
    case cannotExclude(party: String)
    case emptyPartySet
    case kkrWithoutRegister
    case unknownKKR(String, known: [String])
    case exemptNonParty(party: String, definition: String)

    // MARK: Scenarios
    case keyOfSum(definition: String)
    case cannotLeave(party: String, definition: String, hasLeft: Bool)
    case lastParty(party: String, definition: String)
    case everyPartyOfKey(definition: String)
    case alreadyAParty(party: String, definition: String)
    case ruleHasNoAmount(Rule.Kind, Definition.Field)
    case tooManyDecimals(DecimalValue, decimals: Int)
    /// A total a scenario sets (or changes by an amount) that is not a whole number of the sheet's rounding unit.
    case scenarioTotalNotWholeUnits(Int128, Measure)
    case noTiers(definition: String)
    case equalKeyHasNoTiers(definition: String)
    case notATier(String, definition: String, tiers: [String])
    /// A tier for a party of the sheet, written as `written`.
    case tierOfNonParty(party: String, definition: String, written: String)

    // MARK: Budgets, fees, indexation, periods and quotas
    /// A budget line named twice.
    case budgetLineTwice(String)
    /// A budget line with `found` figures where the statement has `expected` periods.
    case budgetFigures(line: String, expected: Int, found: Int)
    case budgetWithoutPeriods
    /// A budget figure taken from a sheet that is not money.
    case budgetFigureNotMoney(sheet: String)
    case noPriceList(String, known: [String])
    case priceListHasSeveralColumns(list: String, columns: [String])
    /// A price list's tier that does not fit the tiers before it.
    case priceTier(PriceList.TierProblem, label: String)
    /// A key value that selects a fee's tier but is not a whole count of zero or more.
    case countNotWhole(party: String, value: DecimalValue)
    case noTierForCount(party: String, count: Int128, list: String)
    case noFeeInTier(party: String, tier: String, column: String)
    case noPriceIndex(String, known: [String])
    case noPriceIndexRate(from: Int, table: String, file: String)
    case indexationWithoutAmount(Rule.Kind)
    case priceLevelAfterYear(priceLevel: Int, year: Int)
    case periodWithoutAmount(Rule.Kind)
    case periodEndsBeforeItStarts
    /// A field that has no meaning per year of a period.
    case notForPeriod(Definition.Field)
    case boundsOnlyForReconciledSplit
    case boundsWithPledges
    case deviationOutOfRange
    /// A minimum or maximum that is not a whole number of the sheet's unit.
    case boundNotWholeUnits(party: String)
    /// Bounds no split can meet; the party, where one row's bounds cross.
    case infeasibleBounds(BoundedLargestRemainder.Failure, party: String?, total: Int128, measure: Measure)
    /// An override of a PL rate for a definition that is not indexed.
    case notIndexed(definition: String)

    // MARK: Approved sheets
    case approvedNamesUnknownSheet(String, known: [String])
    case approvedNamesUnknownKKR(String, known: [String])
}

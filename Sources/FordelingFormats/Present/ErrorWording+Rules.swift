import FordelingCore

/// The words of problems with budgets, fees, price lists, PL indexation, periods and quota bounds.
extension ErrorWording {
    static func wordsOfRules(_ problem: InputProblem) -> (String, String) {
        let name = { (field: Definition.Field) in DefinitionFields.name(of: field) }
        let rule = { (kind: Rule.Kind) in DefinitionFields.name(of: kind) }
        switch problem {
        case .budgetLineTwice(let line): return ("the budget line '\(line.abbreviated())' is given twice", "Give each line once.")
        case .budgetFigures(let line, let expected, let found):
            return ("the line '\(line.abbreviated())' has \(found) figure\(found == 1 ? "" : "s"), but the statement has \(expected) period\(expected == 1 ? "" : "s")",
                    "Give one figure per period, separated by '|'; write '-' for none.")
        case .budgetWithoutPeriods: return ("the budget statement names no periods", "Add e.g. 'periods = Budget 2023, Regnskab 2023, Budget 2024'.")
        case .budgetFigureNotMoney(let sheet): return ("'\(sheet)' is not in kroner, so its total cannot be a budget figure", "Name a sheet of money.")
        case .noPriceList(let id, let known):
            return ("no price list '\(id.abbreviated())'", "Use one of: \(known.isEmpty ? "(none loaded)" : known.joined(separator: ", ")); price lists are the CSV files in Inputs/prices/.")
        case .priceListHasSeveralColumns(let list, let columns):
            return ("price list '\(list)' has \(columns.count) fee columns", "Name one: \(columns.map { "\(list):\($0)" }.joined(separator: " or ")).")
        case .priceTier(let tierProblem, let label):
            switch tierProblem {
            case .reversed: return ("the tier '\(label.abbreviated())' ends before it starts", "Write the lower count first, e.g. 8 - 24.")
            case .notContiguous(let expected):
                return ("the tier '\(label.abbreviated())' does not start at \(expected), right after the tier before it",
                        "Make the tiers follow each other without gaps or overlaps, e.g. 0 - 7, 8 - 24, 25 - 49, 50 +.")
            case .openBeforeLast: return ("the tier '\(label.abbreviated())' has no upper end but is not the last", "Only the last tier may be open, e.g. 50 +.")
            }
        case .countNotWhole(let party, let value):
            return ("the key value of \(party) (\(value)) is not a whole count of zero or more, so it picks no tier of the price list",
                    "Write the count, e.g. the number of places.")
        case .noTierForCount(let party, let count, let list):
            return ("no tier of price list '\(list)' holds \(party)'s count \(count)", "Check the count, or the tiers of the list.")
        case .noFeeInTier(let party, let tier, let column):
            return ("the price list has no fee '\(column)' in the tier '\(tier)' of \(party)", "Fill in the fee, or choose another column.")
        case .noPriceIndex(let id, let known):
            return ("no PL table '\(id.abbreviated())'", "Use one of: \(known.isEmpty ? "(none loaded)" : known.joined(separator: ", ")); PL tables are the CSV files in Inputs/indices/.")
        case .noPriceIndexRate(let from, let table, let file):
            return ("the PL table '\(table)' has no rate for \(from)/\(from + 1)", "Add a row '\(from)/\(from + 1);…' to \(file).")
        case .indexationWithoutAmount(let kind):
            return ("rule '\(rule(kind))' has no amount to index", "Use 'index' and 'price level' with a total, national amount or rate.")
        case .priceLevelAfterYear(let level, let year):
            return ("the price level \(level) comes after the year \(year)", "Write the year whose prices the amount is stated in, at most \(year).")
        case .periodWithoutAmount(let kind):
            return ("rule '\(rule(kind))' has no amount per year", "Use 'period' with a total, national amount or rate per year.")
        case .periodEndsBeforeItStarts: return ("the period ends before it starts", "Write the first month first, e.g. 2020-09 to 2023-06.")
        case .notForPeriod(let field):
            return ("a definition over a period takes no '\(name(field))'",
                    field == .year ? "Remove 'year': each year of the period has a sheet of its own." : "Remove it, or make a definition for one year.")
        case .boundsOnlyForReconciledSplit:
            return ("minimums, maximums, a deviation and realised figures are for rule 'split' in the default (reconciled) mode",
                    "Use them with 'rule = split', or remove them.")
        case .boundsWithPledges: return ("a split within bounds takes no pledges", "Remove the pledges, or the bounds.")
        case .deviationOutOfRange: return ("the deviation must be from 0 to 100 percentage points", "Write it like 'deviation = 2 procentpoint'.")
        case .boundNotWholeUnits(let party):
            return ("the bound of \(party) is not a whole number of the sheet's unit", "Round it to the unit (or the quantity's decimals).")
        case .infeasibleBounds(let failure, let party, let total, let measure):
            let amount = { (units: Int128) in
                let (stored, overflow) = units.multipliedReportingOverflow(by: measure.step)
                return overflow ? "\(units) × \(measure.step) \(measure.label)" : "\(DanishNumberFormat.amount(stored, measure: measure)) \(measure.label)"
            }
            let totalText = "\(DanishNumberFormat.amount(total, measure: measure)) \(measure.label)"
            switch failure {
            case .negativeTotal: return ("a split within bounds needs a total of zero or more, not \(totalText)", "Give a positive total, or remove the bounds.")
            case .crossedBounds:
                return ("the bounds of \(party ?? "a party") leave no whole number: its minimum is above its maximum",
                        "Widen the deviation or the bounds (a deviation of d percentage points needs d % of the total to be at least one unit).")
            case .minimumsExceedTotal(let sum):
                return ("the minimums add up to \(amount(sum)), more than the total \(totalText)", "Lower the minimums, or raise the total.")
            case .maximumsBelowTotal(let capacity):
                return ("the maximums (with the minimums of parties of weight 0) add up to \(amount(capacity)), less than the total \(totalText)",
                        "Raise the maximums, or lower the total.")
            case .apportionment, .overflow: return ("internal error: \(String(describing: failure).abbreviated())", "This is a bug in Fordeling; nothing was written. Please report it with the inputs.")
            }
        case .notIndexed(let definition):
            return ("'\(definition)' is not indexed, so it has no PL rate to change", "Give it 'index' and 'price level', or change another sheet.")
        default: return ("", "")  // the problems above are all that `words` hands over
        }
    }
}

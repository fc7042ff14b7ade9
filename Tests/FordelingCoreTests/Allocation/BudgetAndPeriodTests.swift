import Testing
@testable import FordelingCore

/// Budget statements (lines by period, totals, results) and definitions over a period (a sheet per year and one for
/// the whole period).
@Suite struct BudgetAndPeriodTests {
    let context: AllocationContext

    init() throws {
        let register = try TestModel.register()
        context = AllocationContext(register: register, registerFiles: ["register.csv"],
                                    keys: ["pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register)])
    }

    private func budget(_ lines: [BudgetStatement.Line], periods: [String] = ["Budget", "Regnskab"]) throws -> Definition {
        try TestModel.definition("budget", parties: .items([]), rule: .budget(BudgetStatement(periods: periods, lines: lines)), key: nil)
    }

    private func line(_ name: String, _ side: BudgetStatement.Side, _ figures: [BudgetStatement.Figure]) -> BudgetStatement.Line {
        BudgetStatement.Line(name: name, side: side, figures: figures, location: SourceLocation(file: "b.txt", line: 7))
    }

    @Test func aBudgetHasAnExpenseAndAnIncomeColumnPerPeriodTheirTotalsAndEachPeriodsResult() throws {
        let definition = try budget([line("Indkrævet", .income, [.amount(100_000), .amount(100_025)]),
                                     line("Løn", .expenses, [.amount(90_000), .amount(80_000)]),
                                     line("Husleje", .expenses, [.amount(10_000), .none])])
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.rows.map(\.party.name) == ["Indkrævet", "Løn", "Husleje"])
        #expect(sheet.columns.map(\.role) == [.budget(period: "Budget", side: .expenses), .budget(period: "Budget", side: .income),
                                              .budget(period: "Regnskab", side: .expenses), .budget(period: "Regnskab", side: .income)])
        #expect(sheet.totals.map(\.amount) == [100_000, 100_000, 80_000, 100_025])
        #expect(sheet.rows[2].cells[2] == .empty)
        let results = sheet.notes.compactMap { if case .budgetResult(let period, _, _, let result) = $0 { "\(period) \(result)" } else { nil } }
        #expect(results == ["Budget 0", "Regnskab 20025"])
    }

    @Test func aBudgetFigureCanBeTheTotalOfAnotherSheet() throws {
        var context = context
        context.sheets["opkraevning"] = try SheetCalculator.calculate(try TestModel.definition("opkraevning", rule: .split(total: 123_400)), in: context)
        let definition = try budget([line("Indkrævet", .income, [.sheet("opkraevning")])], periods: ["Budget"])
        #expect(definition.dependencies == ["opkraevning"])
        let sheet = try SheetCalculator.calculate(definition, in: context)
        #expect(sheet.totals.map(\.amount) == [0, 123_400])
        #expect(sheet.notes.contains { if case .budgetFigure("Indkrævet", "Budget", "opkraevning", _, 123_400) = $0 { true } else { false } })
    }

    @Test func aBudgetLineTwiceOrWithTheWrongNumberOfFiguresIsRefused() {
        #expect(throws: InputError(SourceLocation(file: "b.txt", line: 7), .budgetLineTwice("løn"))) {
            try budget([line("Løn", .expenses, [.none, .none]), line("løn", .expenses, [.none, .none])])
        }
        #expect(throws: InputError(SourceLocation(file: "b.txt", line: 7), .budgetFigures(line: "Løn", expected: 2, found: 1))) {
            try budget([line("Løn", .expenses, [.none])])
        }
    }

    @Test func aPeriodHoldsItsCalendarYearsWithTheirMonths() {
        let period = Period(from: Period.Month(year: 2020, month: 9), to: Period.Month(year: 2023, month: 6))
        #expect(period.years.map(\.year) == [2020, 2021, 2022, 2023])
        #expect(period.years.map(\.fraction) == [Fraction.reduced(4, 12), Fraction(1), Fraction(1), Fraction.reduced(6, 12)])
    }

    private func overPeriod(_ rule: Rule, key: String = "pop", from: Period.Month, to: Period.Month,
                            whole: [Definition.Pledge] = []) throws -> Definition {
        try TestModel.definition("dk", rule: rule, key: key, year: nil) { _, extras in
            extras.period = Definition.PeriodSpan(period: Period(from: from, to: to), wholePeriod: whole)
        }
    }

    @Test func aRatePerYearOverAPeriodGivesASheetPerYearAndOneForThePeriod() throws {
        // 700.000 kr. a year for September 2020 to June 2023: 233.333,33… → 233.333 kr. in 2020, 350.000 kr. in 2023.
        let definition = try overPeriod(.rate(perUnit: Fraction(70_000_000)), key: "equal", from: .init(year: 2020, month: 9), to: .init(year: 2023, month: 6),
                                        whole: [Definition.Pledge(party: "Greve", amount: .fixed(170_000_000), location: nil)])
        let sheets = try SheetCalculator.sheets(for: definition, in: context)
        #expect(sheets.map(\.id) == ["dk-2020", "dk-2021", "dk-2022", "dk-2023", "dk"])
        #expect(definition.sheetIDs == sheets.map(\.id))
        #expect(sheets.map(\.year) == [2020, 2021, 2022, 2023, nil])
        #expect(sheets[0].cell(party: "253", role: .amount)?.amount == 23_333_300)
        #expect(sheets[3].cell(party: "253", role: .amount)?.amount == 35_000_000)
        let period = sheets[4]
        #expect(period.columns.map(\.role) == [.periodYear(2020), .periodYear(2021), .periodYear(2022), .periodYear(2023), .periodYears, .wholePeriod, .amount])
        #expect(period.cell(party: "253", role: .periodYears)?.amount == 198_333_300)
        #expect(period.cell(party: "253", role: .amount)?.amount == 368_333_300)
        #expect(period.cell(party: "259", role: .wholePeriod) == .empty)
        #expect(period.reconciliation.isReconciled && period.reconciliation.total == 3 * 198_333_300 + 170_000_000)
        #expect(period.rule.kind == .sum)
    }

    @Test func aSplitTotalPerYearIsTheYearsMonthsRoundedOnce() throws {
        // 1.000 kr. a year for January to May 2021: 416,67 kr. → 417 kr., split 3:5:2.
        let sheets = try SheetCalculator.sheets(for: try overPeriod(.split(total: 100_000), from: .init(year: 2021, month: 1), to: .init(year: 2021, month: 5)),
                                                in: context)
        #expect(sheets.map(\.id) == ["dk-2021", "dk"])
        #expect(sheets[0].reconciliation.total == 41_700)
        #expect(TestModel.amounts(sheets[0]).reduce(0, +) == 41_700)
    }

    @Test func aYearSheetMayNotTakeTheIdOfAnotherDefinition() throws {
        let period = try overPeriod(.split(total: 100_000), from: .init(year: 2021, month: 1), to: .init(year: 2021, month: 5))
        let other = try TestModel.definition("dk-2021", rule: .split(total: 100))
        #expect(throws: InputError.self) { try BatchCalculator.order([period, other]) }
    }

    @Test func aPeriodIsForRulesWithAnAmountPerYear() {
        #expect(throws: InputError(SourceLocation(file: TestModel.file, line: 1), .notForPeriod(.year))) {
            try TestModel.definition("dk", rule: .split(total: 100)) { _, extras in
                extras.period = Definition.PeriodSpan(period: Period(from: .init(year: 2021, month: 1), to: .init(year: 2021, month: 5)))
            }
        }
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats

/// Reading budget statements, periods, quota bounds, indexation and fees from definitions, and PL tables and price
/// lists from their files.
@Suite struct RulesReaderTests {
    private func definition(_ fields: String) throws -> Definition {
        try #require(try DefinitionReader.read("[d]\ntitle = T\n" + fields, file: "d.txt").first)
    }

    @Test func readsABudgetStatementsLinesInTheOrderWritten() throws {
        let definition = try definition("""
        year = 2024
        rule = budget
        periods = Budget 2023, Regnskab 2023, Budget 2024
        income = Indkrævet hos kommunerne: 1.669.407 | 1.690.518,25 | opkraevning
        expense = HR, intern service (Aalborg Kommune): 35.000 | - | 0
        income = Overført overskud: 647.162 | 647.162,22 | 247.397
        """)
        guard case .budget(let statement) = definition.rule else { Issue.record("not a budget"); return }
        #expect(statement.periods == ["Budget 2023", "Regnskab 2023", "Budget 2024"])
        #expect(statement.lines.map(\.name) == ["Indkrævet hos kommunerne", "HR, intern service (Aalborg Kommune)", "Overført overskud"])
        #expect(statement.lines[0].figures == [.amount(166_940_700), .amount(169_051_825), .sheet("opkraevning")])
        #expect(statement.lines[1].side == .expenses && statement.lines[1].figures == [.amount(3_500_000), .none, .amount(0)])
        #expect(definition.dependencies == ["opkraevning"])
    }

    @Test func refusesABudgetFigureThatIsNeitherAnAmountNorASheet() {
        #expect(throws: InputError.self) {
            try definition("year = 2024\nrule = budget\nperiods = A\nexpense = Løn: 12.5")
        }
        #expect(throws: InputError(SourceLocation(file: "d.txt", line: 6, field: "field 'expense'"),
                                   .budgetFigures(line: "Løn", expected: 2, found: 1))) {
            try definition("year = 2024\nrule = budget\nperiods = A, B\nexpense = Løn: 1")
        }
    }

    @Test func readsAPeriodInsteadOfAYearWithAmountsForTheWholePeriod() throws {
        let definition = try definition("""
        period = 2020-09 to 2023-06
        parties = Greve
        rule = rate
        key = equal
        rate = 700.000 kr.
        period amount = Greve: 1,7 mio. kr.
        """)
        #expect(definition.year == nil)
        #expect(definition.extras.period?.period == Period(from: .init(year: 2020, month: 9), to: .init(year: 2023, month: 6)))
        #expect(definition.extras.period?.wholePeriod.map(\.amount) == [.fixed(170_000_000)])
        #expect(definition.sheetIDs == ["d-2020", "d-2021", "d-2022", "d-2023", "d"])
    }

    @Test func refusesAPeriodThatIsNotTwoMonthsInOrderOrComesWithAYear() {
        for (period, year) in [("2020-09 - 2023-06", ""), ("2023-06 to 2020-09", ""), ("2020-13 to 2021-01", ""), ("2020-09 to 2021-06", "year = 2020\n")] {
            #expect(throws: InputError.self, "\(period)") {
                try definition("\(year)period = \(period)\nparties = Greve\nrule = rate\nkey = equal\nrate = 1 kr.")
            }
        }
        #expect(throws: InputError.self) { try definition("year = 2020\nparties = Greve\nrule = rate\nkey = equal\nrate = 1 kr.\nperiod amount = Greve: 1 kr.") }
    }

    @Test func readsBoundsAndIndexation() throws {
        let definition = try definition("""
        year = 2024
        parties = KKR Sjælland
        rule = split
        key = befolkning-2019
        total = 1.200
        quantity = forløb
        decimals = 0
        deviation = 2 procentpoint
        minimum = Greve: 50
        maximum = Køge: 80
        realised = realiseret-2020
        index = pl
        price level = 2023
        """)
        let bounds = definition.allocation.bounds
        #expect(bounds.deviation == Fraction.reduced(2, 100))
        #expect(bounds.minimums.map(\.party) == ["Greve"] && bounds.maximums.map(\.amount) == [.fixed(80)])
        #expect(bounds.realised == KeyReference("realiseret-2020"))
        #expect(definition.allocation.indexation == Definition.Indexation(index: "pl", priceLevel: 2023))
        #expect(throws: InputError.self) { try self.definition("year = 2024\nparties = Greve\nrule = split\nkey = equal\ntotal = 1\ndeviation = 2 %") }
        #expect(throws: InputError.self) { try self.definition("year = 2024\nparties = Greve\nrule = split\nkey = equal\ntotal = 1\nindex = pl") }
    }

    @Test func readsAFeeRuleByPriceListAndColumn() throws {
        let definition = try definition("year = 2021\nparties = Greve\nrule = fee\nkey = pladser\nfees = takster:Tilsyn")
        #expect(definition.rule == .fee(list: "takster", column: "Tilsyn"))
        #expect(throws: InputError.self) { try self.definition("year = 2021\nparties = Greve\nrule = fee\nkey = pladser\nfees = equal") }
    }

    @Test func readsAPLTable() throws {
        let text = """
        # kilde: seed linje 67-70
        År;Sats;Status;Kilde
        2022/2023;4,1 %;endelig;
        2023/2024;4,8 %;forventet;fodnote 2
        """
        let table = try PriceIndexReader.read(try CSVReader.read(text, file: "pl.csv"), id: "pl")
        #expect(table.rate(from: 2023)?.percent == DecimalValue(units: 48, scale: 1))
        #expect(table.rate(from: 2023)?.status == .expected && table.rate(from: 2023)?.source == "fodnote 2")
        #expect(table.rate(from: 2022)?.status == .final && table.rate(from: 2022)?.source == "seed linje 67-70")
        for bad in ["2023/2025;4,8 %;forventet;", "2023/2024;4,8 kr;forventet;", "2023/2024;4,8 %;ventet;", "9223372036854775807/0;1 %;endelig;"] {
            #expect(throws: InputError.self, "\(bad)") {
                try PriceIndexReader.read(try CSVReader.read("# kilde: x\nÅr;Sats;Status;Kilde\n\(bad)\n", file: "pl.csv"), id: "pl")
            }
        }
    }

    @Test func readsAPriceListAndRefusesTiersThatDoNotFollowEachOther() throws {
        let text = "# kilde: seed\n# årgang: 2021\nPlads antal;Tilsyn;Skærpet\n0 - 7;34.939;\n8 – 24;41.927;4.193\n50 +;104.818;10.482\n"
        #expect(throws: InputError(SourceLocation(file: "p.csv", line: 6, field: "column 'Plads antal'"),
                                   .priceTier(.notContiguous(expected: 25), label: "50 +"))) {
            try PriceListReader.read(try CSVReader.read(text, file: "p.csv"), id: "p")
        }
        let list = try PriceListReader.read(try CSVReader.read(text.replacingOccurrences(of: "50 +", with: "25 +"), file: "p.csv"), id: "p")
        #expect(list.tiers.map(\.label) == ["0 - 7", "8 – 24", "25 +"])
        #expect(list.fees == [[3_493_900, nil], [4_192_700, 419_300], [10_481_800, 1_048_200]])
        #expect(list.tier(of: 1_000) == 2 && list.columns == ["Tilsyn", "Skærpet"] && list.vintage == "2021")
    }

    @Test func readsWhatAnApprovedSheetDeclaresAboutItsArithmetic() throws {
        let text = """
        # kilde: seed
        # rækker: poster
        # total: Hele landet
        # resultat: Overskud
        # relation: Indbyggere - i alt = Indbyggere - antal + Tilvækst − Fradrag
        # relation: Tilvækst = Indbyggere - i alt - Indbyggere - antal + Fradrag
        # minimum: Indbyggere - i alt ≥ 6.000
        # kolonne Indbyggere - antal: udgifter Budget 2024
        KKR;Indbyggere - antal;Tilvækst;Fradrag;Indbyggere - i alt
        Sjælland;10;2;1;11
        Overskud;1;;;
        Hele landet;10;2;1;11
        """
        let (sheet, _) = try ApprovedSheetReader.read(text, file: "a.csv")
        #expect(sheet.rules.rows == .items)
        #expect(sheet.table.rows.map(\.label) == ["Sjælland"] && sheet.rules.result?.label == "Overskud")
        #expect(sheet.rules.relations.first?.result == 3)
        #expect(sheet.rules.relations.first?.terms == [.init(column: 0, negative: false), .init(column: 1, negative: false), .init(column: 2, negative: true)])
        #expect(sheet.rules.relations.last?.terms == [.init(column: 3, negative: false), .init(column: 0, negative: true), .init(column: 2, negative: false)])
        #expect(sheet.rules.minimums == [ApprovedSheetRules.Minimum(column: 3, value: DecimalValue(units: 6_000))])
        #expect(sheet.roles.first == .budget(period: "Budget 2024", side: .expenses))
        for bad in ["# relation: Nope = Tilvækst", "# relation: Tilvækst = Fradrag * Tilvækst", "# minimum: Tilvækst > 5", "# rækker: kommuner",
                    "# resultat: Underskud"] {
            #expect(throws: InputError.self, "\(bad)") {
                try ApprovedSheetReader.read("# kilde: s\n\(bad)\nKKR;Tilvækst;Fradrag\nA;1;2\n", file: "a.csv")
            }
        }
    }
}

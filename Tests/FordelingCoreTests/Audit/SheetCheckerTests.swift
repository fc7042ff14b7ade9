import Testing
import FordelingTestSupport
@testable import FordelingCore
import FordelingFormats

@Suite struct SheetCheckerTests {
    let register: Register
    typealias F = AuditFixtures

    init() throws { register = try TestModel.register() }

    private func check(_ approved: ApprovedSheet, linked: Sheet? = nil) -> [Finding] {
        SheetChecker(approved, register: register, linked: linked).findings()
    }

    @Test func aRightSheetHasNoFindings() {
        let table = F.table(["Befolkning", "Pct.", "Beløb"], [("Greve", [F.n("5"), F.n("50,0"), F.n("500")]), ("Køge", [F.n("5"), F.n("50,0"), F.n("500")])],
                            total: [F.n("10"), F.n("100,0"), F.n("1000")])
        #expect(check(F.approved(table, roles: [.key, .share(of: "Befolkning"), .amount(.amount)])).isEmpty)
    }

    @Test func aMoneyColumnThatDoesNotSumIsAnErrorAndAKeyColumnAWarning() throws {
        let table = F.table(["Befolkning", "Beløb"], [("Greve", [F.n("5"), F.n("500")]), ("Køge", [F.n("4"), F.n("400")])],
                            total: [F.n("10"), F.n("1000")])
        let findings = check(F.approved(table, roles: [.key, .amount(.amount)]))
        #expect(findings.map(\.severity) == [.warning, .error])
        let money = try #require(findings.last)
        #expect(money.printed == DecimalValue(units: 1000) && money.expected == DecimalValue(units: 900))
        #expect(money.difference == DecimalValue(units: 100))
        #expect(money.location == SourceLocation(file: "approved.csv", line: 4))
        #expect(money.column == "Beløb" && money.party == "I alt")
    }

    @Test func percentagesAreCheckedAtThePrintedPrecisionAndTheirSumIsARoundingArtefact() throws {
        // Shares 1/3 each: 33,3 printed right twice, 33,4 once (wrong); they sum to 100,0 printed as 100.
        let table = F.table(["Befolkning", "Pct."], [("Greve", [F.n("1"), F.n("33,3")]), ("Køge", [F.n("1"), F.n("33,4")]), ("Lejre", [F.n("1"), F.n("33,3")])],
                            total: [F.n("3"), F.n("100")])
        let findings = check(F.approved(table, roles: [.key, .share(of: "Befolkning")]))
        let wrong = try #require(findings.first { $0.severity == .warning })
        #expect(wrong.party == "Køge" && wrong.printed == DecimalValue(units: 334, scale: 1) && wrong.expected == DecimalValue(units: 333, scale: 1))
        #expect(findings.filter { $0.severity == .info }.isEmpty)  // 33,3 + 33,4 + 33,3 = 100,0 = 100
        let rounded = F.table(["Befolkning", "Pct."], [("Greve", [F.n("1"), F.n("33,3")]), ("Køge", [F.n("1"), F.n("33,3")]), ("Lejre", [F.n("1"), F.n("33,3")])],
                              total: [F.n("3"), F.n("100")])
        let artefact = try #require(check(F.approved(rounded, roles: [.key, .share(of: "Befolkning")])).first)
        #expect(artefact.severity == .info)
        #expect(artefact.expected == DecimalValue(units: 999, scale: 1))
    }

    @Test func perUnitAndDifferenceColumnsAreRecomputed() throws {
        let table = F.table(["Befolkning", "Tidligere", "Beløb", "Forskel", "pr. indbygger"],
                            [("Greve", [F.n("3"), F.n("100"), F.n("400"), F.n("300"), F.n("133,3")]),
                             ("Køge", [F.n("3"), F.n("100"), F.n("400"), F.n("200"), F.n("133,4")])], total: nil)
        let findings = check(F.approved(table, roles: [.key, .amount(.previous), .amount(.amount), .amount(.difference), .perUnit]))
        #expect(findings.count == 2)
        let perUnit = try #require(findings.first { $0.column == "pr. indbygger" })
        #expect(perUnit.party == "Køge" && perUnit.severity == .warning && perUnit.expected == DecimalValue(units: 1333, scale: 1))
        let difference = try #require(findings.first { $0.column == "Forskel" })
        #expect(difference.party == "Køge" && difference.severity == .error && difference.expected == DecimalValue(units: 300))
    }

    @Test func partiesMustBeKnownOnceAndMembersOfTheKKR() {
        let table = F.table(["Beløb"], [("Greve", [F.n("1")]), ("Grve", [F.n("1")]), ("greve", [F.n("1")]), ("København", [F.n("1")])], total: nil)
        let messages = check(F.approved(table, roles: [.amount(.amount)], kkr: "Sjælland")).map { FindingWording.message($0.kind) }
        #expect(messages.count == 5)
        #expect(messages.contains { $0.contains("Parten 'Grve' findes ikke i registret") })
        #expect(messages.contains("Greve står to gange (første gang approved.csv:2 som 'Greve')"))
        #expect(messages.contains { $0.contains("ikke medlem af KKR Sjælland") })
        #expect(messages.contains { $0.contains("Køge mangler") })
        #expect(messages.contains { $0.contains("Lejre mangler") })
    }

    @Test func amountsAreRightWhenTheyRoundTheirExactQuotaEitherWay() throws {
        // 10 kr. over 1:1:1 (3,33… each); largest remainder gives Greve 4. Printing 3 for Greve rounds down: right.
        var context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Greve", 1), ("Køge", 1), ("Lejre", 1)], register: register)])
        let sheet = try SheetCalculator.calculate(try TestModel.definition(rule: .split(total: 1_000)), in: context)
        context.sheets["test"] = sheet
        let printed = F.table(["Befolkning", "Beløb"], [("Greve", [F.n("1"), F.n("3")]), ("Køge", [F.n("1"), F.n("3")]), ("Lejre", [F.n("1"), F.n("5")])],
                              total: [F.n("3"), F.n("11")])
        let findings = check(F.approved(printed, roles: [.key, .amount(.amount)], sheetID: "test"), linked: sheet)
        let ruleErrors = findings.filter { FindingWording.message($0.kind) == "Beløbet afviger fra reglen i 'test' ud over afrunding" }
        #expect(ruleErrors.map(\.party) == ["Lejre"])
        #expect(ruleErrors.first?.expected == DecimalValue(units: 3))
        #expect(findings.contains { $0.severity == .info && FindingWording.message($0.kind).contains("Ingen rækkevis afrunding") })
    }

    @Test func theExplanationFindsThePrintedDivisor() throws {
        // 100 kr. by 3:5:2 printed with divisor 11 (the total row's key): 27, 45, 18.
        let context = AllocationContext(register: register, registerFiles: ["register.csv"], keys: [
            "pop": try TestModel.key("pop", [("Lejre", 3), ("Greve", 5), ("Køge", 2)], register: register)])
        let sheet = try SheetCalculator.calculate(try TestModel.definition(rule: .split(total: 10_000)), in: context)
        let printed = F.table(["Befolkning", "Beløb"], [("Lejre", [F.n("3"), F.n("27")]), ("Greve", [F.n("5"), F.n("45")]), ("Køge", [F.n("2"), F.n("18")])],
                              total: [F.n("11"), F.n("100")])
        let findings = check(F.approved(printed, roles: [.key, .amount(.amount)], sheetID: "test"), linked: sheet)
        let explanation = try #require(findings.first { $0.severity == .info })
        guard case .roundedWithDivisor(_, let divisor, _, _) = explanation.kind else { Issue.record("not explained by a divisor"); return }
        #expect(divisor == DecimalValue(units: 11))
        #expect(FindingWording.message(explanation.kind).contains("genskabes af rækkevis afrunding (halv op) af 100 med divisor 11"))
    }
}

@Suite struct SheetDiffTests {
    typealias F = AuditFixtures

    @Test func reportsChangedCellsRowsAndTotalsWithinATolerance() throws {
        let register = try TestModel.register()
        let a = F.table(["Beløb", "Kun A"], [("Greve", [F.n("100"), F.n("1")]), ("Køge", [F.n("200"), F.n("1")]), ("Lejre", [F.n("300"), F.n("1")])],
                        total: [F.n("600"), F.n("3")], file: "a.csv")
        let b = F.table(["beløb"], [("greve kommune", [F.n("100")]), ("Køge", [F.n("201")]), ("Høje Tåstrup", [F.n("300")])],
                        total: [F.n("601")], file: "b.csv")
        let diff = SheetDiff(a, b, register: register)
        #expect(diff.changes.map(\.party) == ["Køge"])
        #expect(diff.changes.first?.difference == DecimalValue(units: 1))
        #expect(diff.totalChanges.count == 1)
        #expect(diff.onlyInA.map(\.label) == ["Lejre"] && diff.onlyInB.map(\.label) == ["Høje Tåstrup"])
        #expect(diff.columnsOnlyInA == ["Kun A"])
        #expect(!diff.isClean)
        let tolerant = SheetDiff(a, F.table(["Beløb"], [("Greve", [F.n("100,5")]), ("Køge", [F.n("200")]), ("Lejre", [F.n("300")])],
                                            total: [F.n("600")]), tolerance: DecimalValue(units: 1), register: register)
        #expect(tolerant.isClean)
    }

    /// Rows matched by a lookup of every row, as the diff did before it matched rows in the same place directly:
    /// each party's first row in one sheet with its first row in the other; its further rows are repetitions.
    private func referenceMatches(_ a: SheetTable, _ b: SheetTable) -> (pairs: [String], onlyInA: [Int], onlyInB: [Int], repeatedInA: [Int], repeatedInB: [Int]) {
        let numbered = { (row: SheetTable.Row) in row.values.contains { if case .number = $0 { true } else { false } } }
        let firstRows = { (table: SheetTable) -> (rowOfKey: [String: Int], repeated: [Int]) in
            var rowOfKey: [String: Int] = [:]
            var repeated: [Int] = []
            for (index, row) in table.rows.enumerated() where numbered(row) {
                if rowOfKey[normalisedName(row.label)] == nil { rowOfKey[normalisedName(row.label)] = index } else { repeated.append(index + 2) }
            }
            return (rowOfKey, repeated)
        }
        let (firstInA, repeatedInA) = firstRows(a)
        let (firstInB, repeatedInB) = firstRows(b)
        var pairs: [String] = []
        var onlyInA: [Int] = []
        var matched = Set<Int>()
        for (index, row) in a.rows.enumerated() where firstInA[normalisedName(row.label)] == index {
            guard let other = firstInB[normalisedName(row.label)] else { onlyInA.append(index + 2); continue }
            matched.insert(other)
            if row.values != b.rows[other].values { pairs.append("\(index + 2)-\(other + 2)") }
        }
        return (pairs, onlyInA, firstInB.values.filter { !matched.contains($0) }.sorted().map { $0 + 2 }, repeatedInA, repeatedInB)
    }

    @Test func rowsInTheSamePlaceOrNotAndRepeatedNamesAreMatchedAsByALookupOfEveryRow() {
        var generator = SeededGenerator(seed: 2024)
        let names = ["Greve", "Køge", "Lejre", "Roskilde", "Solrød", "Stevns", "Faxe"]
        for round in 0..<2_000 {
            let rows = { (generator: inout SeededGenerator) -> [(String, [SheetTable.Value])] in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                    let value: SheetTable.Value = Int.random(in: 0..<6, using: &generator) == 0 ? .empty : .number(DecimalValue(units: Int128(Int.random(in: 1...3, using: &generator))))
                    return (names.randomElement(using: &generator)!, [value])
                }
            }
            let a = F.table(["Beløb"], rows(&generator), total: nil, file: "a.csv")
            // b: often a's rows in the same order with some values changed, sometimes rows of its own.
            let b = Bool.random(using: &generator)
                ? F.table(["Beløb"], a.rows.map { row in (row.label, Int.random(in: 0..<4, using: &generator) == 0 ? [F.n("9")] : row.values) }, total: nil, file: "b.csv")
                : F.table(["Beløb"], rows(&generator), total: nil, file: "b.csv")
            let diff = SheetDiff(a, b, register: nil)
            let expected = referenceMatches(a, b)
            #expect(diff.changes.map { "\($0.locationA.line ?? 0)-\($0.locationB.line ?? 0)" } == expected.pairs, "round \(round)")
            #expect(diff.onlyInA.map { $0.location.line ?? 0 } == expected.onlyInA, "round \(round)")
            #expect(diff.onlyInB.map { $0.location.line ?? 0 } == expected.onlyInB, "round \(round)")
            #expect(diff.repeatedInA.map { $0.repeated.location.line ?? 0 } == expected.repeatedInA, "round \(round)")
            #expect(diff.repeatedInB.map { $0.repeated.location.line ?? 0 } == expected.repeatedInB, "round \(round)")
        }
    }

    @Test func blankCellsAndDashOnlyRowsAreNotCompared() {
        let a = F.table(["Beløb", "Timer"], [("A", [F.n("1"), F.n("0")])], total: [F.n("1"), F.n("5")])
        let b = F.table(["Beløb", "Timer"], [("A", [F.n("1"), .empty]), ("B", [.empty, .empty])], total: [F.n("1"), .empty])
        #expect(SheetDiff(a, b, register: nil).isClean)
    }
}

/// Checks an approved sheet for internal errors (sums, percentages, per-unit figures, differences, parties)
/// and, when it is linked to a definition, each amount against the rule.
public struct SheetChecker {
    let approved: ApprovedSheet
    let register: Register?
    /// The generated sheet of the linked definition.
    let linked: Sheet?

    public init(_ approved: ApprovedSheet, register: Register?, linked: Sheet?) {
        self.approved = approved
        self.register = register
        self.linked = linked
    }

    private var table: SheetTable { approved.table }

    public func findings() -> [Finding] {
        parties() + sums() + shares() + perUnits() + differences() + RuleCheck(approved: approved, register: register, linked: linked).findings()
            + ApprovedRulesCheck(approved: approved).findings()
    }

    /// The numbers of column `index`, by row.
    func numbers(_ index: Int) -> [DecimalValue?] {
        table.rows.map { if case .number(let value) = $0.values[index] { value } else { nil } }
    }

    /// Whether a cell of column `index` (the total's too) holds digits that make no number: its sum is not known.
    private func hasUnreadable(_ index: Int) -> Bool {
        (table.rows + (table.total.map { [$0] } ?? [])).contains { if case .unreadable = $0.values[index] { true } else { false } }
    }

    private func totalNumber(_ index: Int) -> DecimalValue? {
        if case .number(let value)? = table.total?.values[index] { return value }
        return nil
    }

    /// A check that could not be made: `what` has more than 38 digits, so it is not computed. As serious as
    /// the check's own findings.
    private func tooLarge(_ severity: Finding.Severity, _ what: Finding.Computation, row: SheetTable.Row?, column: Int) -> Finding {
        Finding(severity, .notComputable(what), location: row.map { table.location(of: $0, column: column) } ?? table.location(), party: row?.label,
                column: table.columns[column])
    }

    private func parties() -> [Finding] {
        guard let register, approved.rules.rows == .parties else { return [] }
        var findings: [Finding] = []
        var seen: [String: SheetTable.Row] = [:]
        var municipalities: Set<String> = []
        for row in table.rows {
            guard let party = row.code.flatMap(register.party(named:)) ?? register.party(named: row.label) else {
                findings.append(Finding(.error, .unknownParty(row.label), location: row.location, party: row.label))
                continue
            }
            if let first = seen[party.id] {
                findings.append(Finding(.error, .listedTwice(party: party.name, firstAt: first.location, firstAs: first.label), location: row.location,
                                        party: row.label))
            } else {
                seen[party.id] = row
            }
            if let code = party.code { municipalities.insert(code) }
            if let kkr = approved.kkr, party.code != nil, !register.members(ofKKR: kkr).contains(where: { $0.code == party.code }) {
                findings.append(Finding(.error, .notMemberOfKKR(party: party.name, kkr: kkr), location: row.location, party: row.label))
            }
        }
        if let kkr = approved.kkr {
            for member in register.members(ofKKR: kkr) where !municipalities.contains(member.code) {
                findings.append(Finding(.error, .missingMember(party: member.name, kkr: kkr), location: table.location(), party: member.name))
            }
        }
        return findings
    }

    private func sums() -> [Finding] {
        var findings: [Finding] = []
        for (index, role) in approved.roles.enumerated() {
            let money: Bool
            switch role {
            case .key, .number: money = false
            case .amount: money = true
            default: continue
            }
            guard let total = totalNumber(index), !hasUnreadable(index) else { continue }
            guard let sum = DecimalValue.sum(numbers(index).compactMap { $0 }) else {
                findings.append(tooLarge(money ? .error : .warning, .columnSum, row: table.total, column: index))
                continue
            }
            guard !sum.isEqual(to: total) else { continue }
            findings.append(Finding(money ? .error : .warning, .columnSum(sum: sum, total: total),
                                    location: table.total.map { table.location(of: $0, column: index) }, party: table.total?.label, column: table.columns[index],
                                    printed: total, expected: sum))
        }
        return findings
    }

    private func shares() -> [Finding] {
        var findings: [Finding] = []
        for (index, role) in approved.roles.enumerated() {
            guard case .share(let baseLabel) = role, let base = table.column(baseLabel), !hasUnreadable(base) else { continue }
            let values = numbers(base)
            guard let baseSum = DecimalValue.sum(values.compactMap { $0 })?.exactFraction else {
                findings.append(tooLarge(.warning, .sum(of: table.columns[base]), row: table.total, column: index))
                continue
            }
            guard baseSum.numerator > 0 else { continue }
            let printed = numbers(index)
            for (row, (percent, value)) in zip(table.rows, zip(printed, values)) {
                guard let percent, let value else { continue }
                guard let fraction = value.exactFraction,
                      let share = try? Fraction.reduced(fraction.numerator.multiplied(by: 100, "share").multiplied(by: baseSum.denominator, "share"),
                                                        fraction.denominator.multiplied(by: baseSum.numerator, "share")),
                      let expected = share.decimal(percent.scale) else {
                    findings.append(tooLarge(.warning, .rowShare(of: table.columns[base]), row: row, column: index))
                    continue
                }
                guard !expected.isEqual(to: percent) else { continue }
                findings.append(Finding(.warning, .shareMismatch(base: table.columns[base]),
                                        location: table.location(of: row, column: index), party: row.label, column: table.columns[index], printed: percent, expected: expected))
            }
            guard let total = totalNumber(index), !hasUnreadable(index) else { continue }
            guard let sum = DecimalValue.sum(printed.compactMap { $0 }) else {
                findings.append(tooLarge(.warning, .percentSum, row: table.total, column: index))
                continue
            }
            if !sum.isEqual(to: total) {
                findings.append(Finding(.info, .sharesSumToRounding(sum: sum, total: total),
                                        location: table.total.map { table.location(of: $0, column: index) }, party: table.total?.label, column: table.columns[index],
                                        printed: total, expected: sum))
            }
        }
        return findings
    }

    private func perUnits() -> [Finding] {
        guard let index = approved.column(.perUnit), let amountIndex = approved.column(.amount(.amount)),
              let keyIndex = approved.column(.key) else { return [] }
        var findings: [Finding] = []
        let rows = table.rows + (table.total.map { [$0] } ?? [])
        for row in rows {
            guard case .number(let printed) = row.values[index], case .number(let amount) = row.values[amountIndex],
                  case .number(let key) = row.values[keyIndex], key.units > 0 else { continue }
            guard let a = amount.exactFraction, let k = key.exactFraction,
                  let quotient = try? Fraction.reduced(a.numerator.multiplied(by: k.denominator, "per unit"), a.denominator.multiplied(by: k.numerator, "per unit")),
                  let expected = quotient.decimal(printed.scale) else {
                findings.append(tooLarge(.warning, .quotient(table.columns[amountIndex], table.columns[keyIndex]), row: row, column: index))
                continue
            }
            guard !expected.isEqual(to: printed) else { continue }
            findings.append(Finding(.warning, .perUnitMismatch(amount: table.columns[amountIndex], key: table.columns[keyIndex]),
                                    location: table.location(of: row, column: index), party: row.label, column: table.columns[index], printed: printed, expected: expected))
        }
        return findings
    }

    /// The difference = amount − previous amount, row by row as printed.
    private func differences() -> [Finding] {
        guard let index = approved.column(.amount(.difference)),
              let amountIndex = approved.column(.amount(.amount)),
              let previousIndex = approved.column(.amount(.previous)) else { return [] }
        var findings: [Finding] = []
        for row in table.rows + (table.total.map { [$0] } ?? []) {
            guard case .number(let printed) = row.values[index], case .number(let amount) = row.values[amountIndex],
                  case .number(let previous) = row.values[previousIndex] else { continue }
            guard let expected = amount.minus(previous) else {
                findings.append(tooLarge(.error, .difference(table.columns[amountIndex], table.columns[previousIndex]), row: row, column: index))
                continue
            }
            guard !expected.isEqual(to: printed) else { continue }
            findings.append(Finding(.error, .differenceMismatch(amount: table.columns[amountIndex], previous: table.columns[previousIndex]),
                                    location: table.location(of: row, column: index), party: row.label, column: table.columns[index], printed: printed, expected: expected))
        }
        return findings
    }
}

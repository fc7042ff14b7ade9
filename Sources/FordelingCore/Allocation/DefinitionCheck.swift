/// The rules a definition must follow before it is computed, whether it was read from a file or changed by a
/// scenario: fields that do not apply to its rule, a divisor that is not positive, a negative percentage pledge.
enum DefinitionCheck {
    static func check(_ definition: Definition) throws(InputError) {
        let rule = definition.rule.name
        if case .sum = definition.rule {
            if let pledge = definition.pledges.first {
                throw notForSum("pledge", at: pledge.location ?? definition.location(of: "pledge"))
            }
            let given = [definition.tiers.isEmpty ? nil : "tiers", definition.price.map { _ in "price" }, definition.match.map { _ in "match" },
                         definition.inKind?.field, definition.inKindFixed.isEmpty ? nil : "in kind fixed",
                         definition.inKindExempt.isEmpty ? nil : "in kind exempt"].compactMap { $0 }
            if let field = given.first { throw notForSum(field, at: definition.location(of: field)) }
        }
        if definition.mode == .published, rule != "split" {
            throw InputError(definition.location(of: "mode"), "only rule 'split' has a published mode; rule '\(rule)' rounds every row on its own",
                             fix: "Remove 'mode' and 'divisor'.")
        }
        if let divisor = definition.divisor, divisor.units <= 0 {
            throw InputError(definition.location(of: "divisor"), "the divisor is \(divisor), but a divisor must be more than zero",
                             fix: "Write the divisor the published sheet used, e.g. 1.913.090.")
        }
        if definition.price != nil, definition.measure.isMoney {
            throw InputError(definition.location(of: "price"), "'price' values a quantity, but this sheet splits money",
                             fix: "Add 'quantity = …' (e.g. årsværk), or remove 'price'.")
        }
        for pledge in definition.pledges {
            if case .percent(let percent) = pledge.amount, percent.numerator < 0 {
                throw InputError(pledge.location ?? definition.location(of: "pledge"), "the percentage pledge of \(pledge.party.abbreviated()) is negative",
                                 fix: "Pledge a share from 0 % to 100 % of the total.")
            }
        }
    }

    private static func notForSum(_ field: String, at location: SourceLocation?) -> InputError {
        InputError(location, "rule 'sum' takes no '\(field)': a sum only adds the sheets named in 'add'",
                   fix: "Set '\(field)' in a sheet it adds, or remove it.")
    }
}

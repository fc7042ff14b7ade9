/// Computes every definition of a batch, sums after the sheets they add, and checks ids and dependencies.
public enum BatchCalculator {
    /// The sheets in definition order. With `only`, just that sheet and the sheets it depends on.
    public static func calculate(_ definitions: [Definition], context: AllocationContext,
                                 only: String? = nil) throws(InputError) -> [Sheet] {
        var context = context
        for definition in try order(definitions, only: only) {
            for sheet in try SheetCalculator.sheets(for: definition, in: context) { context.sheets[sheet.id] = sheet }
        }
        return definitions.flatMap(\.sheetIDs).compactMap { context.sheets[$0] }
    }

    /// The definitions in the order they are computed: every sheet after the sheets it adds. With `only`, just that
    /// sheet and the sheets it depends on. Ids must be distinct, and no sheet may add itself, even through others.
    public static func order(_ definitions: [Definition], only: String? = nil) throws(InputError) -> [Definition] {
        var byID: [String: Definition] = [:]
        var sheetIDs: [String: Definition] = [:]
        for definition in definitions {
            if let first = byID[definition.id] {
                throw InputError(definition.location(of: .id), .idUsedTwice(definition.id, first: first.location(of: .id)))
            }
            byID[definition.id] = definition
            // The sheets of a period's years have ids of their own, which no other sheet may take.
            for id in definition.sheetIDs {
                if let first = sheetIDs[id] { throw InputError(definition.location(of: .period), .idUsedTwice(id, first: first.location(of: .id))) }
                sheetIDs[id] = definition
            }
        }
        // A sheet of one year of a period is made by the definition over the period.
        let only = only.map { sheetIDs[$0]?.id ?? $0 }
        if let only, byID[only] == nil {
            throw InputError(nil, .noDefinition(only, known: definitions.map(\.id)))
        }
        var order: [Definition] = []
        var state: [String: Bool] = [:]  // false = being visited, true = done
        func visit(_ id: String, path: [String]) throws(InputError) {
            if state[id] == true { return }
            guard let definition = byID[id] else { return }
            if state[id] == false {
                throw InputError(definition.location(of: .add), .dependsOnItself(id, cycle: Array(path.drop { $0 != id }) + [id]))
            }
            state[id] = false
            for dependency in definition.dependencies {
                guard byID[dependency] != nil else {
                    throw InputError(definition.location(of: .add), .noSheetToAdd(dependency, known: definitions.map(\.id)))
                }
                try visit(dependency, path: path + [id])
            }
            state[id] = true
            order.append(definition)
        }
        for id in only.map({ [$0] }) ?? definitions.map(\.id) { try visit(id, path: []) }
        return order
    }
}

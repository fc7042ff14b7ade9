/// The values a definition takes from a key for its parties: exact weights, and what the sheet shows.
public struct KeyValues: Sendable {
    public let parties: [Party]
    /// Each party's weight, exact (a tier "lille" may weigh 1/3).
    public let weights: [Fraction]
    /// What the sheet prints for each party: the number, or the tier name.
    public let cells: [Cell]
    /// The column heading; nil for `equal`, which has no table.
    public let label: String?
    /// The key table, if not `equal`.
    public let table: KeyTable?
    /// Where each value was read, for messages.
    public let locations: [SourceLocation?]

    /// Looks up `reference` for `parties`; every party must have a value (a number, or a tier in `tiers`).
    init(_ reference: KeyReference, for parties: [Party], tiers: [(name: String, weight: Fraction)],
         context: AllocationContext, definition: Definition, field: Definition.Field) throws(InputError) {
        let location = definition.location(of: field)
        self.parties = parties
        guard case .table(let id, let columnName) = reference else {
            weights = parties.map { _ in Fraction(1) }
            cells = parties.map { _ in .keyValue(DecimalValue(units: 1)) }
            label = nil
            table = nil
            locations = parties.map { _ in nil }
            return
        }
        let index = try context.key(id, for: definition, field: field)
        let column = try index.table.column(columnName, at: location)
        var weights: [Fraction] = []
        var cells: [Cell] = []
        var locations: [SourceLocation?] = []
        for party in parties {
            guard let (value, valueLocation) = index.value(of: party, column: column) else {
                throw InputError(location, .notInKey(party: party.name, definition: definition.id, key: id, file: index.table.file))
            }
            switch value {
            case .number(let number):
                do { weights.append(try number.fraction) } catch { throw InputError.overflow(error, at: valueLocation) }
                cells.append(.keyValue(number))
            case .text(let text, let problem):
                guard let tier = tiers.first(where: { normalisedName($0.name) == normalisedName(text) }) else {
                    throw InputError(valueLocation, .keyValueNotANumber(party: party.name, text: text, reason: problem, tiers: tiers.map(\.name)))
                }
                weights.append(tier.weight)
                cells.append(.tier(tier.name))
            case .empty:
                throw InputError(valueLocation, .noValueInKey(party: party.name, key: id))
            }
            locations.append(valueLocation)
        }
        self.weights = weights
        self.cells = cells
        self.label = index.table.columns[column]
        self.table = index.table
        self.locations = locations
    }
}

/// Everything a definition may refer to: the register, the key tables and the sheets computed so far.
public struct AllocationContext: Sendable {
    /// Nil for ad hoc splits, whose parties are plain names.
    public var register: Register?
    /// The register's files, recorded as inputs of every sheet.
    public var registerFiles: [String]
    public var keys: [String: KeyIndex]
    public var sheets: [String: Sheet] = [:]
    /// PL rate tables, by id.
    public var indices: [String: PriceIndex] = [:]
    /// Price lists, by id.
    public var priceLists: [String: PriceList] = [:]

    public init(register: Register?, registerFiles: [String], keys: [String: KeyIndex]) {
        self.register = register
        self.registerFiles = registerFiles
        self.keys = keys
    }

    func key(_ id: String, for definition: Definition, field: Definition.Field) throws(InputError) -> KeyIndex {
        guard let index = keys[id] else {
            throw InputError(definition.location(of: field), .noKeyTable(id, known: keys.keys.sorted()))
        }
        return index
    }
}

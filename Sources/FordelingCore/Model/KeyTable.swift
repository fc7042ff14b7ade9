/// A table of values per party, with one or more value columns: a key such as population or DUT key,
/// previous amounts, or partner tiers written as words ("stor", "lille").
public struct KeyTable: Sendable {
    /// A value cell as read: a number, or text that is not a number (a tier name, or a typo).
    public enum Value: Sendable, Equatable {
        case number(DecimalValue)
        /// Not a number; `problem` says why, for the error if a number was needed.
        case text(String, problem: String)
        case empty
    }

    public struct Row: Sendable {
        /// The party as written in the file (name or kommunenummer).
        public let party: String
        /// One value per value column.
        public let values: [Value]
        /// The row's line, for messages.
        public let location: SourceLocation

        public init(party: String, values: [Value], location: SourceLocation) {
            self.party = party
            self.values = values
            self.location = location
        }
    }

    /// The id definitions use, e.g. "befolkning-2019".
    public let id: String
    /// The value columns' headings, printed on sheets, e.g. "Befolkning 2019 (ØIM)".
    public let columns: [String]
    /// Where the figures come from, e.g. the seed document and lines.
    public let source: String
    /// The year the figures describe.
    public let vintage: String
    public let file: String
    public let rows: [Row]
    /// The scenario that changed a party's tier in this copy of a table, if one did.
    public let changedByScenario: String?

    public init(id: String, columns: [String], source: String, vintage: String, file: String, rows: [Row], changedByScenario: String? = nil) {
        self.id = id
        self.columns = columns
        self.source = source
        self.vintage = vintage
        self.file = file
        self.rows = rows
        self.changedByScenario = changedByScenario
    }

    /// The index of the value column `name` (nil: the only one), or a located error.
    public func column(_ name: String?, at location: SourceLocation?) throws(InputError) -> Int {
        guard let name else {
            guard columns.count == 1 else {
                throw InputError(location, .keyHasSeveralColumns(key: id, columns: columns))
            }
            return 0
        }
        guard let index = columns.firstIndex(where: { normalisedName($0) == normalisedName(name) }) else {
            throw InputError(location, .keyHasNoColumn(key: id, column: name, columns: columns))
        }
        return index
    }
}

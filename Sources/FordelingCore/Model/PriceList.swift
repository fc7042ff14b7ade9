/// A price list by size: fees (in øre) per tier of a count, such as supervision fees by number of places
/// (`0 - 7`, `8 - 24`, `25 - 49`, `50 +`) and kind of supervision. A sheet of rule `fee` charges each party the fee
/// of the tier its count falls in; nothing is multiplied or derived that the list does not state.
public struct PriceList: Sendable {
    /// A range of whole counts: `8 - 24`, or `50 +` without an upper end.
    public struct Tier: Sendable, Equatable {
        public let lower: Int128
        /// Nil: no upper end.
        public let upper: Int128?
        /// As written, e.g. `8 - 24`.
        public let label: String

        public init(lower: Int128, upper: Int128?, label: String) {
            self.lower = lower
            self.upper = upper
            self.label = label
        }

        public func contains(_ count: Int128) -> Bool {
            count >= lower && upper.map { count <= $0 } ?? true
        }
    }

    /// What is wrong with a sequence of tiers: each must start where the one before ended (+1), ascend, and only the
    /// last may lack an upper end.
    public enum TierProblem: Sendable, Equatable {
        /// The tier's upper end lies below its lower end.
        case reversed
        /// The tier does not start right after the one before: counts from `expected` up to before its start are in
        /// no tier (a gap), or it starts before `expected` (an overlap).
        case notContiguous(expected: Int128)
        /// A tier without an upper end before the last.
        case openBeforeLast
    }

    public let id: String
    /// The heading of the tier column, e.g. `Plads antal`.
    public let tierHeading: String
    /// The fee columns' headings, e.g. `Tilsyn`, `Skærpet`.
    public let columns: [String]
    public let tiers: [Tier]
    /// Per tier, one fee per column (øre); nil where the list has none.
    public let fees: [[Int128?]]
    public let source: String
    public let vintage: String
    public let file: String

    public init(id: String, tierHeading: String, columns: [String], tiers: [Tier], fees: [[Int128?]], source: String, vintage: String,
                file: String) {
        self.id = id
        self.tierHeading = tierHeading
        self.columns = columns
        self.tiers = tiers
        self.fees = fees
        self.source = source
        self.vintage = vintage
        self.file = file
    }

    /// The problem of each tier that has one, by index: what a reader refuses and an audit reports.
    public static func problems(_ tiers: [Tier]) -> [(index: Int, problem: TierProblem)] {
        var problems: [(Int, TierProblem)] = []
        var expected: Int128?
        for (index, tier) in tiers.enumerated() {
            if let upper = tier.upper, upper < tier.lower {
                problems.append((index, .reversed))
            } else if let expected, tier.lower != expected {
                problems.append((index, .notContiguous(expected: expected)))
            }
            if tier.upper == nil && index < tiers.count - 1 { problems.append((index, .openBeforeLast)) }
            // A tier that ends at the largest count leaves no next count: nothing after it can be contiguous.
            expected = tier.upper.map { $0.addingReportingOverflow(1) }.map { $0.overflow ? tier.lower : $0.partialValue }
        }
        return problems
    }

    /// The index of the tier holding `count`.
    public func tier(of count: Int128) -> Int? {
        tiers.firstIndex { $0.contains(count) }
    }

    /// The index of fee column `name` (nil: the only one), or a located error.
    public func column(_ name: String?, at location: SourceLocation?) throws(InputError) -> Int {
        guard let name else {
            guard columns.count == 1 else { throw InputError(location, .priceListHasSeveralColumns(list: id, columns: columns)) }
            return 0
        }
        guard let index = columns.firstIndex(where: { normalisedName($0) == normalisedName(name) }) else {
            throw InputError(location, .keyHasNoColumn(key: id, column: name, columns: columns))
        }
        return index
    }
}

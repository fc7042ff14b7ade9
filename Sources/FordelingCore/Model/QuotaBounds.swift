extension Definition {
    /// Bounds on a split of whole units (a quota): a minimum or maximum for named parties, and a largest deviation
    /// from each party's key share in percentage points. With realised figures (a second key), the sheet shows each
    /// party's realised deviation and whether it is beyond the allowed one.
    public struct QuotaBounds: Sendable, Equatable {
        /// Per party, at least this many stored units.
        public var minimums: [Pledge]
        /// Per party, at most this many stored units.
        public var maximums: [Pledge]
        /// The allowed deviation from each party's key share, as a fraction of the whole (2 percentage points is 2/100).
        public var deviation: Fraction?
        /// What each party realised, to compare with its key share.
        public var realised: KeyReference?

        public init(minimums: [Pledge] = [], maximums: [Pledge] = [], deviation: Fraction? = nil, realised: KeyReference? = nil) {
            self.minimums = minimums
            self.maximums = maximums
            self.deviation = deviation
            self.realised = realised
        }

        /// Whether any bound is set (realised figures alone bound nothing).
        public var bindsAmounts: Bool { !minimums.isEmpty || !maximums.isEmpty || deviation != nil }
        public var isEmpty: Bool { !bindsAmounts && realised == nil }
    }
}

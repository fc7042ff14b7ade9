/// A table of yearly price and wage (PL) rates: the rate that carries an amount from one year's price level to
/// the next's, with where it comes from and whether it is the expected rate or the final one.
public struct PriceIndex: Sendable {
    public enum Status: Sendable, Equatable {
        /// The rate expected when the budget was made; corrected when the final rate is known.
        case expected
        case final
    }

    public struct Rate: Sendable, Equatable {
        /// The year whose price level the rate carries from; it carries to the next year's.
        public let fromYear: Int
        /// The rate in percent, as written (4,8 for 4,8 %).
        public let percent: DecimalValue
        public let status: Status
        /// Where the rate is stated.
        public let source: String
        public let location: SourceLocation?

        public init(fromYear: Int, percent: DecimalValue, status: Status, source: String, location: SourceLocation?) {
            self.fromYear = fromYear
            self.percent = percent
            self.status = status
            self.source = source
            self.location = location
        }

        /// 1 + percent / 100, exactly: 4,8 % is 1048/1000.
        public var factor: Fraction {
            get throws(OverflowError) {
                let rate = try percent.fraction
                let denominator = try rate.denominator.multiplied(by: 100, "PL rate")
                return Fraction.reduced(try denominator.adding(rate.numerator, "PL rate"), denominator)
            }
        }
    }

    /// The id definitions use (`pl`), from the file name.
    public let id: String
    public let source: String
    public let file: String
    /// At most one rate per pair of years (the reader refuses a second).
    public let rates: [Rate]
    /// The scenario that changed a rate in this copy of the table, if one did.
    public let changedByScenario: String?

    public init(id: String, source: String, file: String, rates: [Rate], changedByScenario: String? = nil) {
        self.id = id
        self.source = source
        self.file = file
        self.rates = rates
        self.changedByScenario = changedByScenario
    }

    /// The rate from `year`'s price level to the next year's.
    public func rate(from year: Int) -> Rate? {
        rates.first { $0.fromYear == year }
    }
}

extension Definition {
    /// The rule's amount is stated in `priceLevel`'s prices and carried to the definition's year by the PL rates of
    /// table `index`.
    public struct Indexation: Sendable, Equatable {
        public var index: String
        public var priceLevel: Int

        public init(index: String, priceLevel: Int) {
            self.index = index
            self.priceLevel = priceLevel
        }
    }
}

/// A span of whole months, such as September 2020 to June 2023: a definition whose amounts are per year covers
/// it with one sheet per calendar year (each year its share of twelve months) and a sheet for the whole period.
public struct Period: Sendable, Equatable {
    /// A calendar month.
    public struct Month: Sendable, Equatable, Comparable {
        public let year: Int
        /// 1 to 12.
        public let month: Int

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// One calendar year of the period: its months, first and last.
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let firstMonth: Int
        public let lastMonth: Int

        /// How many of the year's twelve months the period holds.
        public var months: Int { lastMonth - firstMonth + 1 }
        /// The year's share of an amount per year: months / 12.
        public var fraction: Fraction { Fraction.reduced(Int128(months), 12) }
    }

    public let from: Month
    public let to: Month

    /// `from` must not come after `to`: `DefinitionRules` checks it.
    public init(from: Month, to: Month) {
        self.from = from
        self.to = to
    }

    /// The calendar years of the period, in order, each with the months it holds.
    public var years: [Year] {
        guard from <= to else { return [] }
        return (from.year...to.year).map { year in
            Year(year: year, firstMonth: year == from.year ? from.month : 1, lastMonth: year == to.year ? to.month : 12)
        }
    }
}

extension Definition {
    /// A definition whose amount (total, national amount or rate, and fixed pledges) is per year over a period, with
    /// amounts for the whole period on top.
    public struct PeriodSpan: Sendable, Equatable {
        public var period: Period
        /// Amounts for the whole period, not per year, in the sheet's stored units (e.g. cash given once).
        public var wholePeriod: [Pledge]

        public init(period: Period, wholePeriod: [Pledge] = []) {
            self.period = period
            self.wholePeriod = wholePeriod
        }
    }
}

extension Definition {
    /// The ids of the sheets the definition makes: its own, or over a period one per year (`ID-YEAR`) and then its own.
    public var sheetIDs: [String] {
        (extras.period?.period.years.map { "\(id)-\($0.year)" } ?? []) + [id]
    }

    /// One year of a period, for the sheet of that year.
    public struct PeriodYear: Sendable, Equatable {
        public let year: Period.Year
        public let period: Period
    }
}

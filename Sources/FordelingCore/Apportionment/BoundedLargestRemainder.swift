/// Largest remainder (Hamilton) within per-row bounds: a whole number of units split in proportion to weights, where
/// row i must get at least `minimum` and, if it has one, at most `maximum` units.
///
/// **The algorithm.** The exact bounded split gives each row `clamp(λ × weight, minimum, maximum)` for the one level λ
/// at which the rows add up to the total (rows of weight 0 get their minimum). It is found without searching for λ:
/// 1. Rows of weight 0 are fixed at their minimum; the other rows are free.
/// 2. The units the fixed rows do not take, R, are split over the free rows in proportion to their weights: exact
///    quotas R × weight / (sum of free weights).
/// 3. If no quota lies below its row's minimum or above its maximum, stop. Otherwise compare the deficit (how far
///    the quotas below their minimums fall short of them, summed) with the excess (how far the quotas above their
///    maximums exceed them, summed): if the deficit is at least the excess, fix every row below its minimum at its
///    minimum; otherwise fix every row above its maximum at its maximum. Go back to 2.
/// 4. Split R over the free rows by plain largest remainder (`LargestRemainder`, with its tie-break).
///
/// Why it is right: with the quotas of step 2 the clamped rows would add up to total + deficit − excess. If that is
/// at least the total, the true level λ is at most the present one, so every row now below its minimum is at its
/// minimum in the exact bounded split too; otherwise λ is larger and every row now above its maximum is at its
/// maximum. So every fixed row is fixed as in the exact split. **Termination**: each pass of step 3 fixes at least one
/// row, so there are at most as many passes as rows. **Bounds hold**: at step 4 every free quota lies within its
/// bounds, which are whole numbers, and largest remainder gives each row the floor or the ceiling of its quota; the
/// rows sum to the total exactly. **Without binding bounds** (no exact quota outside its bounds) nothing is fixed but
/// rows of weight 0, which plain largest remainder gives nothing either, so the result is plain largest remainder.
/// **Infeasible bounds** — a minimum above its maximum, minimums that add up to more than the total, or maximums of
/// the rows that have weight (with the minimums of those that have none) that add up to less — are a `Failure`, for
/// a located error.
public enum BoundedLargestRemainder {
    public struct Bounds: Sendable, Equatable {
        public let minimum: Int128
        /// Nil: no maximum.
        public let maximum: Int128?

        public init(minimum: Int128 = 0, maximum: Int128? = nil) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// How a row's units were found.
    public enum Outcome: Sendable, Equatable {
        /// By largest remainder among the free rows: the quota and steps of that split.
        case apportioned(LargestRemainder.Share)
        case atMinimum
        case atMaximum
    }

    public struct Share: Sendable, Equatable {
        public let units: Int128
        public let outcome: Outcome
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The total is below zero: bounds are for quotas of whole units.
        case negativeTotal
        /// Row `index` has a minimum above its maximum, or a negative minimum.
        case crossedBounds(index: Int)
        /// The minimums add up to more than the total.
        case minimumsExceedTotal(sum: Int128)
        /// The rows can take at most `capacity` units: the maximums of the rows with weight and the minimums of those
        /// without.
        case maximumsBelowTotal(capacity: Int128)
        case apportionment(LargestRemainder.Failure)
        case overflow(OverflowError)
    }

    public static func apportion(total: Int128, weights: [Int128], bounds: [Bounds], tieKeys: [String]) throws(Failure) -> [Share] {
        // Not input: every caller builds weights, bounds and tie keys from one list of parties.
        precondition(weights.count == bounds.count && weights.count == tieKeys.count, "one bound and tie key per weight")
        guard total >= 0 else { throw .negativeTotal }
        if let index = weights.firstIndex(where: { $0 < 0 }) { throw .apportionment(.negativeWeight(index: index)) }
        do {
            try checkFeasible(total, weights: weights, bounds: bounds)
            return try split(total, weights: weights, bounds: bounds, tieKeys: tieKeys)
        } catch let failure as Failure {
            throw failure
        } catch let overflow as OverflowError {
            throw .overflow(overflow)
        } catch {
            throw .apportionment(error as? LargestRemainder.Failure ?? .zeroWeightSum)
        }
    }

    private static func checkFeasible(_ total: Int128, weights: [Int128], bounds: [Bounds]) throws -> Void {
        for (index, bound) in bounds.enumerated() where bound.minimum < 0 || bound.maximum.map({ $0 < bound.minimum }) == true {
            throw Failure.crossedBounds(index: index)
        }
        let minimums = try bounds.map(\.minimum).checkedSum("sum of minimums")
        if minimums > total { throw Failure.minimumsExceedTotal(sum: minimums) }
        var capacity: Int128 = 0
        for (weight, bound) in zip(weights, bounds) {
            guard weight == 0 || bound.maximum != nil else { return }  // a row with weight and no maximum takes any rest
            capacity = try capacity.adding(weight == 0 ? bound.minimum : bound.maximum ?? 0, "sum of maximums")
        }
        if capacity < total { throw Failure.maximumsBelowTotal(capacity: capacity) }
    }

    private enum State { case free, atMinimum, atMaximum }

    private static func split(_ total: Int128, weights: [Int128], bounds: [Bounds], tieKeys: [String]) throws -> [Share] {
        var states: [State] = weights.map { $0 == 0 ? .atMinimum : .free }
        var rest = total
        var free: [Int] = []
        while true {
            free = states.indices.filter { states[$0] == .free }
            var fixedSum: Int128 = 0
            for index in states.indices {
                switch states[index] {
                case .free: continue
                case .atMinimum: fixedSum = try fixedSum.adding(bounds[index].minimum, "fixed rows")
                case .atMaximum: fixedSum = try fixedSum.adding(bounds[index].maximum ?? 0, "fixed rows")
                }
            }
            rest = try total.subtracting(fixedSum, "total − fixed rows")
            // Never below zero or left over once the bounds are feasible (see the type's documentation).
            if rest < 0 { throw Failure.minimumsExceedTotal(sum: fixedSum) }
            guard !free.isEmpty else {
                if rest != 0 { throw Failure.maximumsBelowTotal(capacity: fixedSum) }
                break
            }
            let weightSum = try free.map { weights[$0] }.checkedSum("sum of free weights")
            var deficit: Int128 = 0, excess: Int128 = 0
            var below: [Int] = [], above: [Int] = []
            for index in free {
                // quota = rest × weight / weightSum, compared with the bounds times weightSum.
                let scaled = try rest.multiplied(by: weights[index], "rest × weight")
                let minimum = try bounds[index].minimum.multiplied(by: weightSum, "minimum × weights")
                if scaled < minimum {
                    deficit = try deficit.adding(minimum - scaled, "deficit")
                    below.append(index)
                } else if let maximum = try bounds[index].maximum.map({ (m) throws(OverflowError) in try m.multiplied(by: weightSum, "maximum × weights") }),
                          scaled > maximum {
                    excess = try excess.adding(scaled - maximum, "excess")
                    above.append(index)
                }
            }
            if below.isEmpty && above.isEmpty { break }
            if deficit >= excess && !below.isEmpty {
                for index in below { states[index] = .atMinimum }
            } else {
                for index in above { states[index] = .atMaximum }
            }
        }
        var shares = states.indices.map { index -> Share in
            states[index] == .atMaximum ? Share(units: bounds[index].maximum ?? 0, outcome: .atMaximum)
                                        : Share(units: bounds[index].minimum, outcome: .atMinimum)
        }
        guard !free.isEmpty else { return shares }
        let apportioned = try LargestRemainder.apportion(total: rest, weights: free.map { weights[$0] }, tieKeys: free.map { tieKeys[$0] })
        for (position, index) in free.enumerated() {
            shares[index] = Share(units: apportioned[position].units, outcome: .apportioned(apportioned[position]))
        }
        return shares
    }
}

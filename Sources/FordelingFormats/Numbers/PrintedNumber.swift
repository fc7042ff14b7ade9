import FordelingCore

/// A cell of a printed sheet read as a number, in every form agenda packets print: the Danish forms
/// `DanishNumber` reads (`1.445.162`, `kr. 1.445.162`, `1.445.162 kr.`, `1.445.162,00`, `12,5 mio.`, `430,-`), with a
/// percent sign or word (`6,9 %`, `6,9%`, `6,9 pct.`), `t.kr.` (thousands) and `kroner`; and a point that is not
/// a Danish thousands separator, read as its column reads points (`SheetTableReader` decides from the evidence of
/// all its cells): `1014.819` as a misplaced thousands point, `2.5` as a decimal point. Everything but the point and
/// these decorations is `DanishNumber`'s.
public enum PrintedNumber {
    /// What an ambiguous point (`1.285`, `1014.819`) means in a column.
    public enum Point: Sendable {
        /// It groups thousands, the Danish way.
        case thousands
        /// It is a decimal point.
        case decimal
    }

    /// A reading that is not the plain Danish one, stated as a warning with the value taken.
    public enum Note: Sendable, Equatable {
        /// A point that groups thousands but stands in the wrong place, as in `1014.819`.
        case misplacedGrouping
        /// A decimal point, as in `2.5`.
        case decimalPoint
    }

    /// What a cell tells about how its column writes numbers.
    public struct Evidence: Sendable, Equatable {
        /// A decimal comma (`0,825`).
        public var decimalComma = false
        /// Points that only thousands can explain (`1.445.162`, `1.445,5`).
        public var grouping = false
        /// A point that only a decimal point can explain (`2.5`, `0.75`, `12.50`).
        public var decimalPoint = false
        /// A point read one way as thousands and another as decimals (`1.285`, `1014.819`).
        public var ambiguous = false

        public init() {}

        @inlinable
        public mutating func add(_ other: Evidence) {
            decimalComma = decimalComma || other.decimalComma
            grouping = grouping || other.grouping
            decimalPoint = decimalPoint || other.decimalPoint
            ambiguous = ambiguous || other.ambiguous
        }
    }

    public enum Reading: Sendable, Equatable {
        /// Nothing printed: empty, `-`, `–` or `—`.
        case empty
        /// A number; `statesMagnitude` when the cell gives its own (`mio.`, `mia.`, `t.kr.`), `note` when it was not
        /// read the plain Danish way.
        case number(DecimalValue, statesMagnitude: Bool, note: Note?)
        /// Words without a digit: a remark, `n/a`.
        case text
        /// Digits that make no number: `1.2.3`, `12,5,0`, `ca. 500`.
        case unreadable
    }

    /// `text` read as a number of a column whose ambiguous points mean `point`, with what it tells about the column.
    public static func read(_ text: String, point: Point) -> (reading: Reading, evidence: Evidence) {
        if let plain = text.utf8.withContiguousStorageIfAvailable({ plain($0, point: point) }) ?? nil {
            return (.number(DecimalValue(units: Int128(plain.units), scale: plain.scale), statesMagnitude: false, note: nil), plain.evidence)
        }
        if text.isEmpty || text == "-" || text == "–" || text == "—" { return (.empty, Evidence()) }
        return decorated(text, point: point)
    }

    /// The commonest forms, read from bytes: a plain Danish number (`DanishNumber.plain`), whose points group
    /// thousands, as its units and decimals; nil for any other form, and for an ambiguous point where `point` is decimal.
    @inlinable
    public static func plain(_ bytes: UnsafeBufferPointer<UInt8>, point: Point) -> (units: Int64, scale: Int, evidence: Evidence)? {
        guard let (units, scale, points) = DanishNumber.plainUnits(bytes) else { return nil }
        var evidence = Evidence()
        evidence.decimalComma = scale > 0
        evidence.grouping = points > 1 || (points == 1 && scale > 0)
        evidence.ambiguous = points == 1 && scale == 0
        return evidence.ambiguous && point == .decimal ? nil : (units, scale, evidence)
    }

    /// Every other form: the digits' span read for its points, the decorations around it by `DanishNumber`.
    private static func decorated(_ text: String, point: Point) -> (reading: Reading, evidence: Evidence) {
        guard let first = text.firstIndex(where: \.isASCIIDigit), let last = text.lastIndex(where: \.isASCIIDigit) else {
            return (.text, Evidence())
        }
        let digits = String(text[first...last].map { $0 == "\u{202F}" || $0 == "\u{2009}" ? " " : $0 })
        var suffix = String(text[text.index(after: last)...]).trimmingSpaces
        // Decorations a printed sheet has and a definition does not take: a percent, thousands, kroner in full.
        for word in ["%", "pct.", "pct", "procent"] where suffix.lowercased().hasSuffix(word) {
            suffix = String(suffix.dropLast(word.count)).trimmingSpaces
            break
        }
        var power = 0
        for word in ["t.kr.", "t. kr.", "tkr.", "tkr", "t.kr"] where suffix.lowercased().hasSuffix(word) {
            suffix = String(suffix.dropLast(word.count)).trimmingSpaces
            power = 3
            break
        }
        if suffix.lowercased() == "kroner" { suffix = "kr." }
        guard let (core, note, evidence) = points(digits, point: point),
              let value = try? DanishNumber.parse(String(text[..<first]) + core + (suffix.isEmpty || suffix.hasPrefix(",") ? suffix : " " + suffix)),
              let shifted = try? value.shifted(by: power) else {
            return (.unreadable, Evidence())
        }
        let lowered = suffix.lowercased()
        return (.number(shifted, statesMagnitude: power > 0 || lowered.hasPrefix("mio") || lowered.hasPrefix("mia"), note: note), evidence)
    }

    /// The digits of a number with their points as `DanishNumber` reads them: thousands points kept, a misplaced
    /// thousands point dropped, a decimal point made a comma. Nil for points no reading explains (`1.2.3`).
    private static func points(_ digits: String, point: Point) -> (String, Note?, Evidence)? {
        var evidence = Evidence()
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        evidence.decimalComma = parts.count > 1
        guard groups.count > 1 else { return (digits, nil, evidence) }
        evidence.grouping = parts.count > 1 || groups.count > 2
        guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let head = groups[0]
        let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && !head.isEmpty && head.first != "0"
        if groups.count == 2 && parts.count == 1 {
            // One point and no comma: thousands only if three digits follow it.
            guard grouped else {
                evidence.decimalPoint = true
                return ((head.isEmpty ? "0" : String(head)) + "," + groups[1], .decimalPoint, evidence)
            }
            evidence.ambiguous = true
            if point == .decimal { return (head + "," + groups[1], .decimalPoint, evidence) }
        }
        guard grouped else { return nil }
        // Points in threes from the right: Danish when the first group has at most three digits, misplaced otherwise.
        guard head.count > 3 else { return (digits, nil, evidence) }
        return (groups.joined() + (parts.count > 1 ? "," + parts.dropFirst().joined(separator: ",") : ""), .misplacedGrouping, evidence)
    }

    /// Whether a column's heading says its amounts are in thousands of kroner: `1.000 kr.`, `(1.000 kr.)`, `t.kr.`,
    /// `i 1000 kr.`.
    public static func headingInThousands(_ heading: String) -> Bool {
        let squeezed = heading.lowercased().filter { $0 != " " }
        return ["1.000kr", "1000kr", "t.kr", "tkr.", "tusindkr", "tusindekr"].contains { squeezed.contains($0) } || squeezed.hasSuffix("tkr")
    }

    /// Whether a column's heading names a unit whose figures are never thousands grouped by a point (årsværk, a
    /// percentage), so that a point in it is a decimal point.
    public static func headingNeverGroupsThousands(_ heading: String) -> Bool {
        let lowered = heading.lowercased()
        return !lowered.contains("kr") && ["årsværk", "pct", "procent", "%"].contains { lowered.contains($0) }
    }
}

extension DecimalValue {
    /// This value × 10^`power`, exactly.
    func shifted(by power: Int) throws(OverflowError) -> DecimalValue {
        guard power > scale else { return DecimalValue(units: units, scale: scale - power) }
        return DecimalValue(units: try units.multiplied(by: try Int128.powerOfTen(power - scale), "× 10^\(power)"))
    }
}

import FordelingCore

extension SheetTableReader {
    /// The cells of a table's value columns as they are read: each column's way of writing numbers (its heading in
    /// thousands, its points read as thousands or as decimals), the evidence its cells give of it, and the findings.
    public struct Cells: Sendable {
        private let head: Head
        public var headings: [String] { head.headings }
        /// Whether each column is headed in thousands of kroner (`1.000 kr.`, `t.kr.`).
        public let inThousands: [Bool]
        /// How each column reads an ambiguous point.
        public let points: [PrintedNumber.Point]
        private var evidence: [PrintedNumber.Evidence]
        private var findings: [Finding] = []
        /// Words in a cell: a finding only in a column of numbers.
        private var words: [(column: Int, finding: Finding)] = []

        /// The value columns under `head`, with the ambiguous points of `decimalColumns` read as decimal points.
        public init(_ head: Head, decimalColumns: Set<Int>) {
            self.head = head
            inThousands = head.headings.map(PrintedNumber.headingInThousands)
            points = head.headings.indices.map { decimalColumns.contains($0) ? .decimal : .thousands }
            evidence = Array(repeating: PrintedNumber.Evidence(), count: head.headings.count)
        }

        /// The value of the cell `text` in value column `column` on line `line`, in `label`'s row
        /// (`SheetTableReader.value`), noting its evidence and any finding.
        public mutating func read(_ text: String, column: Int, line: Int, label: @autoclosure () -> String) -> SheetTable.Value {
            let read = SheetTableReader.value(of: text, point: points[column], inThousands: inThousands[column])
            evidence[column].add(read.evidence)
            guard let (severity, kind) = read.finding else { return read.value }
            var printed: DecimalValue?
            if case .number(let value) = read.value { printed = value }
            let location = head.location(line: line, column: head.firstValue + column, field: "column '\(headings[column])'")
            let finding = Finding(severity, kind, location: location,
                                  party: label(), column: headings[column], printed: printed)
            if case .notANumber = kind { words.append((column, finding)) } else { findings.append(finding) }
            return read.value
        }

        /// Notes the evidence of a cell of `column` read as a plain number from its bytes (`PrintedNumber.plain`).
        @inline(__always)
        public mutating func note(_ cell: PrintedNumber.Evidence, column: Int) {
            evidence[column].add(cell)
        }

        /// The findings in the order of the lines, and of the columns within a line; words only in the columns
        /// `isNumberColumn` says have numbers (a column of words, such as tiers or remarks, is text).
        public func findings(isNumberColumn: (Int) -> Bool) -> [Finding] {
            let numberColumns = Set(words.map(\.column)).filter(isNumberColumn)
            let all = findings + words.filter { numberColumns.contains($0.column) }.map(\.finding)
            return all.enumerated().sorted { ($0.element.location?.line ?? 0, $0.offset) < ($1.element.location?.line ?? 0, $1.offset) }.map(\.element)
        }

        /// The columns whose evidence says their ambiguous points are decimal points: a column with ambiguous points and
        /// none only thousands explain, whose heading names a unit never grouped in thousands, or that has points only
        /// decimals explain in a sheet that writes no decimal comma and no Danish thousands points.
        public var decimalColumns: Set<Int> {
            let sheetIsDanish = evidence.contains { $0.decimalComma || $0.grouping }
            return Set(evidence.indices.filter { column in
                let cells = evidence[column]
                guard cells.ambiguous, !cells.grouping else { return false }
                return PrintedNumber.headingNeverGroupsThousands(headings[column]) || (cells.decimalPoint && !sheetIsDanish)
            })
        }
    }
}

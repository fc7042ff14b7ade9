import FordelingCore
import FordelingFormats
import FordelingStreaming
import FordelingSystem

/// `fordel split`: an ad hoc split of a total over any CSV or workbook of names and weights.
enum SplitCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "split", allowed: ["total", "key", "sheet", "column", "unit", "quantity", "decimals", "mode", "output"])
        try options.noPositionals(command: "split")
        let measure = try measure(options)
        let total = try total(try options.required("total", command: "split"), measure: measure)
        let mode = try options["mode"].map { (text) throws(UsageError) in
            guard let mode = RoundingMode(rawValue: text) else { throw UsageError(message: "--mode must be reconciled or published, not '\(text)'", command: "split") }
            return mode
        } ?? .reconciled

        let keyPath = try options.required("key", command: "split")
        let bytes = try FileReader.bytes(at: keyPath, limit: options["output"] == nil ? .input : .splitKey)
        // A workbook's worksheet is read as text; a CSV key stays bytes, for the streamed split.
        let workbook = TableText.isWorkbook(bytes, file: keyPath) || options["sheet"] != nil
            ? try TableText.read(bytes, file: keyPath, sheet: options["sheet"]) : nil
        // The key's SHA-256 is computed on the other core while the split is.
        let digest = SHA256.concurrently(bytes)
        let provenance = { Provenance(toolVersion: Version.current, files: [.init(path: keyPath, relativePath: keyPath, sha256: digest.value)]) }
        let title = { (label: String) in SheetPresentation.splitTitle(total: total, measure: measure, keyLabel: label) }
        if let output = options["output"] {
            if output.isEmpty { throw UsageError(message: "--output is empty; give the file to write, e.g. --output bidrag.csv", command: "split") }
            let path = try OutputFile.resolve(output, notOverwriting: keyPath)
            // Any number of parties, streamed to CSV; the terminal gets the reconciliation.
            let split = try BulkSplit(keyBytes: workbook.map { Array($0.text.utf8) } ?? bytes, file: keyPath, worksheet: workbook?.worksheet,
                                      column: options["column"], total: total, measure: measure, mode: mode, title: title)
            if output.lowercased().hasSuffix(".xlsx") {
                try split.writeWorkbook(to: path, provenance: provenance())
            } else {
                try split.write(to: path, provenance: provenance())
            }
            let text = SheetPresentation(split.summary)
            print("\(text.heading): \(split.count) parter → \(output)")
            for line in text.reconciliationLines { print("- \(line.label): \(line.value)") }
            return 0
        }
        let table = try workbook ?? TableText.read(bytes, file: keyPath)
        let document = try CSVReader.read(table.text, file: keyPath, worksheet: table.worksheet)
        let column = try KeyHeadings.valueColumn(document.header.fields, named: options["column"], file: keyPath, line: document.header.line,
                                                 worksheet: table.worksheet) - 1
        let keyTable = try KeyTableReader.read(document, id: "nøgle", requireProvenance: false)
        let label = keyTable.columns[column]
        let key = try KeyIndex(keyTable, register: nil, registerFiles: [])
        let reference = KeyReference.table(id: keyTable.id, column: label)
        let location = SourceLocation(file: keyPath)
        var definition = try Definition(id: "split", title: title(label), year: nil, membership: .init(.everyoneInKey),
                                        allocation: .init(rule: .split(total: total), key: reference, measure: measure, mode: mode),
                                        locations: [.id: location, .key: location, .total: SourceLocation(file: "--total")])
        definition.columns = [.values(reference), .share(reference)]
        let sheet = try SheetCalculator.calculate(definition, in: AllocationContext(register: nil, registerFiles: [], keys: [keyTable.id: key]))
        print(MarkdownWriter.sheet(sheet, provenance: provenance()), terminator: "")
        return 0
    }

    /// Money rounded to --unit (default kr), or the quantity --quantity rounded to --decimals (default 2).
    private static func measure(_ options: Arguments) throws(UsageError) -> Measure {
        guard let name = options["quantity"] else {
            if options["decimals"] != nil { throw UsageError(message: "--decimals rounds a quantity; give --quantity NAME too", command: "split") }
            guard let text = options["unit"] else { return .money(.krone) }
            guard let unit = RoundingUnit(spelling: text) else { throw UsageError(message: "--unit must be øre, kr or 1000, not '\(text)'", command: "split") }
            return .money(unit)
        }
        if options["unit"] != nil { throw UsageError(message: "--unit rounds money; a quantity is rounded by --decimals", command: "split") }
        if name.trimmingSpaces.isEmpty { throw UsageError(message: "--quantity is empty; name what is split, e.g. --quantity pladser", command: "split") }
        guard let text = options["decimals"] else { return .quantity(name: name.trimmingSpaces, decimals: 2) }
        guard let decimals = Int(text), (0...6).contains(decimals) else {
            throw UsageError(message: "--decimals must be a whole number from 0 to 6, not '\(text.abbreviated())'", command: "split")
        }
        return .quantity(name: name.trimmingSpaces, decimals: decimals)
    }

    /// `text` in stored units of `measure`: an amount of money, or of the quantity (its name may follow the number).
    private static func total(_ text: String, measure: Measure) throws(UsageError) -> Int128 {
        guard case .quantity(let name, let decimals) = measure else {
            do { return try DanishNumber.parseAmount(text) } catch {
                guard let unit = error.unit else { throw UsageError(message: "--total: \(error.reason)", command: "split") }
                throw UsageError(message: "--total: '\(text.abbreviated())' counts \(unit.abbreviated()), not kroner; to split a quantity, give --quantity \(unit.abbreviated()) (and --decimals, default 2)",
                                 command: "split")
            }
        }
        var number = text.trimmingSpaces
        if number.lowercased().hasSuffix(name.lowercased()) { number = String(number.dropLast(name.count)) }
        let value: DecimalValue
        do { value = try DanishNumber.parse(number) } catch { throw UsageError(message: "--total: \(error.reason)", command: "split") }
        guard let stored = (try? value.units(exactlyAt: decimals)) ?? nil else {
            throw UsageError(message: "--total: '\(text.abbreviated())' has more than \(decimals) decimals (or too many digits); give --decimals \(value.scale)", command: "split")
        }
        return stored
    }
}

import FordelingCore
import FordelingFormats
import FordelingStreaming
import FordelingSystem

/// `fordel split`: an ad hoc split of a total over any CSV or workbook of names and weights.
enum SplitCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try Arguments(arguments, command: "split", allowed: ["total", "key", "sheet", "column", "unit", "mode", "output"])
        try options.noPositionals(command: "split")
        let totalText = try options.required("total", command: "split")
        let total: Int128
        do { total = try DanishNumber.parseAmount(totalText) } catch {
            throw UsageError(message: "--total: \(error.reason)", command: "split")
        }
        let unit = try options["unit"].map { (text) throws(UsageError) in
            guard let unit = RoundingUnit(spelling: text) else { throw UsageError(message: "--unit must be øre, kr or 1000, not '\(text)'", command: "split") }
            return unit
        } ?? .krone
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
        let title = { (label: String) in SheetPresentation.splitTitle(total: total, unit: unit, keyLabel: label) }
        if let output = options["output"] {
            if output.isEmpty { throw UsageError(message: "--output is empty; give the file to write, e.g. --output bidrag.csv", command: "split") }
            let path = try OutputFile.resolve(output, notOverwriting: keyPath)
            // Any number of parties, streamed to CSV; the terminal gets the reconciliation.
            let split = try BulkSplit(keyBytes: workbook.map { Array($0.text.utf8) } ?? bytes, file: keyPath, worksheet: workbook?.worksheet,
                                      column: options["column"], total: total, unit: unit, mode: mode, title: title)
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
                                        allocation: .init(rule: .split(total: total), key: reference, measure: .money(unit), mode: mode),
                                        locations: [.id: location, .key: location, .total: SourceLocation(file: "--total")])
        definition.columns = [.values(reference), .share(reference)]
        let sheet = try SheetCalculator.calculate(definition, in: AllocationContext(register: nil, registerFiles: [], keys: [keyTable.id: key]))
        print(MarkdownWriter.sheet(sheet, provenance: provenance()), terminator: "")
        return 0
    }
}

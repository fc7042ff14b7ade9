import FordelingCore
import FordelingFormats

/// What each fuzz target does with one input: every parser, fed arbitrary bytes, and what follows a
/// successful parse. Shared by the libFuzzer harness (`make fuzz`) and the regression tests that replay
/// the committed corpus. A crash here is a bug; errors are expected and ignored.
public enum FuzzTargets {
    public static let names = ["csv", "numbers", "definitions", "batch", "scenarios", "set", "approved", "tables", "inflate", "zip", "xml", "workbook"]

    public static func run(_ name: String, _ bytes: [UInt8]) {
        switch name {
        case "csv": csv(bytes)
        case "numbers": numbers(bytes)
        case "definitions": definitions(bytes)
        case "scenarios": scenarios(bytes)
        case "approved": approved(bytes)
        case "tables": tables(bytes)
        case "batch": batch(bytes)
        case "set": set(bytes)
        case "inflate": fuzzInflate(bytes)
        case "zip": fuzzZIP(bytes)
        case "xml": fuzzXML(bytes)
        case "workbook": fuzzWorkbook(bytes)
        default: preconditionFailure("no fuzz target \(name)")
        }
    }

    static func text(_ bytes: [UInt8]) -> String? {
        try? TextDecoding.decode(bytes, file: "fuzz")
    }

    /// CSV and key tables, then a split over the table's rows (names as parties) and both renderings.
    public static func csv(_ bytes: [UInt8]) {
        guard let text = text(bytes), let document = try? CSVReader.read(text, file: "fuzz"),
              let table = try? KeyTableReader.read(document, id: "k", requireProvenance: false),
              let key = try? KeyIndex(table, register: nil, registerFiles: []),
              var definition = try? Definition(id: "fuzz", title: "Fuzz", year: nil, membership: .init(.everyoneInKey),
                                               allocation: .init(rule: .split(total: 100_000_000), key: .table(id: "k", column: table.columns.first)),
                                               locations: [:]) else { return }
        definition.columns = [.values(.table(id: "k", column: table.columns.first)), .share(.table(id: "k", column: table.columns.first))]
        render(try? SheetCalculator.calculate(definition, in: AllocationContext(register: nil, registerFiles: [], keys: ["k": key])))
    }

    /// Danish numbers: whatever parses must write back to the same value.
    public static func numbers(_ bytes: [UInt8]) {
        guard let text = text(bytes), let value = try? DanishNumber.parse(text) else { return }
        let written = DanishNumberFormat.string(value)
        guard let again = try? DanishNumber.parse(written), again == value else {
            preconditionFailure("'\(text)' read as \(value) but written as '\(written)', which reads differently")
        }
        _ = try? DanishNumber.parseAmount(text)
        _ = DanishNumberFormat.string(value, grouped: false)
    }

    /// Definitions, computed against a small register and key, then rendered.
    public static func definitions(_ bytes: [UInt8]) {
        guard let text = text(bytes), let definitions = try? DefinitionReader.read(text, file: "fuzz"),
              let context = try? smallContext(), let sheets = try? BatchCalculator.calculate(definitions, context: context) else { return }
        for sheet in sheets { render(sheet) }
    }

    /// Scenarios, applied to a small batch.
    public static func scenarios(_ bytes: [UInt8]) {
        guard let text = text(bytes), let scenarios = try? ScenarioReader.read(text, file: "fuzz"), let context = try? smallContext(),
              let definitions = try? DefinitionReader.read(smallDefinitions, file: "small"),
              let baseline = try? BatchCalculator.calculate(definitions, context: context) else { return }
        for scenario in scenarios {
            _ = try? ScenarioRun.compare(scenario, definitions: definitions, context: context, baseline: baseline)
        }
    }

    /// Approved sheets: read, checked against the small register, and diffed with themselves.
    public static func approved(_ bytes: [UInt8]) {
        guard let text = text(bytes), let (sheet, _) = try? ApprovedSheetReader.read(text, file: "fuzz") else { return }
        let register = try? smallContext().register
        for finding in SheetChecker(sheet, register: register, linked: nil).findings() { _ = FindingText.line(finding) }
        _ = MarkdownWriter.diff(DiffPresentation(SheetDiff(sheet.table, sheet.table, register: register), a: "a", b: "b"))
    }

    /// PL tables and price lists: read, then a split indexed by the table from its first year, and a fee sheet of the
    /// small key's values as counts, rendered.
    public static func tables(_ bytes: [UInt8]) {
        guard let text = text(bytes), let document = try? CSVReader.read(text, file: "fuzz"), var context = try? smallContext() else { return }
        if let index = try? PriceIndexReader.read(document, id: "pl"), let first = index.rates.first?.fromYear {
            context.indices["pl"] = index
            var allocation = Definition.Allocation(rule: .split(total: 100_000), key: .table(id: "pop", column: nil))
            allocation.indexation = Definition.Indexation(index: "pl", priceLevel: first)
            if let definition = try? Definition(id: "i", title: "I", year: first + 1, membership: .init(.items([.kkr("Test")])),
                                                allocation: allocation, locations: [:]) {
                render(try? SheetCalculator.calculate(definition, in: context))
            }
        }
        if let list = try? PriceListReader.read(document, id: "fees") {
            context.priceLists["fees"] = list
            if let definition = try? Definition(id: "f", title: "F", year: 2021, membership: .init(.items([.kkr("Test")])),
                                                allocation: .init(rule: .fee(list: "fees", column: list.columns.first), key: .table(id: "pop", column: nil)),
                                                locations: [:]) {
                render(try? SheetCalculator.calculate(definition, in: context))
            }
        }
    }

    static func render(_ sheet: Sheet?) {
        guard let sheet else { return }
        let provenance = Provenance(toolVersion: "fuzz", files: [])
        _ = Writers.files(for: BatchOutput(sheets: [sheet], provenance: provenance))
        _ = try? Explanation.text(sheet, party: nil, register: nil)
    }

    static let smallDefinitions = """
    [a]
    title = A
    year = 2024
    parties = KKR Test
    rule = split
    key = pop
    total = 1.000 kr.
    [b]
    title = B
    year = 2024
    parties = KKR Test
    rule = sum
    add = a
    """

    /// Three municipalities, one organisation and a key `pop`.
    static func smallContext() throws -> AllocationContext {
        let location = SourceLocation(file: "register")
        let municipalities = [("101", "A"), ("102", "B"), ("103", "C")].map {
            Municipality(code: $0.0, name: $0.1, region: "Region Test", kkr: "Test", spellings: [], location: location)
        }
        let register = try Register(municipalities, organisations: [Organisation(name: "Org", type: "selskab", members: [], spellings: [], location: location)])
        let table = KeyTable(id: "pop", columns: ["Befolkning"], source: "fuzz", vintage: "2024", file: "pop.csv",
                             rows: [("A", 3), ("B", 5), ("C", 2)].map { KeyTable.Row(party: $0.0, values: [.number(DecimalValue(units: $0.1))], location: location) })
        return AllocationContext(register: register, registerFiles: ["register"], keys: ["pop": try KeyIndex(table, register: register, registerFiles: ["register"])])
    }
}

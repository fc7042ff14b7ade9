import FordelingCore
import FordelingFormats

/// The fuzz targets that go through a whole batch: a definitions file of several sheets computed, rendered and
/// changed by scenarios, and one `--set` argument applied to a batch that uses every rule and field.
extension FuzzTargets {
    /// A definitions file with several sheets: the batch against a register and keys like the committed ones, every
    /// sheet rendered and explained, then each sheet changed by a few scenarios.
    public static func batch(_ bytes: [UInt8]) {
        guard let text = text(bytes), let definitions = try? DefinitionReader.read(text, file: "fuzz"),
              let context = try? batchContext(), let sheets = try? BatchCalculator.calculate(definitions, context: context) else { return }
        for sheet in sheets { render(sheet) }
        for sheet in sheets.prefix(4) {
            for change in ["total = +10 %", "rate = -5 %", "leave = A", "join = Region", "key = equal", "pledge = B: 10 %"] {
                scenario("\(sheet.id).\(change)", definitions: definitions, context: context, baseline: sheets)
            }
        }
    }

    /// One `--set ID.FIELD=VALUE` argument applied to a batch that uses every rule and field, and its files rendered.
    public static func set(_ bytes: [UInt8]) {
        guard let text = text(bytes), let batch = everyRuleBatch else { return }
        scenario(text, definitions: batch.definitions, context: batch.context, baseline: batch.sheets)
    }

    /// The ids of the sheets the `set` target changes (empty if its batch did not compute, which a test catches).
    public static var everyRuleSheets: [String] { everyRuleBatch?.sheets.map(\.id) ?? [] }

    /// `batchDefinitions` computed once: every `set` input is applied to the same baseline.
    private static let everyRuleBatch: (definitions: [Definition], context: AllocationContext, sheets: [Sheet])? = {
        guard let context = try? batchContext(), let definitions = try? DefinitionReader.read(batchDefinitions, file: "batch"),
              let sheets = try? BatchCalculator.calculate(definitions, context: context) else { return nil }
        return (definitions, context, sheets)
    }()

    /// The scenario made of the override `text`, compared with `baseline` and rendered as its files.
    private static func scenario(_ text: String, definitions: [Definition], context: AllocationContext, baseline: [Sheet]) {
        guard let override = try? ScenarioReader.override(text, location: SourceLocation(file: "--set \(text)")) else { return }
        let scenario = Scenario(name: "s", title: "S", notes: [], overrides: [override], location: override.location)
        let inputs = BatchInputs(definitions: definitions, context: context, approved: [], scenarios: [])
        guard let result = try? Batch.scenario(scenario, of: inputs, baseline: baseline) else { return }
        _ = try? Writers.files(for: BatchOutput(scenarios: [result], provenance: Provenance(toolVersion: "fuzz", files: [])))
    }

    /// Every rule and every optional field, on the keys of `batchContext`.
    static let batchDefinitions = """
    [bidrag]
    title = Bidrag
    year = 2024
    parties = KKR Test
    rule = split
    key = pop
    total = 1.000.000 kr.
    pledge = A: 100.000 kr.
    compare = tidligere
    columns = pop, share pop, dut
    per = pop
    [blok]
    title = Blok
    year = 2024
    parties = KKR Test
    rule = national-share
    key = dut
    national = 25 mio. kr.
    [sats]
    title = Sats
    year = 2024
    parties = KKR Test
    rule = rate
    key = pop
    rate = 135 kr.
    [samlet]
    title = Samlet
    year = 2024
    parties = KKR Test
    rule = sum
    add = bidrag.forskel, blok, sats
    per = pop
    [niveau]
    title = Niveau
    year = 2024
    parties = KKR Test, Region
    rule = split
    key = niveauer
    tiers = stor 1, lille 1/3
    total = 1.500.000 kr.
    hours = 50
    hourly rate = 430 kr.
    [andel]
    title = Andel
    year = 2024
    parties = Region, KKR Test
    rule = split
    key = pop
    total = 875.000 kr.
    pledge = Region: 50 %
    [aarsvaerk]
    title = Årsværk
    year = 2024
    parties = KKR Test
    rule = split
    key = pop
    quantity = årsværk
    decimals = 3
    total = 1,5
    price = 600.000 kr.
    [trykt]
    title = Trykt
    year = 2024
    parties = KKR Test
    rule = split
    key = pop
    total = 525.000 kr.
    mode = published
    divisor = 11
    [klynge]
    title = Klynge
    year = 2024
    parties = KKR Test
    exclude = C
    rule = split
    key = equal
    total = 1 mio. kr.
    match = 2 mio. kr.
    in kind share = 1/3
    unit = øre
    """

    /// The small register of `smallContext` with a region, and keys of population, DUT, previous amounts and tiers.
    static func batchContext() throws -> AllocationContext {
        let small = try smallContext()
        guard let register = small.register else { return small }
        let location = SourceLocation(file: "register")
        let withRegion = try Register(register.municipalities, organisations: register.organisations
            + [Organisation(name: "Region", type: "region", members: [], spellings: [], location: location)])
        func key(_ id: String, _ column: String, _ values: [(String, KeyTable.Value)]) throws -> KeyIndex {
            let rows = values.map { KeyTable.Row(party: $0.0, values: [$0.1], location: location) }
            return try KeyIndex(KeyTable(id: id, columns: [column], source: "fuzz", vintage: "2024", file: "\(id).csv", rows: rows),
                                register: withRegion, registerFiles: ["register"])
        }
        let number = { (units: Int128, scale: Int) in KeyTable.Value.number(DecimalValue(units: units, scale: scale)) }
        return AllocationContext(register: withRegion, registerFiles: ["register"], keys: [
            "pop": try key("pop", "Befolkning", [("A", number(3, 0)), ("B", number(5, 0)), ("C", number(2, 0)), ("Region", number(10, 0))]),
            "dut": try key("dut", "DUT-nøgle", [("A", number(825, 3)), ("B", number(1_100, 3)), ("C", number(7, 1))]),
            "tidligere": try key("tidligere", "Bidrag 2023", [("A", number(90_000, 0)), ("B", number(450_000, 0)), ("C", number(200_000, 0))]),
            "niveauer": try key("niveauer", "Niveau", [("A", .text("stor", problem: "a tier")), ("B", .text("lille", problem: "a tier")),
                                                     ("C", .text("stor", problem: "a tier")), ("Region", .text("lille", problem: "a tier"))]),
        ])
    }
}

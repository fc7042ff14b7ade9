import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct DefinitionReaderTests {
    static let valid = """
    # a comment
    [bidrag-2019]   # trailing comment
    title = Bidrag
    year = 2019
    parties = KKR Sjælland
    exclude = Næstved
    rule = split
    key = befolkning-2019
    total = 23,91 mio. kr.
    unit = øre
    mode = published
    label = Bidrag 2019
    columns = befolkning-2019, share befolkning-2019
    compare = bidrag-2018
    note = første
    note = anden
    """

    @Test func readsEveryField() throws {
        let definition = try #require(try DefinitionReader.read(Self.valid, file: "d.txt").first)
        #expect(definition.id == "bidrag-2019")
        #expect(definition.year == 2019)
        #expect(definition.parties == .items([.kkr("Sjælland")]))
        #expect(definition.excluded == ["Næstved"])
        #expect(definition.rule == .split(total: 2_391_000_000))
        #expect(definition.measure == .money(.øre))
        #expect(definition.mode == .published)
        #expect(definition.columns == [.values(KeyReference("befolkning-2019")), .share(KeyReference("befolkning-2019"))])
        #expect(definition.compare == KeyReference("bidrag-2018"))
        #expect(definition.notes == ["første", "anden"])
        #expect(definition.location(of: .total) == SourceLocation(file: "d.txt", line: 9, field: "field 'total'"))
    }

    @Test func readsRatesSumsAndListedParties() throws {
        let text = """
        [a]
        title = A
        year = 2019
        parties = Greve, Køge
        rule = rate
        key = pop
        rate = 0,825 kr.
        [s]
        title = S
        year = 2019
        parties = Greve, Køge
        rule = sum
        add = a, b.forskel
        """
        let definitions = try DefinitionReader.read(text, file: "d.txt")
        #expect(definitions[0].parties == .items([.named("Greve"), .named("Køge")]))
        #expect(definitions[0].rule == .rate(perUnit: Fraction(numerator: 165, denominator: 2)))  // 82,5 øre
        #expect(definitions[1].rule == .sum(components: [ColumnReference(sheet: "a"), ColumnReference(sheet: "b", role: .difference)]))
    }

    private func error(_ text: String) throws -> InputError {
        try #require(throws: InputError.self) { try DefinitionReader.read(text, file: "d.txt") }
    }

    @Test func unknownFieldIsAnErrorWithItsLine() throws {
        let error = try error(Self.valid + "\ntotl = 5")
        #expect(error.location == SourceLocation(file: "d.txt", line: 17, field: "field 'totl'"))
        #expect(ErrorWording(error).problem == "unknown field 'totl'")
        #expect(ErrorWording(error).fix.hasPrefix("Use one of: title, year"))
    }

    @Test func bothATotalAndARateIsAnError() throws {
        let error = try error(Self.valid + "\nrate = 135 kr.")
        #expect(error.location?.line == 17)
        #expect(ErrorWording(error).problem == "a definition has one of 'total', 'national' or 'rate', but this one has 'total' and 'rate'")
    }

    @Test func fieldsAreCheckedOneByOne() throws {
        #expect(ErrorWording(try error(Self.valid + "\ntitle = igen")).problem == "field 'title' is set twice (first at line 3)")
        #expect(ErrorWording(try error(Self.valid.replacingOccurrences(of: "unit = øre", with: "unit = ører"))).problem == "unknown rounding unit 'ører'")
        #expect(ErrorWording(try error(Self.valid.replacingOccurrences(of: "rule = split", with: "rule = divide"))).problem == "unknown rule 'divide'")
        #expect(try error(Self.valid.replacingOccurrences(of: "year = 2019", with: "year = 19x")).location?.line == 4)
        #expect(ErrorWording(try error(Self.valid.replacingOccurrences(of: "23,91 mio. kr.", with: "23.91 mio"))).problem.hasPrefix("expected an amount in kroner"))
        #expect(ErrorWording(try error(Self.valid.replacingOccurrences(of: "year = 2019\n", with: ""))).problem == "definition 'bidrag-2019' has no 'year'")
        #expect(ErrorWording(try error("title = x")).problem == "field 'title' comes before any definition header")
        #expect(ErrorWording(try error("[ok]\njust words")).problem == "expected 'field = value' or a header '[id]', found 'just words'")
    }

    @Test(arguments: ["../etc", "a/b", "Stor", "", "a b", "-x", "a\u{0}b"])
    func idsThatAreNotSafeFileNamesAreRejected(id: String) throws {
        let error = try error("[\(id)]\ntitle = x")
        #expect(ErrorWording(error).problem == "'\(id)' is not a valid definition id")
    }

    @Test func readsPledgesTiersQuantitiesAndContributionsInKind() throws {
        let text = """
        [ept]
        title = EPT
        year = 2024
        parties = ARC, Region Hovedstaden, KKR Hovedstaden
        rule = split
        key = niveauer:Forslag
        tiers = stor 1, lille 1/3, netværk 0
        total = 1,5
        quantity = årsværk
        decimals = 3
        pledge = Region Hovedstaden: 50 %
        pledge = ARC: 0,25
        price = 600.000 kr.
        hours = 50
        hourly rate = 430 kr.
        in kind fixed = 33 kommuner: 516.000 kr.
        in kind exempt = Evida, ARC
        match = 12,5 mio. kr.
        """
        let definition = try #require(try DefinitionReader.read(text, file: "d.txt").first)
        #expect(definition.parties == .items([.named("ARC"), .named("Region Hovedstaden"), .kkr("Hovedstaden")]))
        #expect(definition.key == .table(id: "niveauer", column: "Forslag"))
        #expect(definition.tiers.map(\.name) == ["stor", "lille", "netværk"])
        #expect(definition.tiers[1].weight == Fraction(numerator: 1, denominator: 3))
        #expect(definition.measure == .quantity(name: "årsværk", decimals: 3))
        #expect(definition.rule == .split(total: 1_500))
        #expect(definition.pledges.map(\.amount) == [.percent(Fraction(50)), .fixed(250)])
        #expect(definition.price == 60_000_000)
        #expect(definition.inKind == .hours(perOrganisation: DecimalValue(units: 50), hourlyRate: 43_000))
        #expect(definition.inKindFixed.map(\.amount) == [.fixed(51_600_000)])
        #expect(definition.inKindExempt == ["Evida", "ARC"])
        #expect(definition.match == 1_250_000_000)
    }

    @Test func newFieldsAreCheckedToo() throws {
        let base = "[a]\ntitle = A\nyear = 2024\nparties = Greve\nrule = split\nkey = pop\ntotal = 100 kr.\n"
        #expect(ErrorWording(try error(base + "divisor = 5")).problem == "a divisor other than the key's total only reproduces a published sheet")
        #expect(ErrorWording(try error(base + "pledge = Greve 5 kr.")).problem == "expected 'party: amount', found 'Greve 5 kr.'")
        #expect(ErrorWording(try error(base + "hours = 50")).problem == "'hours' and 'hourly rate' go together")
        #expect(ErrorWording(try error(base + "in kind share = 1/3\nhours = 5\nhourly rate = 1 kr.")).problem.hasPrefix("contributions in kind are either"))
        #expect(ErrorWording(try error(base + "tiers = stor")).problem == "expected a tier name and its weight, found 'stor'")
        #expect(ErrorWording(try error(base + "decimals = 2")).problem == "'decimals' is for quantities")
        #expect(ErrorWording(try error(base + "quantity = årsværk\nunit = kr")).problem == "a quantity is rounded by 'decimals', not by 'unit'")
        #expect(ErrorWording(try error(base.replacingOccurrences(of: "100 kr.", with: "1,5") + "quantity = årsværk\ndecimals = 0")).problem == "'1,5' has more than 0 decimals")
    }
}

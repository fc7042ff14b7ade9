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
        #expect(definition.location(of: "total") == SourceLocation(file: "d.txt", line: 9, field: "field 'total'"))
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
        #expect(definitions[1].rule == .sum(components: [ColumnReference(sheet: "a"), ColumnReference(sheet: "b", column: "forskel")]))
    }

    private func error(_ text: String) throws -> InputError {
        try #require(throws: InputError.self) { try DefinitionReader.read(text, file: "d.txt") }
    }

    @Test func unknownFieldIsAnErrorWithItsLine() throws {
        let error = try error(Self.valid + "\ntotl = 5")
        #expect(error.location == SourceLocation(file: "d.txt", line: 17, field: "field 'totl'"))
        #expect(error.problem == "unknown field 'totl'")
        #expect(error.fix.hasPrefix("Use one of: title, year"))
    }

    @Test func bothATotalAndARateIsAnError() throws {
        let error = try error(Self.valid + "\nrate = 135 kr.")
        #expect(error.location?.line == 17)
        #expect(error.problem == "a definition has one of 'total', 'national' or 'rate', but this one has 'total' and 'rate'")
    }

    @Test func fieldsAreCheckedOneByOne() throws {
        #expect(try error(Self.valid + "\ntitle = igen").problem == "field 'title' is set twice (first at line 3)")
        #expect(try error(Self.valid.replacingOccurrences(of: "unit = øre", with: "unit = ører")).problem == "unknown rounding unit 'ører'")
        #expect(try error(Self.valid.replacingOccurrences(of: "rule = split", with: "rule = divide")).problem == "unknown rule 'divide'")
        #expect(try error(Self.valid.replacingOccurrences(of: "year = 2019", with: "year = 19x")).location?.line == 4)
        #expect(try error(Self.valid.replacingOccurrences(of: "23,91 mio. kr.", with: "23.91 mio")).problem.hasPrefix("expected an amount in kroner"))
        #expect(try error(Self.valid.replacingOccurrences(of: "year = 2019\n", with: "")).problem == "definition 'bidrag-2019' has no 'year'")
        #expect(try error("title = x").problem == "field 'title' comes before any definition header")
        #expect(try error("[ok]\njust words").problem == "expected 'field = value' or a header '[id]', found 'just words'")
    }

    @Test(arguments: ["../etc", "a/b", "Stor", "", "a b", "-x", "a\u{0}b"])
    func idsThatAreNotSafeFileNamesAreRejected(id: String) throws {
        let error = try error("[\(id)]\ntitle = x")
        #expect(error.problem == "'\(id)' is not a valid definition id")
    }
}

import Testing
import FordelingCore
@testable import FordelingFormats

@Suite struct MarkdownTests {
    @Test func escapesTableSyntaxInNames() {
        #expect(Markdown.escape("A|B *c* [d](e) <f>") == "A\\|B \\*c\\* \\[d\\](e) \\<f\\>")
    }
}

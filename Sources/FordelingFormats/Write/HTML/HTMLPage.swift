/// The shell of every page of the report: a Danish HTML document with its stylesheet inline (screen and A4 print),
/// a policy that lets it load nothing (no script, font, stylesheet or image from anywhere), a link back to the
/// index, and the version of Fordeling at the foot (on screen; the printed pages state their provenance). It opens from the file system and needs no JavaScript.
enum HTMLPage {
    /// The page's bytes. `index` is the relative link to the index, nil on the index itself and on pages printed to
    /// standard output; the foot says which version of Fordeling wrote it.
    static func document(title: String, index: String?, main: String, version: String) -> [UInt8] {
        let head = [
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            HTML.text("title", [], title),
            HTML.element("style", [], HTMLStyle.css),
        ].joined(separator: "\n")
        let navigation = index.map { HTML.element("nav", [], HTML.link($0, "← " + IndexPresentation.backLink)) + "\n" } ?? ""
        let body = navigation + HTML.element("main", [], main) + "\n" + HTML.text("footer", [], SheetPresentation.computedBy(version))
        return Array(("<!DOCTYPE html>\n" + HTML.element("html", [("lang", "da")], "\n" + HTML.element("head", [], "\n" + head + "\n") + "\n"
                                                         + HTML.element("body", [], "\n" + body + "\n") + "\n") + "\n").utf8)
    }

    /// A section of a page; `page` starts it on a new sheet of paper when printed.
    static func section(_ content: String, id: String? = nil, page: Bool = false, classes: [String] = []) -> String {
        let classes = classes + (page ? ["page"] : [])
        return "\n" + HTML.element("section", (id.map { [("id", $0)] } ?? []) + (classes.isEmpty ? [] : [("class", classes.joined(separator: " "))]), content)
    }

    /// Label and value lines as a description list.
    static func facts(_ lines: [(label: String, value: String)]) -> String {
        HTML.element("dl", [("class", "facts")], lines.map { HTML.text("dt", [], $0.label) + HTML.text("dd", [], $0.value) }.joined())
    }
}

/// HTML text: every text from the inputs or the presentation escaped, elements with escaped attributes, ids that
/// are safe in a fragment.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references, so it is text wherever it stands.
    static func escape(_ text: String) -> String {
        // Most texts have none of them: the text itself, without building a copy scalar by scalar.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// `<tag attributes>content</tag>`: attribute values escaped, `content` HTML already.
    static func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(tag)\(attributeText(attributes))>\(content)</\(tag)>"
    }

    /// An element holding `text`, escaped.
    static func text(_ tag: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
        element(tag, attributes, escape(text))
    }

    /// An element without content: `<rect x="1"/>` (in SVG) or `<meta charset="utf-8">`.
    static func empty(_ tag: String, _ attributes: [(String, String)], closed: Bool = true) -> String {
        "<\(tag)\(attributeText(attributes))\(closed ? "/" : "")>"
    }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// A link to `href` (a file of the report, relative) with `text`.
    static func link(_ href: String, _ text: String, _ attributes: [(String, String)] = []) -> String {
        element("a", [("href", href)] + attributes, escape(text))
    }

    /// A fragment id made of `parts`: lowercase letters, digits and hyphens only.
    static func id(_ parts: String...) -> String {
        var id = ""
        for scalar in parts.joined(separator: "-").lowercased().unicodeScalars {
            let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if ascii { id.unicodeScalars.append(scalar) } else if !id.hasSuffix("-") { id += "-" }
        }
        return id
    }

    /// A list of items, each HTML already.
    static func list(_ items: [String], _ attributes: [(String, String)] = []) -> String {
        element("ul", attributes, items.map { element("li", [], $0) }.joined())
    }
}

extension HTML {
    /// `name` as code, escaped: how the presentation's sentences mark names in the report.
    static func code(_ name: String) -> String { text("code", [], name) }
}

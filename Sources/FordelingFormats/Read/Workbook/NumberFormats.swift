import FordelingCore
import XMLScanner

/// How a workbook's cells show their numbers, from its styles (`xl/styles.xml`): for each cell style, the decimals
/// its number format shows and whether it shows a percentage. Only that is read: the rest of a style (fonts,
/// colours) says nothing about the value, and dates are not expected in these tables (a date is its serial number).
struct NumberFormats {
    /// How a number shows: with at least `decimals` decimals, in percent or not.
    struct Shown: Equatable {
        var decimals: Int
        var percent: Bool

        static let general = Shown(decimals: 0, percent: false)
    }

    /// The most decimals read from a format.
    private static let decimalLimit = 30

    /// The formats Excel has without writing them (ECMA-376 Part 1, §18.8.30) that show decimals or percent.
    private static let builtIn: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 7: "#,##0.00", 8: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        39: "#,##0.00", 40: "#,##0.00", 43: "#,##0.00", 44: "#,##0.00", 48: "##0.0E+0",
    ]

    /// By cell style (`s` of a cell), in order.
    private let byStyle: [Shown]

    static let none = NumberFormats(byStyle: [])

    private init(byStyle: [Shown]) {
        self.byStyle = byStyle
    }

    /// The number formats of the styles part `bytes`, `path` in `file`.
    init(_ bytes: [UInt8], path: String, file: String) throws(InputError) {
        var scanner = PartScanner(bytes, part: path, file: file)
        var custom: [Int: String] = [:]
        var styles: [Shown] = []
        var inCellFormats = false
        while let token = try scanner.next() {
            switch token {
            case .start(let element) where element.name.localName == "numFmt":
                if let id = element.attribute("numFmtId").flatMap({ Int($0.string) }), let code = element.attribute("formatCode") {
                    custom[id] = code.string
                }
            case .start(let element) where element.name.localName == "cellXfs":
                inCellFormats = !element.isEmpty
            case .end(let name) where name.localName == "cellXfs":
                inCellFormats = false
            case .start(let element) where inCellFormats && element.name.localName == "xf":
                let id = element.attribute("numFmtId").flatMap { Int($0.string) } ?? 0
                styles.append((custom[id] ?? Self.builtIn[id]).map(Self.shown) ?? .general)
            default:
                continue
            }
        }
        byStyle = styles
    }

    /// How a cell of style `style` shows its number; a style the workbook does not have shows it as it is.
    func shown(style: Int?) -> Shown {
        guard let style, byStyle.indices.contains(style) else { return .general }
        return byStyle[style]
    }

    /// What a format code shows for a positive number: its first section, without quoted text, escaped characters
    /// and bracketed colours or conditions; its decimals are the digit places after its point. Dates, times, fractions
    /// and exponents show no decimals of the value's own.
    static func shown(_ code: String) -> Shown {
        var section: [Character] = []
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case _ where quoted: continue
            case "\\", "_", "*": escaped = true
            case "[": bracketed = true
            case "]": bracketed = false
            case _ where bracketed: continue
            case ";": return shown(section)
            default: section.append(character)
            }
        }
        return shown(section)
    }

    private static func shown(_ section: [Character]) -> Shown {
        let lowered = section.map { Character($0.lowercased()) }
        if lowered.contains(where: { "dmyhse/".contains($0) }) { return Shown(decimals: 0, percent: false) }
        let percent = section.contains("%")
        guard let point = section.firstIndex(of: ".") else { return Shown(decimals: 0, percent: percent) }
        let decimals = section[(point + 1)...].prefix { "0#?".contains($0) }.count
        return Shown(decimals: min(decimals, decimalLimit), percent: percent)
    }
}

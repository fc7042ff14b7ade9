import Foundation
import Testing
import FordelingCore
import FordelingFormats
import FordelingTestSupport

/// The two paths of `fordel diff` print the same, byte for byte, on random pairs of sheets: decorated cells, points
/// read by evidence, quotes, odd spacing, `#` lines, parties listed twice or in another spelling or order, municipalities
/// by name, spelling or kommunenummer, rows only on one side, total rows, numbers of 38 digits and more, each delimiter
/// and line end; and fail with the same message.
@Suite struct DiffPathsTests {
    /// Party names: plain ASCII and not, municipalities in several spellings and by kommunenummer, names that need quotes
    /// or are neutralised, names alike but for case, spaces or Unicode form.
    private static let parties = ["P1", "p1", "P2", "P 3", "P  3", " P4", "P4\t", "Selskab A/S", "selskab a/s", "Q; A/S", "\"Citat\" A/S", "'-minus", "-minus",
                                  "=SUM(A1)", "København", "københavn", "Københavns Kommune", "KØBENHAVN", "101", "147", "Frederiksberg", "Høje-Taastrup",
                                  "høje taastrup", "Høje Tåstrup", "Ærø", "ærø", "A\u{030A}rhus", "Århus", "\u{212B}rhus", "Greve", "greve", "Greve Kommune",
                                  "Region Sjælland", "Ø-by", "Z", "Zz", "Total AS", "Samlet pulje", "Item 1,5", "x"]
    private static let totals = ["I alt", "i alt", "Total", "Samlet", "I ALT"]
    private static let headings = ["Beløb", "beløb", "Pct.", "Befolkning", "Beløb (1.000 kr.)", "t.kr.", "Årsværk", "Forskel", "Bemærkning"]

    /// A cell in one of the forms a printed sheet has, most of them plain numbers.
    private static func cell(_ random: inout SeededGenerator) -> String {
        let plain = String(Int64.random(in: -5...99_999_999, using: &random))
        switch Int.random(in: 0..<40, using: &random) {
        case 0..<16: return plain.hasPrefix("-") ? "7" : plain
        case 16: return ""
        case 17: return "-"
        case 18: return "\(Int.random(in: 0...999, using: &random)),\(Int.random(in: 0...99, using: &random))"
        case 19: return DanishNumberFormat.string(DecimalValue(units: Int128(Int.random(in: 1_000...99_999_999, using: &random))))
        case 20: return "kr. " + DanishNumberFormat.string(DecimalValue(units: Int128(Int.random(in: 0...9_999_999, using: &random))))
        case 21: return "\(Int.random(in: 0...100, using: &random)),\(Int.random(in: 0...9, using: &random)) %"
        case 22: return "\(Int.random(in: 0...99, using: &random)),5 mio."
        case 23: return "-\(Int.random(in: 1...9_999, using: &random))"
        case 24: return "n/a"
        case 25: return "1.2.3"
        case 26: return String(repeating: "9", count: 19)
        case 27: return "1" + String(repeating: "0", count: 37)
        case 28: return String(repeating: "9", count: 39)
        case 29: return "1.285"
        case 30: return "2.5"
        case 31: return "1014.819"
        case 32: return "'-5"
        case 33: return " \(plain) "
        case 34: return "1 234 567"
        case 35: return "430,-"
        case 36: return "0,825"
        case 37: return "1.445.162,00"
        default: return plain
        }
    }

    /// A field as CSV writes it with `delimiter`: quoted when it holds the delimiter or a quote (and now and then anyway).
    private static func field(_ text: String, delimiter: String, _ random: inout SeededGenerator) -> String {
        guard text.contains(delimiter) || text.contains("\"") || Int.random(in: 0..<30, using: &random) == 0 else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Sheet {
        var headings: [String]
        var rows: [(party: String, code: String?, cells: [String])]
        var total: [String]?
        var hasCodes: Bool
    }

    private static func sheet(_ random: inout SeededGenerator) -> Sheet {
        let hasCodes = Int.random(in: 0..<5, using: &random) == 0
        let headings = Array(Self.headings.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
        let rows = (0..<Int.random(in: 1...14, using: &random)).map { _ in
            (party: parties.randomElement(using: &random) ?? "P1", code: hasCodes ? ["101", "147", "253", "", "999"].randomElement(using: &random) : nil,
             cells: headings.map { _ in cell(&random) })
        }
        let total = Bool.random(using: &random) ? headings.map { _ in cell(&random) } : nil
        return Sheet(headings: headings, rows: rows, total: total, hasCodes: hasCodes)
    }

    /// B made from A: cells changed, rows dropped, added, respelled, moved or listed twice, a heading respelled or a
    /// column added.
    private static func changed(_ a: Sheet, _ random: inout SeededGenerator) -> Sheet {
        var b = a
        for index in b.rows.indices.reversed() {
            switch Int.random(in: 0..<12, using: &random) {
            case 0: b.rows.remove(at: index)
            case 1: b.rows[index].party = parties.randomElement(using: &random) ?? "P1"
            case 2, 3: b.rows[index].cells[Int.random(in: 0..<b.headings.count, using: &random)] = cell(&random)
            case 4: b.rows.insert(b.rows[index], at: Int.random(in: 0...b.rows.count, using: &random))
            case 5: b.rows.swapAt(index, Int.random(in: 0..<b.rows.count, using: &random))
            default: break
            }
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            b.rows.append((party: parties.randomElement(using: &random) ?? "P1", code: b.hasCodes ? "101" : nil, cells: b.headings.map { _ in cell(&random) }))
        }
        if Int.random(in: 0..<6, using: &random) == 0 { b.headings[0] = b.headings[0].uppercased() + " " }
        if Int.random(in: 0..<6, using: &random) == 0 {
            b.headings.append("Ekstra")
            for index in b.rows.indices { b.rows[index].cells.append(cell(&random)) }
            b.total?.append(cell(&random))
        }
        if let total = b.total, Bool.random(using: &random) { b.total = total.map { _ in cell(&random) } }
        return b
    }

    /// The file of `sheet`: a delimiter, line end, BOM, title, `#` lines, blank and comment lines, spacing and trailing
    /// fields chosen at random; now and then a row with a field too many.
    private static func text(_ sheet: Sheet, _ random: inout SeededGenerator) -> String {
        let delimiter = [";", ";", ";", ",", "\t"].randomElement(using: &random) ?? ";"
        let end = ["\n", "\n", "\r\n", "\r"].randomElement(using: &random) ?? "\n"
        let total = Int.random(in: 0..<4, using: &random) == 0 ? "Sum" : totals.randomElement(using: &random) ?? "I alt"
        var lines: [String] = []
        if Int.random(in: 0..<4, using: &random) == 0 { lines.append("Fordeling af noget") }
        if Int.random(in: 0..<4, using: &random) == 0 { lines.append("") }
        if Int.random(in: 0..<3, using: &random) == 0 { lines.append("# kilde: tilfældig") }
        if total == "Sum" { lines.append("# total: Sum") }
        let row = { (party: String, code: String?, cells: [String], random: inout SeededGenerator) -> String in
            var fields = [party] + (sheet.hasCodes ? [code ?? ""] : []) + cells
            if Int.random(in: 0..<8, using: &random) == 0 { fields.append("") }
            if Int.random(in: 0..<300, using: &random) == 0 { fields.append("overskud") }
            if Int.random(in: 0..<10, using: &random) == 0, fields.count > 1 { fields.removeLast() }
            let spaced = Int.random(in: 0..<10, using: &random) == 0 ? " " : ""
            return fields.map { spaced + field($0, delimiter: delimiter, &random) + spaced }.joined(separator: delimiter)
        }
        lines.append(([sheet.hasCodes ? "Kommune" : "Part"] + (sheet.hasCodes ? ["Kommunenr."] : []) + sheet.headings).joined(separator: delimiter))
        if Int.random(in: 0..<8, using: &random) == 0 { lines.append("") }
        for entry in sheet.rows {
            if Int.random(in: 0..<20, using: &random) == 0 { lines.append(["# en bemærkning", " #\u{0301} ikke en bemærkning" + delimiter + "1"].randomElement(using: &random) ?? "#") }
            if Int.random(in: 0..<30, using: &random) == 0 { lines.append(([entry.party] + sheet.headings.map { _ in "-" }).joined(separator: delimiter)) }
            lines.append(row(entry.party, entry.code, entry.cells, &random))
        }
        if let cells = sheet.total { lines.append(row(total, nil, cells, &random)) }
        if Int.random(in: 0..<4, using: &random) == 0 { lines += ["", "Beregnet af nogen", "x;y;z;w;v"] }
        return (Int.random(in: 0..<8, using: &random) == 0 ? "\u{FEFF}" : "") + lines.joined(separator: end) + (Bool.random(using: &random) ? end : "")
    }

    @Test func bothPathsPrintTheSameForRandomSheets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diff-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b) = (folder.appendingPathComponent("a.csv").path, folder.appendingPathComponent("b.csv").path)
        let register = try RegisterReader.read()
        var random = SeededGenerator(seed: 18)
        var (fromBytes, differing, errors) = (0, 0, 0)
        let rounds = 3_000
        for round in 0..<rounds {
            let sheetA = Self.sheet(&random)
            let sheetB = Int.random(in: 0..<10, using: &random) == 0 ? Self.sheet(&random) : Self.changed(sheetA, &random)
            let (textA, textB) = (Self.text(sheetA, &random), Self.text(sheetB, &random))
            try textA.write(toFile: a, atomically: false, encoding: .utf8)
            try textB.write(toFile: b, atomically: false, encoding: .utf8)
            let tolerance = [DecimalValue.zero, .zero, DecimalValue(units: 5, scale: 1), DecimalValue(units: 1000)].randomElement(using: &random) ?? .zero
            let withRegister = Int.random(in: 0..<4, using: &random) > 0 ? register : nil
            let expected = DiffPaths.tables(a, b, tolerance: tolerance, register: withRegister)
            guard let found = DiffPaths.bytes(a, b, tolerance: tolerance, register: withRegister) else { continue }
            fromBytes += 1
            if case .error = found { errors += 1 }
            if case .report(_, _, _, _, false) = found { differing += 1 }
            #expect(found == expected, "round \(round):\nA:\n\(textA)\nB:\n\(textB)\nbytes:\n\(found)\ntables:\n\(expected)")
        }
        // Most pairs are compared from their bytes, most of them differ, and a few are errors.
        #expect(fromBytes > rounds * 3 / 4 && differing > fromBytes / 2 && errors > 10, "\(fromBytes) from bytes, \(differing) differing, \(errors) errors")
    }
}

import Foundation
import Testing
import FordelingFormats
import FordelingTestSupport

/// `fordel split --output FILE.xlsx` writes the figures `--output FILE.csv` writes, in every unit: thousands of
/// kroner, whole quantities and quantities with decimals alike.
@Suite struct SplitWorkbookOutputTests {
    @Test(arguments: [
        ["--total", "23.910.000", "--unit", "1000"],
        ["--total", "23.910.000", "--unit", "kr"],
        ["--total", "620", "--quantity", "pladser", "--decimals", "0"],
        ["--total", "1,5", "--quantity", "årsværk", "--decimals", "3"],
    ])
    func theWorkbookHoldsTheFiguresOfTheCSVFile(options: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = RepositoryPaths.inputs.appendingPathComponent("keys/befolkning-2019.csv").path
        for output in ["bidrag.xlsx", "bidrag.csv"] {
            let split = try Fordel.run(["split", "--key", key, "--output", output] + options, in: folder.url)
            #expect(split.status == 0, "\(split.stderr)")
        }
        // The table, header to total row, as the readers read each file: the same figures in the same places.
        let table = { (text: String) in
            text.split(whereSeparator: \.isNewline).drop { !$0.hasPrefix("Part;") }.prefix { !$0.hasPrefix("I alt;") }.map(String.init)
        }
        let workbook = try TableText.read(try folder.read("bidrag.xlsx"), file: "bidrag.xlsx").text
        let csv = String(decoding: try folder.read("bidrag.csv"), as: UTF8.self)
        #expect(table(csv).count == 18)
        #expect(table(workbook) == table(csv))
        if options.contains("1000") {
            let diff = try Fordel.run(["diff", "bidrag.xlsx", "bidrag.csv"], in: folder.url)
            #expect(diff.stdout.hasSuffix("Ingen forskelle mellem bidrag.xlsx og bidrag.csv (54 celler sammenlignet).\n"), "\(diff.stdout)")
        }
    }
}

extension SplitWorkbookOutputTests {
    @Test func aNameLongerThanAWorkbookCellHoldsIsAnErrorAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("lang.csv", Array("Navn;Vægt\n\(String(repeating: "x", count: 32_768));1\nB;1\n".utf8))
        let split = try Fordel.run(["split", "--total", "100", "--key", "lang.csv", "--output", "lang.xlsx"], in: folder.url)
        #expect(split.status == 2)
        #expect(split.stderr.hasSuffix("/lang.xlsx!split!A4: the text is 32.768 characters, more than the 32.767 a workbook cell holds. "
                + "Shorten it in the input it comes from.\n"), "\(split.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("lang.xlsx").path))
    }
}

import Foundation
import Testing
import FordelingTestSupport

/// `fordel split --quantity NAME --decimals N` splits a quantity (places, årsværk) on both paths, the printed sheet
/// and the streamed CSV alike; a total written with a unit that is not money says how to split it.
@Suite struct SplitQuantityTests {
    static let key = RepositoryPaths.inputs.appendingPathComponent("keys/befolkning-2019.csv").path

    @Test func aQuantityIsSplitInItsOwnUnitOnBothPaths() throws {
        let printed = try Fordel.run(["split", "--total", "620 pladser", "--quantity", "pladser", "--decimals", "0", "--key", Self.key])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("# Fordeling af 620 pladser efter Befolkning 2019 (ØIM)\n"))
        #expect(printed.stdout.contains("\n| Greve | 50.569 | 6,04 | 38 |\n"))
        #expect(printed.stdout.contains("\n- Total: 620 pladser\n- Eksakt total: 620 pladser\n- Sum af rækker: 620 pladser\n"))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.file("pladser.csv").path
        let streamed = try Fordel.run(["split", "--total", "620", "--quantity", "pladser", "--decimals", "0", "--key", Self.key, "--output", output])
        #expect(streamed.stdout.hasPrefix("Fordeling af 620 pladser efter Befolkning 2019 (ØIM): 17 parter → \(output)\n- Total: 620 pladser\n"))
        let csv = String(decoding: try folder.read("pladser.csv"), as: UTF8.self)
        #expect(csv.contains("\r\nGreve;50569;6,04;38\r\n") && csv.contains("\r\nI alt;836657;100,00;620\r\n"))
        let årsværk = try Fordel.run(["split", "--total", "1,5", "--quantity", "årsværk", "--decimals", "3", "--key", Self.key])
        #expect(årsværk.stdout.contains("\n| Greve | 50.569 | 6,04 | 0,091 |\n"))
    }

    @Test func aTotalWithAUnitThatIsNotMoneySaysHowToSplitIt() throws {
        let result = try Fordel.run(["split", "--total", "620 pladser", "--key", Self.key])
        #expect(result.status == 2)
        #expect(result.stderr == "error: --total: '620 pladser' counts pladser, not kroner; to split a quantity, give --quantity pladser (and --decimals, default 2)\nRun 'fordel help split' for its usage.\n")
        let decimals = try Fordel.run(["split", "--total", "1,25", "--quantity", "årsværk", "--decimals", "1", "--key", Self.key])
        #expect(decimals.stderr.hasPrefix("error: --total: '1,25' has more than 1 decimals (or too many digits); give --decimals 2\n"))
        let unit = try Fordel.run(["split", "--total", "5", "--quantity", "årsværk", "--unit", "kr", "--key", Self.key])
        #expect(unit.stderr.hasPrefix("error: --unit rounds money; a quantity is rounded by --decimals\n"))
    }
}

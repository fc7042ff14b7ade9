import Foundation
import FordelingCore
import FordelingFormats
@testable import FordelingStreaming

/// The two paths of `fordel split` in process: the sheet path (a key table, a definition, the sheet calculator
/// and the CSV writer), and the streamed path of `split --output` (`BulkSplit`).
enum SplitPaths {
    /// The CSV the sheet path writes for a split of `total` øre over the key `text`.
    static func sheet(_ text: String, file: String, total: Int128, unit: RoundingUnit, mode: RoundingMode, provenance: Provenance) throws -> [UInt8] {
        let table = try KeyTableReader.read(try CSVReader.read(text, file: file), id: "nøgle", requireProvenance: false)
        let reference = KeyReference.table(id: "nøgle", column: table.columns[0])
        let location = SourceLocation(file: file)
        var definition = try Definition(id: "split", title: "Fordeling efter \(table.columns[0])", year: nil, membership: .init(.everyoneInKey),
                                        allocation: .init(rule: .split(total: total), key: reference, measure: .money(unit), mode: mode),
                                        locations: [.id: location, .key: location])
        definition.columns = [.values(reference), .share(reference)]
        let context = AllocationContext(register: nil, registerFiles: [], keys: ["nøgle": try KeyIndex(table, register: nil, registerFiles: [])])
        return CSVWriter.sheet(try SheetCalculator.calculate(definition, in: context), provenance: provenance)
    }

    /// The CSV the streamed path writes for the same split, through a file at `output`.
    static func streamed(_ text: String, file: String, total: Int128, unit: RoundingUnit, mode: RoundingMode, provenance: Provenance,
                         output: String) throws -> [UInt8] {
        try BulkSplit(keyBytes: Array(text.utf8), file: file, column: nil, total: total, measure: .money(unit), mode: mode) { "Fordeling efter \($0)" }
            .write(to: output, provenance: provenance)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    }
}

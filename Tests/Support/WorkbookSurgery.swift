import Foundation
import ZIPArchive

/// Workbooks changed as a person or another program would change them, for tests.
public enum WorkbookSurgery {
    /// `workbook` with `replacing` applied to its worksheets' XML (a cell typed over), and, if `removingSavedValues`,
    /// every formula's saved value taken out, so that a program that opens it has to calculate.
    public static func changed(_ workbook: [UInt8], replacing: [(String, String)] = [], removingSavedValues: Bool = false) throws -> [UInt8] {
        let reader = try ZIPReader(workbook)
        var writer = ZIPWriter()
        for entry in reader.entries {
            var contents = try reader.read(entry)
            if entry.name.hasPrefix("xl/worksheets/") {
                var xml = String(decoding: contents, as: UTF8.self)
                if removingSavedValues { xml = xml.replacing(#/</f><v>[^<]*</v>/#, with: "</f>") }
                for (old, new) in replacing { xml = xml.replacingOccurrences(of: old, with: new) }
                contents = Array(xml.utf8)
            }
            try writer.add(entry.name, contents, method: .deflated)
        }
        return writer.finish()
    }
}

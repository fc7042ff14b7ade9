import FordelingCore
import FordelingFormats

/// Sheet tables read from files (generated or approved CSV, or workbooks), for `fordel diff`.
public enum SheetFiles {
    /// The files at `paths`, each read on its own thread (a workbook's worksheet named `sheet`, or its first); the
    /// first error in path order is thrown.
    public static func readConcurrently(_ paths: [String], sheet: String? = nil) throws(InputError) -> [SheetTableReader.Result] {
        let results = Parallel.map(paths.count) { index -> Swift.Result<SheetTableReader.Result, InputError> in
            let path = paths[index]
            do throws(InputError) {
                let bytes = try FileReader.bytes(at: path)
                let table = try TableText.read(bytes, file: path, sheet: TableText.isWorkbook(bytes, file: path) ? sheet : nil)
                return .success(try SheetTableReader.read(table.text, file: path, worksheet: table.worksheet))
            } catch {
                return .failure(error)
            }
        }
        return try results.map { (result) throws(InputError) in try result.get() }
    }
}

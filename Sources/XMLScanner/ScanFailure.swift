/// A problem found while scanning, at a byte offset; `XMLScanner` adds the line and column.
struct ScanFailure: Error {
    let problem: XMLError.Problem
    let offset: Int

    init(_ problem: XMLError.Problem, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }
}

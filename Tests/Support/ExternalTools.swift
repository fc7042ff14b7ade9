import Foundation

/// A folder of its own under the system's temporary folder, for files that other programs make or read.
public struct TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fordeling-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: file(name))) }

    public func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: file(name)) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A failed run of another program, with what it printed.
public struct ToolFailure: Error, CustomStringConvertible {
    public let description: String
}

/// Runs other programs: Python (to make archives with its `zipfile` and `zlib`, and workbooks with openpyxl), LibreOffice,
/// and (in BrowserTools.swift) Chromium and pdftotext.
public enum ExternalTools {
    /// LibreOffice's command-line program.
    public static let soffice = "/usr/bin/soffice"

    /// LibreOffice's CSV filter options: commas, double quotes, and UTF-8 (76), which it does not assume.
    private static let csvOptions = "44,34,76"

    /// Converts `file` in `folder` to `format` ("xlsx", "xls", or "csv" in UTF-8) with LibreOffice, beside it. Throws
    /// (failing the test) when LibreOffice is not installed: the tests that call this prove that real
    /// workbooks are read and written, and must not pass without it.
    public static func libreOffice(convert file: String, to format: String, in folder: TemporaryFolder) throws {
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            throw ToolFailure(description: "LibreOffice (\(soffice), Debian package libreoffice-calc-nogui) is required by this test: "
                              + "apt-get install libreoffice-calc-nogui")
        }
        let input = file.hasSuffix(".csv") ? ["--infilter=CSV:\(csvOptions)"] : []
        let output = format == "csv" ? "csv:Text - txt - csv (StarCalc):\(csvOptions)" : format
        try run(soffice, ["--headless"] + input + ["--convert-to", output, "--outdir", folder.url.path, file], in: folder)
    }

    /// The workbook (`format` "xlsx", or "xls" for the old binary format) that LibreOffice makes of the
    /// UTF-8 CSV `csv`, in a folder of its own.
    public static func libreOfficeWorkbook(fromCSV csv: String, format: String = "xlsx") throws -> [UInt8] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("book.csv", Array(csv.utf8))
        try libreOffice(convert: "book.csv", to: format, in: folder)
        return try folder.read("book.\(format)")
    }

    /// LibreOffice's CSV import in Danish: `;` between fields, UTF-8, Danish numbers (`1.445.162`, `0,825`) read as
    /// numbers, other text (`kr. 1.445.162`, `-`) kept as text. (Detecting "special numbers" would make `kr. 31,2` a
    /// number in a currency format of LibreOffice's own locale, shown with two decimals, which is not what was printed.)
    public static let danishCSVImport = "CSV:59,34,76,1,,1030,false,false"
    /// LibreOffice's CSV export of every cell as it shows (numbers in its formats, as LibreOffice's own locale writes
    /// them: `1,445,162.00`), `;` between fields, UTF-8.
    public static let csvAsShown = "csv:Text - txt - csv (StarCalc):59,34,76,1,,1030,false,true,true,false,false"

    /// Converts `files` in `folder` to `output` (a format, or a format with its filter and options) with LibreOffice
    /// in one run, reading CSV with `importFilter` if given. Throws (failing the test) when LibreOffice is not installed.
    public static func libreOffice(convert files: [String], to output: String, in folder: TemporaryFolder, importFilter: String? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            throw ToolFailure(description: "LibreOffice (\(soffice), Debian package libreoffice-calc-nogui) is required by this test: "
                              + "apt-get install libreoffice-calc-nogui")
        }
        let input = importFilter.map { ["--infilter=\($0)"] } ?? []
        try run(soffice, ["--headless"] + input + ["--convert-to", output, "--outdir", folder.url.path] + files, in: folder)
    }

    /// The Python of a virtual environment under `.build/` with openpyxl installed from PyPI (made once), for
    /// workbooks written by another program than Fordeling and LibreOffice.
    public static func pythonWithOpenpyxl() throws -> String {
        let venv = RepositoryPaths.root.appendingPathComponent(".build/test-venv")
        let python = venv.appendingPathComponent("bin/python").path
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        if !FileManager.default.isExecutableFile(atPath: python) {
            try run("/usr/bin/env", ["python3", "-m", "venv", venv.path], in: folder)
        }
        do { try run(python, ["-c", "import openpyxl"], in: folder) } catch { try run(python, ["-m", "pip", "install", "--quiet", "openpyxl"], in: folder) }
        return python
    }

    /// Runs `python -c script` in `folder` with the Python at `python`; throws with its output if it fails.
    public static func python(_ script: String, with python: String, in folder: TemporaryFolder) throws {
        try run(python, ["-c", script], in: folder)
    }

    /// Runs `python3 -c script` in `folder`; throws with its output if it fails.
    public static func python(_ script: String, in folder: TemporaryFolder) throws {
        try run("/usr/bin/env", ["python3", "-c", script], in: folder)
    }

    /// Runs `executable` with `arguments` in `folder`, its own HOME there too (LibreOffice and Chromium write a
    /// profile into it); returns what it wrote to standard output. Throws with its output if it does not exit 0, or
    /// if it runs longer than `timeout` seconds (then it is killed).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: TemporaryFolder, timeout: Double = 300) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder.url.path]) { $1 }
        let output = Pipe()
        // Standard error goes to a file, so that a chatty program cannot fill a pipe nobody reads yet.
        let errorFile = folder.file(".stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else { throw ToolFailure(description: "could not create \(errorFile.path)") }
        let error = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        try? error.close()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        try? FileManager.default.removeItem(at: errorFile)
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                              + String(decoding: printed + errors, as: UTF8.self))
        }
        return printed
    }
}

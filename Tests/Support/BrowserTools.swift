import Foundation

/// The report in a real browser: Chromium (Debian package `chromium`) renders a page's DOM, prints it to PDF and takes
/// screenshots, and `pdftotext` (Debian package `poppler-utils`) reads the PDF. A test that calls these fails when they
/// are not installed (`Tests/Tools/install-test-programs.sh` installs them): it proves what a reader sees, and must not
/// pass without it.
public enum BrowserTools {
    public static let chromium = "/usr/bin/chromium"
    public static let pdftotext = "/usr/bin/pdftotext"

    /// The DOM of the page at `file` after Chromium has loaded and rendered it, serialised.
    public static func renderedDOM(of file: URL) throws -> String {
        String(decoding: try runChromium(["--dump-dom", file.absoluteString]), as: UTF8.self)
    }

    /// Prints the page at `file` to the PDF `pdf` (A4 as its stylesheet asks, without the browser's header and footer).
    public static func printToPDF(_ file: URL, to pdf: URL) throws {
        try runChromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
    }

    /// A screenshot of the page at `file` in a window `width` × `height` pixels, written to `png`.
    public static func screenshot(_ file: URL, to png: URL, width: Int, height: Int) throws {
        try runChromium(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", file.absoluteString])
    }

    /// The text of the PDF `pdf`, as `pdftotext` reads it.
    public static func text(ofPDF pdf: URL) throws -> String {
        try require(pdftotext, package: "poppler-utils")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        return String(decoding: try ExternalTools.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"], in: folder), as: UTF8.self)
    }

    /// Headless Chromium with a profile of its own (several may run at once), as root too (`--no-sandbox`).
    @discardableResult
    private static func runChromium(_ arguments: [String]) throws -> Data {
        try require(chromium, package: "chromium")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        return try ExternalTools.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                                "--user-data-dir=\(folder.file("profile").path)"] + arguments, in: folder, timeout: 120)
    }

    private static func require(_ program: String, package: String) throws {
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw ToolFailure(description: "\(program) (Debian package \(package)) is required by this test: apt-get install \(package), "
                              + "or run Tests/Tools/install-test-programs.sh")
        }
    }
}

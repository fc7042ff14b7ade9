/// The tool version recorded in every sheet.
enum Version {
    static let current = "0.1.0"
}

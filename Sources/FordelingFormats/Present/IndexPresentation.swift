import FordelingCore

/// The index of a batch in Danish (the outputs' README.md and the report's index.html): its title, what it says about
/// the files, and the headings of its tables. `code` marks a name as code (backticks in Markdown).
public enum IndexPresentation {
    public static let title = "Fordeling: ark"

    public static func generated(_ version: String) -> String {
        "Genereret af Fordeling \(version) fra inputmappen."
    }

    public static func doNotEdit(code: (String) -> String) -> String {
        "Filerne må ikke rettes i hånden: ret i \(code("Inputs/")) og kør \(code("make"))."
    }

    public static let sheetHeadings = ["Ark-id", "Titel", "År", "Total", "Status"]
    /// The column of the report's index that gives each sheet's audit.
    public static let auditHeading = "Revision"

    public static let scenariosHeading = "Scenarier"

    public static func scenariosIntroduction(code: (String) -> String) -> String {
        "Hvert scenarie står ved siden af grundforløbet i \(code("scenarios/NAVN/"))."
    }

    public static let scenarioHeadings = ["Scenarie", "Titel", "Ændringer"]
    /// The column of the report's index that gives each scenario's change across its money sheets.
    public static let totalChangeHeading = "Ændring i alt"

    public static let inputsHeading = "Inddata"
    public static let inputHeadings = ["Fil", "SHA-256"]

    /// The report's link back to the index.
    public static let backLink = "Til oversigten"

    /// How to print the report, on its index.
    public static let printing = "Udskriv en side med browserens Udskriv (Ctrl+P) og vælg »Gem som PDF«: hvert ark står på sin egen A4-side "
        + "med tabel, diagrammer og revision, klar som bilag til en dagsorden."
}

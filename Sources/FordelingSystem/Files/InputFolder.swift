import FordelingCore
import FordelingFormats

/// Loads an inputs folder: `registers/kommuner.csv`, `keys/*.csv` and `definitions/*.txt`. Registers, keys and
/// approved sheets may be Excel workbooks (`.xlsx`, their first worksheet) instead of CSV.
public struct InputFolder {
    public let definitions: [Definition]
    public let context: AllocationContext
    public let provenance: Provenance
    /// The approved sheets of `approved/`, each with what reading it found (numbers written oddly).
    public let approved: [(sheet: ApprovedSheet, findings: [Finding])]
    /// The scenarios of `scenarios/`.
    public let scenarios: [Scenario]

    /// What the folder holds, for the batch.
    public var batch: BatchInputs {
        BatchInputs(definitions: definitions, context: context, approved: approved, scenarios: scenarios)
    }

    public static let registerPath = "registers/kommuner.csv"
    public static let organisationsPath = "registers/organisationer.csv"

    public init(path folder: String, toolVersion: String) throws(InputError) {
        var files: [Provenance.InputFile] = []
        func bytes(_ path: String) throws(InputError) -> [UInt8] {
            let bytes = try FileReader.bytes(at: path)
            let relative = path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
            files.append(Provenance.InputFile(path: path, relativePath: relative, sha256: SHA256.hex(bytes)))
            return bytes
        }
        func text(_ path: String) throws(InputError) -> String { try TextDecoding.decode(try bytes(path), file: path) }
        func table(_ path: String) throws(InputError) -> TableText { try TableText.read(try bytes(path), file: path) }
        func document(_ path: String) throws(InputError) -> CSVDocument {
            let table = try table(path)
            return try CSVReader.read(table.text, file: path, worksheet: table.worksheet)
        }

        let registerFile = InputFolder.tableFile(folder + "/" + InputFolder.registerPath)
        let organisationsFile = InputFolder.tableFile(folder + "/" + InputFolder.organisationsPath)
        let hasOrganisations = FileReader.exists(organisationsFile)
        let register = try RegisterReader.read(municipalities: try document(registerFile),
                                               organisations: hasOrganisations ? try document(organisationsFile) : nil)
        let registerFiles = [registerFile] + (hasOrganisations ? [organisationsFile] : [])
        var keys: [String: KeyIndex] = [:]
        var keyFiles: [String: String] = [:]
        for path in try FileReader.files(in: folder + "/keys", suffix: "csv", "xlsx") {
            let name = path.split(separator: "/").last ?? ""
            let id = String(name.dropLast(name.hasSuffix(".xlsx") ? 5 : 4))
            if let other = keyFiles.updateValue(path, forKey: id) {
                throw InputError(SourceLocation(file: path), "the key '\(id)' is given twice, also as \(other)", fix: "Keep one of the two files.")
            }
            try SectionReader.checkID(id, kind: "key", at: SourceLocation(file: path))
            if KeyReference(id) == .equal {
                throw InputError(SourceLocation(file: path), "a key table may not be called '\(id)': that is the built-in key in which every party weighs the same, so definitions could not name this file",
                                 fix: "Rename the file, e.g. to \(id)-vaegt.csv.")
            }
            let table = try KeyTableReader.read(try document(path), id: id, requireProvenance: true)
            keys[id] = try KeyIndex(table, register: register, registerFiles: registerFiles)
        }
        var definitions: [Definition] = []
        for path in try FileReader.files(in: folder + "/definitions", suffix: "txt") {
            definitions += try DefinitionReader.read(try text(path), file: path)
        }
        var approved: [(sheet: ApprovedSheet, findings: [Finding])] = []
        if FileReader.exists(folder + "/approved") {
            for path in try FileReader.files(in: folder + "/approved", suffix: "csv", "xlsx") {
                let table = try table(path)
                approved.append(try ApprovedSheetReader.read(table.text, file: path, worksheet: table.worksheet))
            }
        }
        self.approved = approved
        var scenarios: [Scenario] = []
        if FileReader.exists(folder + "/scenarios") {
            for path in try FileReader.files(in: folder + "/scenarios", suffix: "txt") {
                for scenario in try ScenarioReader.read(try text(path), file: path) {
                    if let first = scenarios.first(where: { $0.name == scenario.name }) {
                        throw InputError(scenario.location, "the scenario '\(scenario.name)' is defined twice (first at \(first.location.map(\.description) ?? "?"))",
                                         fix: "Give every scenario its own name.")
                    }
                    scenarios.append(scenario)
                }
            }
        }
        self.scenarios = scenarios
        guard !definitions.isEmpty else {
            throw InputError(SourceLocation(file: folder + "/definitions"), "no definitions found",
                             fix: "Add a definition file (*.txt) as described in Inputs/README.md.")
        }
        self.definitions = definitions
        self.context = AllocationContext(register: register, registerFiles: registerFiles, keys: keys)
        self.provenance = Provenance(toolVersion: toolVersion, files: files)
    }

    /// The path of the CSV file `path`, or of the workbook beside it when there is one and no CSV file.
    private static func tableFile(_ path: String) -> String {
        let workbook = String(path.dropLast(3)) + "xlsx"
        return !FileReader.exists(path) && FileReader.exists(workbook) ? workbook : path
    }
}

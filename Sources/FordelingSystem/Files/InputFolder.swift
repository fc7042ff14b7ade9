import FordelingCore
import FordelingFormats

/// Loads an inputs folder: `registers/kommuner.csv`, `keys/*.csv`, `indices/*.csv` (PL rates), `prices/*.csv` (price
/// lists, audited like approved sheets too) and `definitions/*.txt`. Registers, keys and approved sheets may be Excel
/// workbooks (`.xlsx`, their first worksheet) instead of CSV.
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

    /// The register of `folder`: the built-in municipalities with those of its `registers/kommuner.csv` (or `.xlsx`) over
    /// them, and its organisations; with the files it read. `document` reads a file as a table.
    static func register(in folder: String, document: (String) throws(InputError) -> CSVDocument) throws(InputError) -> (Register, [String]) {
        let files = [registerPath, organisationsPath].map { tableFile(folder + "/" + $0) }.filter(FileReader.exists)
        func read(_ path: String) throws(InputError) -> CSVDocument? {
            let file = tableFile(folder + "/" + path)
            return files.contains(file) ? try document(file) : nil
        }
        let municipalities = try read(registerPath)
        return (try RegisterReader.read(municipalities: municipalities, organisations: try read(organisationsPath)), files)
    }

    /// The register `fordel diff` and `fordel check` match names with: that of the inputs folder `given`, or of
    /// `Inputs` when none is given and it exists; the built-in one otherwise.
    public static func register(at given: String?) throws(InputError) -> Register {
        guard let folder = try folder(given) else { return try RegisterReader.read() }
        return try register(in: folder) { (file) throws(InputError) in
            let table = try TableText.read(try FileReader.bytes(at: file), file: file)
            return try CSVReader.read(table.text, file: file, worksheet: table.worksheet)
        }.0
    }

    /// The inputs folder `given` (which must exist), or `Inputs` when none is given and it exists; nil otherwise.
    public static func folder(_ given: String?) throws(InputError) -> String? {
        guard let given else { return FileReader.isDirectory("Inputs") ? "Inputs" : nil }
        guard FileReader.isDirectory(given) else { throw missing(given) }
        return given
    }

    private static func missing(_ folder: String) -> InputError {
        InputError(SourceLocation(file: folder), "the inputs folder does not exist", fix: "Check --inputs, or run fordel where Inputs/ is.")
    }

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

        guard FileReader.isDirectory(folder) else { throw InputFolder.missing(folder) }
        let (register, registerFiles) = try InputFolder.register(in: folder, document: document)
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
        var indices: [String: PriceIndex] = [:]
        var priceLists: [String: PriceList] = [:]
        var audited: [(sheet: ApprovedSheet, findings: [Finding])] = []
        for path in FileReader.exists(folder + "/indices") ? try FileReader.files(in: folder + "/indices", suffix: "csv") : [] {
            let id = String((path.split(separator: "/").last ?? "").dropLast(4))
            try SectionReader.checkID(id, kind: "PL table", at: SourceLocation(file: path))
            indices[id] = try PriceIndexReader.read(try CSVReader.read(try text(path), file: path), id: id)
        }
        for path in FileReader.exists(folder + "/prices") ? try FileReader.files(in: folder + "/prices", suffix: "csv") : [] {
            let id = String((path.split(separator: "/").last ?? "").dropLast(4))
            try SectionReader.checkID(id, kind: "price list", at: SourceLocation(file: path))
            let content = try text(path)
            priceLists[id] = try PriceListReader.read(try CSVReader.read(content, file: path), id: id)
            // A price list is a transcription of a printed table too: audited as the approved sheets are.
            audited.append(try ApprovedSheetReader.read(content, file: path))
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
        self.approved = approved + audited
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
        var context = AllocationContext(register: register, registerFiles: registerFiles, keys: keys)
        context.indices = indices
        context.priceLists = priceLists
        self.context = context
        self.provenance = Provenance(toolVersion: toolVersion, files: files)
    }

    /// The path of the CSV file `path`, or of the workbook beside it when there is one and no CSV file.
    private static func tableFile(_ path: String) -> String {
        let workbook = String(path.dropLast(3)) + "xlsx"
        return !FileReader.exists(path) && FileReader.exists(workbook) ? workbook : path
    }
}

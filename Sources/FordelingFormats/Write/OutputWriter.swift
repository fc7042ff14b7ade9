import FordelingCore

/// What a run writes: its sheets, and either the whole batch (then also the index, the audit and every scenario)
/// or just some sheets (`--only`) or one scenario (`--scenario`).
public struct BatchOutput: Sendable {
    public let sheets: [Sheet]
    /// The audit of the approved sheets: with the index, written by a run of the whole batch only.
    public let audit: [AuditEntry]?
    public let scenarios: [ScenarioResult]
    public let provenance: Provenance

    /// The whole batch.
    public init(_ result: BatchResult, provenance: Provenance) {
        self.init(sheets: result.sheets, audit: result.audit, scenarios: result.scenarios, provenance: provenance)
    }

    /// Part of a batch: some sheets, or one scenario, without the index and the audit.
    public init(sheets: [Sheet] = [], scenarios: [ScenarioResult] = [], provenance: Provenance) {
        self.init(sheets: sheets, audit: nil, scenarios: scenarios, provenance: provenance)
    }

    private init(sheets: [Sheet], audit: [AuditEntry]?, scenarios: [ScenarioResult], provenance: Provenance) {
        self.sheets = sheets
        self.audit = audit
        self.scenarios = scenarios
        self.provenance = provenance
    }

    /// Whether this is the whole batch, which writes the index and the audit.
    public var isWholeBatch: Bool { audit != nil }
}

/// A file of the outputs folder: its path within the folder, and its bytes.
public struct WrittenFile: Sendable, Equatable {
    public let name: String
    public let bytes: [UInt8]

    public init(_ name: String, _ bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(_ name: String, text: String) {
        self.init(name, Array(text.utf8))
    }
}

/// One output format: the files it writes for a run, from the typed results through the presentation.
public protocol OutputWriter: Sendable {
    /// The extensions of the files it writes (`csv`), by which an outputs folder's files are known as Fordeling's.
    var fileExtensions: [String] { get }
    func files(for output: BatchOutput) -> [WrittenFile]
}

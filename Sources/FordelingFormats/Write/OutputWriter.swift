import FordelingCore

/// What a run writes: its sheets, and either the whole batch (then also the index, the audit and every scenario)
/// or just some sheets (`--only`) or one scenario (`--scenario`).
public struct BatchOutput: Sendable {
    public let sheets: [Sheet]
    /// The audit of the approved sheets: with the index, written by a run of the whole batch only.
    public let audit: [AuditEntry]?
    /// The audit of the approved sheets linked to `sheets` (with the whole batch, of every approved sheet), for writers
    /// that show a sheet with its audit.
    public let audited: [AuditEntry]
    public let scenarios: [ScenarioResult]
    public let provenance: Provenance

    /// The whole batch.
    public init(_ result: BatchResult, provenance: Provenance) {
        self.init(sheets: result.sheets, audit: result.audit, audited: result.audit, scenarios: result.scenarios, provenance: provenance)
    }

    /// Part of a batch: some sheets (with the audit of their approved sheets), or one scenario, without the index and
    /// the audit.
    public init(sheets: [Sheet] = [], audited: [AuditEntry] = [], scenarios: [ScenarioResult] = [], provenance: Provenance) {
        self.init(sheets: sheets, audit: nil, audited: audited, scenarios: scenarios, provenance: provenance)
    }

    private init(sheets: [Sheet], audit: [AuditEntry]?, audited: [AuditEntry], scenarios: [ScenarioResult], provenance: Provenance) {
        self.sheets = sheets
        self.audit = audit
        self.audited = audited
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
    func files(for output: BatchOutput) throws(UnwritableOutput) -> [WrittenFile]
}

/// Why a file cannot be written in its format (a text longer than a workbook cell holds): where, what, and how to
/// fix it, in one sentence for the user.
public struct UnwritableOutput: Error, CustomStringConvertible {
    public let description: String

    init(_ location: SourceLocation, _ what: String, fix: String) {
        description = "\(location): \(what). \(fix)"
    }
}

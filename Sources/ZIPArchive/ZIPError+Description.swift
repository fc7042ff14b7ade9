extension ZIPError: CustomStringConvertible {
    /// What is wrong and how to fix it, in English, for the person who chose the file. Entry names are
    /// quoted with at most 40 characters.
    public var description: String {
        let again = "Save it again from Excel (or the program that made it)."
        switch self {
        case .empty:
            return "The file is empty, not a workbook (.xlsx, a ZIP archive). Choose the workbook itself."
        case .notZIP:
            return "The file is not a ZIP archive, which an .xlsx workbook is. Save it from Excel as an Excel workbook (.xlsx)."
        case .compoundFile:
            return "The file is an old Excel workbook (.xls) or a password-protected workbook, which cannot be read. "
                + "Save it from Excel as an Excel workbook (.xlsx) without a password."
        case .truncated(let offset):
            return "The file is damaged: it ends early (at byte \(offset)), perhaps cut off in a download or a copy. \(again)"
        case .badSignature(let offset, let record):
            return "The file is damaged: there is no \(record.rawValue) at byte \(offset), where the ZIP directory says one is. \(again)"
        case .inconsistentDirectory(let offset):
            return "The file is damaged: its ZIP directory and the record at byte \(offset) contradict each other. \(again)"
        case .multipleDisks:
            return "The file is one part of a ZIP archive split into several files, which is not supported. "
                + "Join the parts into one archive, or save the workbook again from Excel."
        case .zip64(let offset):
            return "The file uses ZIP64 extensions (at byte \(offset)), made for archives of 4 GiB or more, which are not supported. \(again)"
        case .tooManyEntries(let count, let limit):
            return "The file holds \(count) parts, more than the \(limit) a workbook may have here. Check that it is the right file."
        case .headerMismatch(let entry, let field):
            return "The file is damaged: the part \(quoted(entry)) has two different \(field)s in its two headers. \(again)"
        case .overlappingEntries(let first, let second):
            return "The file is damaged or hostile: the parts \(quoted(first)) and \(quoted(second)) share the same bytes. \(again)"
        case .badName(let name, let problem):
            return "The file holds a part named \(quoted(name)), which is refused because \(problem.rawValue). \(again)"
        case .duplicateName(let name):
            return "The file is damaged: it holds two parts named \(quoted(name)). \(again)"
        case .encrypted(let entry):
            return "The part \(quoted(entry)) of the file is encrypted. Save the workbook again without a password."
        case .unsupportedMethod(let entry, let method):
            return "The part \(quoted(entry)) of the file is compressed by method \(method); only stored (0) and deflated (8) are supported. \(again)"
        case .crcMismatch(let entry, let expected, let actual):
            return "The file is damaged: the part \(quoted(entry)) has checksum \(hex(actual)), not \(hex(expected)) as recorded. \(again)"
        case .sizeMismatch(let entry, let declared):
            return "The file is damaged: the part \(quoted(entry)) does not hold the \(declared) bytes its header declares. \(again)"
        case .tooLarge(let total, let limit):
            return "The file expands to \(total) bytes, more than the \(limit) allowed. Split the workbook, or check that it is the right file."
        case .ratioTooHigh(let entry, let compressed, let uncompressed, let limit):
            return "The part \(quoted(entry)) expands from \(compressed) to \(uncompressed) bytes, more than \(limit) times, "
                + "as only a ZIP bomb does. Check where the file came from; \(again.lowercasedFirst)"
        case .noSuchEntry(let name):
            return "The file has no part named \(quoted(name)). Check that it is a workbook (.xlsx) saved by Excel."
        case .damagedEntry(let entry, let problem):
            return "The file is damaged: the compressed part \(quoted(entry)) is unreadable (\(problem.streamProblem)). \(again)"
        case .badBlockType, .storedLengthMismatch, .badCodeLengths, .badCode, .distanceTooFar, .endedEarly, .outputLimit, .trailingData:
            return "The compressed data is damaged: \(streamProblem)."
        case .tooLargeToWrite(let entry):
            return "The part \(quoted(entry)) would make the archive 4 GiB or larger (or hold more than 65 535 parts), which needs ZIP64, "
                + "which is not supported. Write less data."
        }
    }

    /// A DEFLATE problem, as a clause.
    private var streamProblem: String {
        switch self {
        case .badBlockType(let offset): return "a block of unknown type at byte \(offset)"
        case .storedLengthMismatch(let offset): return "a stored block whose length is contradicted at byte \(offset)"
        case .badCodeLengths(let offset): return "a Huffman code that is not one at byte \(offset)"
        case .badCode(let offset): return "an invalid code at byte \(offset)"
        case .distanceTooFar(let offset): return "a reference before the start of the data at byte \(offset)"
        case .endedEarly(let offset): return "it ends early, at byte \(offset)"
        case .outputLimit(let limit): return "it expands to more than \(limit) bytes"
        case .trailingData(let offset): return "unexpected bytes after its end, at byte \(offset)"
        default: return description
        }
    }

    private func quoted(_ name: String) -> String {
        "'" + (name.count <= 40 ? name : String(name.prefix(40)) + "…") + "'"
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

extension String {
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

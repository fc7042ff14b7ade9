import XMLScanner
import ZIPArchive

// The fuzz targets of the byte-level foundations of .xlsx workbooks: DEFLATE, ZIP and XML, fed arbitrary
// bytes. Errors are expected and ignored; a trap is a bug, and so is a broken round trip (checked with
// `precondition`, so that the fuzzer reports it).

/// Limits small enough that every input is quick, so the fuzzer tries many.
private let outputLimit = 1 << 20

/// DEFLATE streams: whatever decompresses must survive a round trip through a deflated ZIP entry.
public func fuzzInflate(_ bytes: [UInt8]) {
    guard let contents = try? Inflater.inflate(bytes, limit: outputLimit) else { return }
    precondition(roundTrip([("fuzz", contents)]) == [contents], "a deflated entry of \(contents.count) bytes does not read back")
}

/// ZIP archives: every entry is read; the entries that read must survive a round trip through ZIPWriter.
public func fuzzZIP(_ bytes: [UInt8]) {
    do {
        let reader = try ZIPReader(bytes, limits: ZIPReader.Limits(totalSize: outputLimit, ratio: 1_100, entryCount: 100))
        let entries = reader.entries.compactMap { entry in (try? reader.read(entry)).map { (entry.name, $0) } }
        precondition(roundTrip(entries) == entries.map(\.1), "the entries read do not read back after writing")
    } catch {
        _ = error.description
    }
}

/// XML documents: every token, its text, and the error's description.
public func fuzzXML(_ bytes: [UInt8]) {
    var scanner = XMLScanner(bytes, limits: XMLScanner.Limits(depth: 64, attributes: 64))
    do {
        while let token = try scanner.next() {
            switch token {
            case .start(let element):
                _ = element.attributes.map { ($0.name.prefix, $0.name.localName, $0.value.string) }
                _ = element.attribute("r")
            case .end(let name): _ = name.string
            case .text(let text): _ = text.string
            }
            _ = scanner.lineAndColumn(at: scanner.tokenOffset)
        }
    } catch {
        _ = error.description
    }
}

/// The contents of `entries` written into a ZIP (deflated where that is smaller) and read back.
private func roundTrip(_ entries: [(String, [UInt8])]) -> [[UInt8]]? {
    var writer = ZIPWriter()
    for (name, contents) in entries { try? writer.add(name, contents, method: .deflated) }
    guard let reader = try? ZIPReader(writer.finish(), limits: ZIPReader.Limits(totalSize: .max, ratio: .max)) else { return nil }
    return try? reader.entries.map { try reader.read($0) }
}

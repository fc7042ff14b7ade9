import Foundation
import FordelingCore
import FordelingFormats

/// The key each row of a sheet is aligned by, as `SheetDiff.key` gives it (its party's id in the register, else its
/// normalised label), held as a hash and where its bytes are: a label that `isPlainASCIIName` and the register does not
/// know is its own key, lowercased, read from the text as it is compared; any other key (a party's id, a label that
/// needs Unicode's rules) is spelled out in NFC, so that keys are equal exactly when their bytes are.
extension SheetColumns {
    /// In `Row.key`: a row without a number, or a party's second row; it is not aligned.
    static let unaligned: UInt32 = .max
    /// In `Row.key` as read: a row whose key needs the rules of strings (its kommunenummer is given, or its label is not
    /// a plain ASCII name).
    private static let unresolved: UInt32 = .max - 1
    /// In `Row.key`: the high bit of a spelled key, its index among the spelled keys below it. A label's key is its
    /// offset in its line (the high bits, below 2^25) and its length (the low six bits).
    private static let spelledBit: UInt32 = 1 << 31

    /// The key of a row with a number as it is read, and its hash: the place of its label, when that is a plain ASCII
    /// name (`plainName`) and no kommunenummer is `given`; else `unresolved`.
    @inline(__always)
    static func key(_ plainName: Range<Int>?, given: Bool, lineStart: Int, in text: UnsafeBufferPointer<UInt8>) -> (key: UInt32, hash: UInt32) {
        guard !given, let range = plainName, range.lowerBound - lineStart < 1 << 25 else { return (unresolved, 0) }
        return (UInt32(range.lowerBound - lineStart) << 6 | UInt32(range.count), KeyBuckets.hash(UnsafeBufferPointer(rebasing: text[range]), lowercased: true))
    }

    /// Gives each row its key as `SheetDiff.key` does, through `register` (whose ASCII names are `names`): a label the
    /// register knows, or a row the read left unresolved, is spelled out. Then finds the parties listed twice, takes
    /// their second rows out of the alignment, and returns them, each with its first row.
    mutating func resolveKeys(register: Register?, names: RegisterNames) -> [(first: Int, second: Int)] {
        var partyKeys: [String: (key: UInt32, hash: UInt32)] = [:]
        for index in rows.indices where rows[index].key != SheetColumns.unaligned {
            let key: String
            if rows[index].key == SheetColumns.unresolved {
                let row = row(index, values: false)
                key = SheetDiff.key(label: row.label, code: row.code, register: register)
            } else if names.mayHave(rows[index].hash),
                      let party = text.withUnsafeBufferPointer({ names.party(SheetColumns.label(of: rows[index], in: $0), hash: rows[index].hash) }) {
                if partyKeys[party] == nil { partyKeys[party] = spell(party) }
                (rows[index].key, rows[index].hash) = partyKeys[party] ?? (SheetColumns.unaligned, 0)
                continue
            } else {
                continue
            }
            (rows[index].key, rows[index].hash) = spell(key)
        }
        let repeats = withKeys { keys in
            KeyBuckets(count: keys.rows.count, bits: KeyBuckets.bits(for: keys.rows.count)) { keys.rows[$0].key == SheetColumns.unaligned ? nil : keys.rows[$0].hash }
                .repeats { keys.same($0, keys, $1) }
        }
        for (_, second) in repeats { rows[second].key = SheetColumns.unaligned }
        return repeats
    }

    /// A key spelled out, in NFC: its key and its hash.
    private mutating func spell(_ key: String) -> (key: UInt32, hash: UInt32) {
        let form = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
        let start = spelled.count
        spelled += form.utf8
        spelledStarts.append(UInt32(spelled.count))
        return (UInt32(spelledStarts.count - 2) | SheetColumns.spelledBit, spelled.withUnsafeBufferPointer { KeyBuckets.hash(UnsafeBufferPointer(rebasing: $0[start...])) })
    }

    /// The bytes of a row's label, as its key (not spelled) has them.
    private static func label(of row: Row, in text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = Int(row.lineStart) + Int(row.key >> 6)
        return UnsafeBufferPointer(rebasing: text[start..<start + Int(row.key & 63)])
    }

    /// `body` with the rows' keys as they are compared.
    func withKeys<Result>(_ body: (Keys) -> Result) -> Result {
        rows.withUnsafeBufferPointer { rows in
            text.withUnsafeBufferPointer { text in
                spelled.withUnsafeBufferPointer { spelled in
                    spelledStarts.withUnsafeBufferPointer { spelledStarts in
                        body(Keys(rows: rows, text: text, spelled: spelled, spelledStarts: spelledStarts))
                    }
                }
            }
        }
    }

    /// The keys of a sheet's rows as they are compared, through pointers valid in `withKeys`'s body.
    struct Keys {
        let rows: UnsafeBufferPointer<Row>
        let text: UnsafeBufferPointer<UInt8>
        let spelled: UnsafeBufferPointer<UInt8>
        let spelledStarts: UnsafeBufferPointer<UInt32>

        /// Whether row `row` is aligned.
        @inline(__always)
        func isAligned(_ row: Int) -> Bool { rows[row].key != SheetColumns.unaligned }

        /// The bytes of row `row`'s key (of an aligned row), and whether they are to be read lowercased.
        @inline(__always)
        func key(_ row: Int) -> (bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) {
            let key = rows[row].key
            guard key & SheetColumns.spelledBit != 0 else { return (SheetColumns.label(of: rows[row], in: text), true) }
            let index = Int(key & ~SheetColumns.spelledBit)
            return (UnsafeBufferPointer(rebasing: spelled[Int(spelledStarts[index])..<Int(spelledStarts[index + 1])]), false)
        }

        /// Whether row `x` here and row `y` of `other` (both aligned) have the same key.
        @inline(__always)
        func same(_ x: Int, _ other: Keys, _ y: Int) -> Bool {
            guard rows[x].hash == other.rows[y].hash else { return false }
            let (a, b) = (key(x), other.key(y))
            guard a.bytes.count == b.bytes.count else { return false }
            // Keys written alike are the same; otherwise, compared byte by byte, lowercased as each is read.
            if a.lowercased == b.lowercased, let x = a.bytes.baseAddress, let y = b.bytes.baseAddress, memcmp(x, y, a.bytes.count) == 0 { return true }
            for index in 0..<a.bytes.count where RegisterNames.lowercased(a.bytes[index], a.lowercased) != RegisterNames.lowercased(b.bytes[index], b.lowercased) {
                return false
            }
            return true
        }
    }
}

/// The register's names (normalised) that are ASCII, with their parties' ids: a label that `isPlainASCIIName` is looked
/// up here, lowercased, without making a string. No other name of the register can equal such a label.
struct RegisterNames {
    private var hashes: [UInt32] = []
    private var names: [[UInt8]] = []
    private var ids: [String] = []
    /// Open addressing on the hash: indices in `names`, -1 for none.
    private var slots: [Int32]

    init(_ register: Register?) {
        for (name, party) in register?.partiesByName ?? [:] where name.utf8.allSatisfy({ $0 < 0x80 }) {
            names.append(Array(name.utf8))
            hashes.append(names[names.count - 1].withUnsafeBufferPointer { KeyBuckets.hash($0) })
            ids.append(party.id)
        }
        var size = 16
        while size < names.count * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// Whether a name with hash `hash` may be here (without looking at its bytes).
    @inline(__always)
    func mayHave(_ hash: UInt32) -> Bool {
        slots[Int(hash) & (slots.count - 1)] >= 0
    }

    /// The id of the party whose normalised name is `label` lowercased (ASCII), whose hash is `hash`.
    func party(_ label: UnsafeBufferPointer<UInt8>, hash: UInt32) -> String? {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash && names[index].count == label.count && zip(names[index], label).allSatisfy({ $0 == RegisterNames.lowercased($1, true) }) {
                return ids[index]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// An ASCII byte, lowercased when `lowercased`.
    @inline(__always)
    static func lowercased(_ byte: UInt8, _ lowercased: Bool) -> UInt8 {
        lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

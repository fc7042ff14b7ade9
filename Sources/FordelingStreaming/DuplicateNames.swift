import FordelingFormats
import FordelingSystem

/// Finds a party listed twice in a key of any size: names hashed on every core, then compared in buckets by hash
/// (`KeyBuckets`).
enum DuplicateNames {
    /// The first row whose name an earlier row has, and that earlier row; nil when every name is distinct.
    static func first(in key: KeyColumns) -> (first: Int, second: Int)? {
        let pieces = Parallel.bounds(of: key.count, pieces: 16)
        return key.text.withUnsafeBufferPointer { text in
            key.rows.withUnsafeBufferPointer { rows in
                let hashes = Parallel.array(pieces) { (piece, base: UnsafeMutablePointer<UInt32>) in
                    for row in pieces[piece]..<pieces[piece + 1] {
                        base[row] = KeyBuckets.hash(UnsafeBufferPointer(rebasing: text[rows[row].nameRange]))
                    }
                }.array
                let name = { (row: Int) in UnsafeBufferPointer(rebasing: text[rows[row].nameRange]) }
                let buckets = hashes.withUnsafeBufferPointer { hashes in KeyBuckets(count: hashes.count, bits: KeyBuckets.bits(for: hashes.count)) { hashes[$0] } }
                return buckets.repeats { name($0).elementsEqual(name($1)) }.first
            }
        }
    }
}

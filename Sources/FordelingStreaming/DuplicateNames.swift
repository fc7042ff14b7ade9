import FordelingFormats
import FordelingSystem

/// Finds a party listed twice in a key of any size: names hashed on every core, sorted into buckets by hash and compared
/// there (`KeyBuckets`).
enum DuplicateNames {
    /// The first row whose name an earlier row has, and that earlier row; nil when every name is distinct. Hands on in
    /// `spare` the memory the buckets took, a word a row, for the caller's next array of as many words
    /// (`KeyBuckets.words`).
    static func first(in key: KeyColumns, spare: inout [UInt64]) -> (first: Int, second: Int)? {
        let (pair, words) = key.text.withUnsafeBufferPointer { text in
            key.rows.withUnsafeBufferPointer { rows in
                let name = { (row: Int) in UnsafeBufferPointer(rebasing: text[rows[row].nameRange]) }
                // Each name is hashed where the buckets ask for it (twice) rather than kept: memory not touched.
                let buckets = KeyBuckets(count: rows.count, bits: KeyBuckets.bits(for: rows.count)) { KeyBuckets.hash(name($0)) }
                return (buckets.repeats { name($0).elementsEqual(name($1)) }.first, buckets.words)
            }
        }
        spare = words
        return pair
    }
}

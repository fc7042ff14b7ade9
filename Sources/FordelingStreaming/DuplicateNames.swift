import FordelingFormats
import FordelingSystem
/// Finds a party listed twice in a key of any size. Names are hashed on every core and sorted by hash into
/// buckets small enough to stay in the cache; each bucket is then checked with a table of its own, so the
/// check never waits on memory the way one table of every name does.
enum DuplicateNames {
    /// A name's hash and its row, as sorted into buckets.
    private struct Entry {
        var hash: UInt32
        var row: UInt32
    }

    /// The first row whose name an earlier row has, and that earlier row; nil when every name is distinct.
    static func first(in key: KeyColumns) -> (first: Int, second: Int)? {
        let count = key.count
        let pieces = Parallel.bounds(of: count, pieces: 16)
        let bucketBits = max(0, min(12, Int.bitWidth - (count >> 11).leadingZeroBitCount))  // about 2.000 names a bucket
        let bucketCount = 1 << bucketBits
        let bucket = { (hash: UInt32) in bucketBits == 0 ? 0 : Int(truncatingIfNeeded: hash >> UInt32(32 - bucketBits)) }
        return key.text.withUnsafeBufferPointer { text in
            key.rows.withUnsafeBufferPointer { rows in
                let hashes = Parallel.array(pieces) { (piece, base: UnsafeMutablePointer<UInt32>) in
                    for row in pieces[piece]..<pieces[piece + 1] {
                        base[row] = hash(text.baseAddress! + Int(rows[row].nameStart), count: rows[row].nameCount)
                    }
                }.array
                // Each piece's entries go to its own places in each bucket, so a bucket lists its rows in file order.
                let tallies = Parallel.map(pieces.count - 1) { piece in
                    var tally = [Int](repeating: 0, count: bucketCount)
                    for row in pieces[piece]..<pieces[piece + 1] { tally[bucket(hashes[row])] += 1 }
                    return tally
                }
                var starts = tallies
                var bucketStarts = [0]
                for index in 0..<bucketCount {
                    var next = bucketStarts[index]
                    for piece in tallies.indices {
                        starts[piece][index] = next
                        next += tallies[piece][index]
                    }
                    bucketStarts.append(next)
                }
                let entries = Parallel.array(pieces) { (piece, base: UnsafeMutablePointer<Entry>) in
                    var cursor = starts[piece]
                    for row in pieces[piece]..<pieces[piece + 1] {
                        let hash = hashes[row]
                        base[cursor[bucket(hash)]] = Entry(hash: hash, row: UInt32(row))
                        cursor[bucket(hash)] += 1
                    }
                }.array
                let groups = Parallel.bounds(of: bucketCount, pieces: 16)
                let found = entries.withUnsafeBufferPointer { entries in
                    Parallel.map(groups.count - 1) { group in
                        (groups[group]..<groups[group + 1]).compactMap { index in
                            firstRepeat(in: UnsafeBufferPointer(rebasing: entries[bucketStarts[index]..<bucketStarts[index + 1]]), text: text, rows: rows)
                        }.min { $0.second < $1.second }
                    }
                }
                return found.compactMap { $0 }.min { $0.second < $1.second }
            }
        }
    }

    /// The first entry whose name an earlier entry of the same bucket has, by open addressing on the hash.
    private static func firstRepeat(in entries: UnsafeBufferPointer<Entry>, text: UnsafeBufferPointer<UInt8>,
                                    rows: UnsafeBufferPointer<KeyColumns.Row>) -> (first: Int, second: Int)? {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        let name = { (row: UInt32) in
            UnsafeBufferPointer(rebasing: text[rows[Int(row)].nameRange])
        }
        for (position, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 {
                let other = entries[Int(slots[slot])]
                if other.hash == entry.hash && name(other.row).elementsEqual(name(entry.row)) { return (Int(other.row), Int(entry.row)) }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(position)
        }
        return nil
    }

    /// A 32-bit hash of a name, eight bytes at a time: the top bits choose its bucket, the bottom its slot.
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        let raw = UnsafeRawPointer(bytes)
        while offset + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        if offset < count {
            var last: UInt64 = 0
            for index in offset..<count { last |= UInt64(bytes[index]) << UInt64(8 * (index - offset)) }
            hash = (hash ^ last) &* 0xBF58_476D_1CE4_E5B9
        }
        // Mixing so that the high bits (the bucket) and the low bits (the slot) both depend on every byte.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash)
    }
}

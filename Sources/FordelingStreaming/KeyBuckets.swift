import FordelingSystem

/// Rows sorted into buckets by a 32-bit hash of their key, each bucket small enough (about 2.000 rows) to be searched
/// in the cache with a table of its own. Rows are sorted and buckets searched on every core, so finding equal keys
/// among millions of rows never waits on memory the way one table of every key does. The keys are the caller's: it
/// hashes them (`hash` serves names as bytes) and says whether two are the same.
struct KeyBuckets {
    /// A key's hash and its row, as sorted into buckets.
    private struct Entry {
        var hash: UInt32
        var row: UInt32
    }

    /// The entries, in memory that outlives the buckets: `words` hands it on, so that a caller's next array of as
    /// many words need not be fresh memory the system zeroes.
    let words: [UInt64]
    /// Where each bucket's entries start in `entries`, and where the last one's end.
    private let starts: [Int]
    let bits: Int

    /// Bits of the hash that choose a bucket, for `count` rows: about 2.000 rows a bucket, at most 4.096 buckets.
    static func bits(for count: Int) -> Int {
        max(0, min(12, Int.bitWidth - (count >> 11).leadingZeroBitCount))
    }

    /// The rows `0..<count` that `hash` gives a hash, in buckets chosen by its top `bits` bits; each bucket lists its
    /// rows in their order.
    @inline(__always)
    init(count: Int, bits: Int, hash: (Int) -> UInt32?) {
        let pieces = Parallel.bounds(of: count, pieces: 16)
        let bucketCount = 1 << bits
        let bucket = { (hash: UInt32) in bits == 0 ? 0 : Int(truncatingIfNeeded: hash >> UInt32(32 - bits)) }
        // Each piece's entries go to its own places in each bucket, so a bucket lists its rows in order.
        let tallies = Parallel.map(pieces.count - 1) { piece in
            var tally = [Int](repeating: 0, count: bucketCount)
            for row in pieces[piece]..<pieces[piece + 1] { if let hash = hash(row) { tally[bucket(hash)] += 1 } }
            return tally
        }
        var cursors = tallies
        var starts = [0]
        for index in 0..<bucketCount {
            var next = starts[index]
            for piece in tallies.indices {
                cursors[piece][index] = next
                next += tallies[piece][index]
            }
            starts.append(next)
        }
        words = [UInt64](hugeUninitializedCapacity: starts[bucketCount]) { words, initialized in
            words.withMemoryRebound(to: Entry.self) { buffer in
                guard let base = buffer.baseAddress else { return }
                _ = Parallel.map(pieces.count - 1) { piece in
                    var cursor = cursors[piece]
                    for row in pieces[piece]..<pieces[piece + 1] {
                        guard let hash = hash(row) else { continue }
                        base[cursor[bucket(hash)]] = Entry(hash: hash, row: UInt32(row))
                        cursor[bucket(hash)] += 1
                    }
                }
            }
            initialized = words.count
        }
        self.starts = starts
        self.bits = bits
    }

    /// Every row whose key an earlier row has, with the first row of that key; in the order of the repeated rows.
    func repeats(same: (Int, Int) -> Bool) -> [(first: Int, second: Int)] {
        return search { entries, found in
            var table = Table(capacity: entries.count)
            for (position, entry) in entries.enumerated() {
                if let first = table.find(entry, in: entries, same: same) { found.append((Int(entries[first].row), Int(entry.row))) }
                else { table.insert(entry, at: position) }
            }
        }.sorted { $0.second < $1.second }
    }

    /// Each row of `probes` (bucketed by as many bits) whose key a row here has, with that row; the keys here are
    /// distinct. In the order of the buckets.
    func matches(of probes: KeyBuckets, same: (_ probe: Int, _ row: Int) -> Bool) -> [(probe: Int, row: Int)] {
        probes.withEntries { probing in
            search { entries, bucket, found in
                let probed = UnsafeBufferPointer(rebasing: probing[probes.starts[bucket]..<probes.starts[bucket + 1]])
                guard !probed.isEmpty else { return }
                var table = Table(capacity: entries.count)
                for (position, entry) in entries.enumerated() { table.insert(entry, at: position) }
                for probe in probed {
                    if let row = table.find(probe, in: entries, same: { same($1, $0) }) { found.append((Int(probe.row), Int(entries[row].row))) }
                }
            }
        }
    }

    /// `body` for each bucket's entries on every core, gathering what it finds.
    private func search<Found>(_ body: (UnsafeBufferPointer<Entry>, inout [Found]) -> Void) -> [Found] {
        search { entries, _, found in body(entries, &found) }
    }

    private func search<Found>(_ body: (UnsafeBufferPointer<Entry>, Int, inout [Found]) -> Void) -> [Found] {
        let groups = Parallel.bounds(of: starts.count - 1, pieces: 16)
        return withEntries { entries in
            Parallel.map(groups.count - 1) { group in
                var found: [Found] = []
                for bucket in groups[group]..<groups[group + 1] {
                    body(UnsafeBufferPointer(rebasing: entries[starts[bucket]..<starts[bucket + 1]]), bucket, &found)
                }
                return found
            }
        }.flatMap { $0 }
    }

    /// The entries, as `words` holds them.
    private func withEntries<Result>(_ body: (UnsafeBufferPointer<Entry>) -> Result) -> Result {
        words.withUnsafeBufferPointer { $0.withMemoryRebound(to: Entry.self, body) }
    }

    /// Open addressing on the hash over the entries of one bucket: the slots hold positions in the bucket.
    private struct Table {
        private var slots: [Int32]
        private let mask: Int

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = [Int32](repeating: -1, count: size)
            mask = size - 1
        }

        /// The position of an entry of `entries` in the table whose key is `entry`'s.
        func find(_ entry: Entry, in entries: UnsafeBufferPointer<Entry>, same: (Int, Int) -> Bool) -> Int? {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 {
                let other = entries[Int(slots[slot])]
                if other.hash == entry.hash && same(Int(other.row), Int(entry.row)) { return Int(slots[slot]) }
                slot = (slot + 1) & mask
            }
            return nil
        }

        mutating func insert(_ entry: Entry, at position: Int) {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }

    /// A 32-bit hash of bytes, eight at a time: the top bits choose a bucket, the bottom a slot. With `lowercased`,
    /// of the bytes (ASCII) with A–Z lowercased.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool = false) -> UInt32 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        let raw = UnsafeRawBufferPointer(bytes)
        // A–Z in each byte of a word of ASCII: +0x3F carries into the top bit from 0x41 up, +0x25 from 0x5B up.
        let tops: UInt64 = 0x8080_8080_8080_8080
        let lower = { (word: UInt64) in
            lowercased ? word | ((word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & tops) >> 2 : word
        }
        while offset + 8 <= count {
            hash = (hash ^ lower(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        if offset < count {
            var last: UInt64 = 0
            for index in offset..<count { last |= UInt64(bytes[index]) << UInt64(8 * (index - offset)) }
            hash = (hash ^ lower(last)) &* 0xBF58_476D_1CE4_E5B9
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

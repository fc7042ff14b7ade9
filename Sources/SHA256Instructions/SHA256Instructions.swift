#if arch(x86_64)
import _Builtin_intrinsics.intel
import _Builtin_intrinsics.intel.cpuid
#endif

/// SHA-256's compression function on the CPU's SHA extensions (x86-64: AMD since Zen, 2017; Intel since Ice
/// Lake, 2019), through the intrinsics module that ships with the Swift toolchain's Clang: five times faster
/// than the portable code, which hashing a large key was otherwise bound by. A module of its own because it
/// is compiled for those extensions (Package.swift); nothing here runs unless the CPU reports them.
public enum SHA256Instructions {
    /// Whether this CPU has the instructions (CPUID leaf 7, EBX bit 29, and SSE4.1, leaf 1, ECX bit 19).
    public static let available: Bool = {
        #if arch(x86_64)
        var (a, b, c, d): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        guard __get_cpuid(1, &a, &b, &c, &d) != 0, c & (1 << 19) != 0 else { return false }
        return __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 && b & (1 << 29) != 0
        #else
        return false
        #endif
    }()

    /// Runs the compression function over every 64-byte block of `blocks`, updating `state` (the eight words
    /// H0…H7), with the 64 round constants `k`. Returns false, having done nothing, when `available` is false.
    public static func compress(_ state: UnsafeMutableBufferPointer<UInt32>, _ blocks: UnsafeRawBufferPointer, _ k: UnsafeBufferPointer<UInt32>) -> Bool {
        #if arch(x86_64)
        guard available, let stateBase = state.baseAddress, let kBase = k.baseAddress, state.count == 8, k.count == 64 else { return false }
        guard let data = blocks.baseAddress else { return true }
        rounds(stateBase, data, blocks.count / 64 * 64, UnsafeRawPointer(kBase))
        return true
        #else
        return false
        #endif
    }

    #if arch(x86_64)
    private typealias Vector = SIMD2<Int64>
    private typealias Words = SIMD4<UInt32>

    /// The rounds, four at a time: `sha256rnds2` does two, on the state split as ABEF and CDGH; `sha256msg1`
    /// and `sha256msg2` extend the message schedule four words at a time, kept in `schedule[g % 4]`.
    private static func rounds(_ state: UnsafeMutablePointer<UInt32>, _ data: UnsafeRawPointer, _ count: Int, _ k: UnsafeRawPointer) {
        // Big-endian words: each 32-bit lane's bytes reversed.
        let byteSwap = Vector(0x0405_0607_0001_0203, 0x0c0d_0e0f_0809_0a0b)
        let first = UnsafeRawPointer(state).loadUnaligned(as: Words.self)
        let second = UnsafeRawPointer(state + 4).loadUnaligned(as: Words.self)
        // Lanes low to high: ABEF = (F, E, B, A), CDGH = (H, G, D, C).
        var abef = vector(Words(second[1], second[0], first[1], first[0]))
        var cdgh = vector(Words(second[3], second[2], first[3], first[2]))
        var offset = 0
        while offset < count {
            let (savedABEF, savedCDGH) = (abef, cdgh)
            var schedule = (Vector(), Vector(), Vector(), Vector())
            for group in 0..<16 {
                if group < 4 {
                    set(&schedule, group, _mm_shuffle_epi8(data.loadUnaligned(fromByteOffset: offset + 16 * group, as: Vector.self), byteSwap))
                }
                let current = get(schedule, group)
                let message = words(current) &+ k.loadUnaligned(fromByteOffset: 16 * group, as: Words.self)
                cdgh = _mm_sha256rnds2_epu32(cdgh, abef, vector(message))
                if (3...14).contains(group) {
                    let (now, previous) = (words(current), words(get(schedule, group + 3)))
                    let next = words(get(schedule, group + 1)) &+ Words(previous[1], previous[2], previous[3], now[0])
                    set(&schedule, group + 1, _mm_sha256msg2_epu32(vector(next), current))
                }
                abef = _mm_sha256rnds2_epu32(abef, cdgh, vector(Words(message[2], message[3], message[0], message[1])))
                if (1...12).contains(group) {
                    set(&schedule, group + 3, _mm_sha256msg1_epu32(get(schedule, group + 3), current))
                }
            }
            abef = vector(words(abef) &+ words(savedABEF))
            cdgh = vector(words(cdgh) &+ words(savedCDGH))
            offset += 64
        }
        let (high, low) = (words(abef), words(cdgh))
        (state[0], state[1], state[4], state[5]) = (high[3], high[2], high[1], high[0])
        (state[2], state[3], state[6], state[7]) = (low[3], low[2], low[1], low[0])
    }

    @inline(__always) private static func words(_ value: Vector) -> Words { unsafeBitCast(value, to: Words.self) }
    @inline(__always) private static func vector(_ value: Words) -> Vector { unsafeBitCast(value, to: Vector.self) }

    @inline(__always) private static func get(_ schedule: (Vector, Vector, Vector, Vector), _ index: Int) -> Vector {
        switch index & 3 {
        case 0: schedule.0
        case 1: schedule.1
        case 2: schedule.2
        default: schedule.3
        }
    }

    @inline(__always) private static func set(_ schedule: inout (Vector, Vector, Vector, Vector), _ index: Int, _ value: Vector) {
        switch index & 3 {
        case 0: schedule.0 = value
        case 1: schedule.1 = value
        case 2: schedule.2 = value
        default: schedule.3 = value
        }
    }
    #endif
}

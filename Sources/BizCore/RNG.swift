/// Deterministic pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Results must be reproducible across runs, processes and machines, so the
/// stream derivation uses FNV-1a over the UTF-8 bytes of the stream name —
/// never Swift's `Hasher`, which is randomly seeded per process.
public struct SeededRNG: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    public init(seed: UInt64) {
        var sm = seed
        s0 = SeededRNG.splitMix(&sm)
        s1 = SeededRNG.splitMix(&sm)
        s2 = SeededRNG.splitMix(&sm)
        s3 = SeededRNG.splitMix(&sm)
        // xoshiro's state must not be all zero; SplitMix64 cannot produce four
        // zeros in a row, but keep the guarantee explicit.
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// An independent stream named `stream` under `seed`: same (seed, name),
    /// same numbers; different names give unrelated sequences.
    public init(seed: UInt64, stream: String) {
        var sm = seed
        let mixedSeed = SeededRNG.splitMix(&sm)
        self.init(seed: mixedSeed ^ SeededRNG.fnv1a(stream))
    }

    /// FNV-1a, 64-bit: stable across processes and platforms.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// Uniform in the open interval (0, 1): the 53 top bits, centred, so that
    /// log(u) and quantile(u) are always finite.
    @inline(__always)
    public mutating func nextDouble() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }
}

@inline(__always)
private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
}

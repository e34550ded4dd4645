import BizCore

/// Where the program generator takes its decisions from: the bytes of a
/// libFuzzer input (so that libFuzzer's mutations become structural changes
/// of a valid program), or a seeded generator (so that a test replays the
/// same programs on every run). Both are deterministic.
public struct Choices {
    private var bytes: [UInt8]
    private var position = 0
    private var rng: SeededRNG?

    /// Decisions read from `bytes`; once they run out every decision is 0,
    /// the first alternative, so short inputs give small programs.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Decisions drawn from the engine's seeded generator.
    public init(seed: UInt64) {
        bytes = []
        rng = SeededRNG(seed: seed)
    }

    /// Whether a byte-driven stream has been read to its end.
    public var exhausted: Bool { rng == nil && position >= bytes.count }

    /// A number in `0..<n` (0 when n ≤ 1).
    public mutating func below(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        if var r = rng {
            defer { rng = r }
            return Int(r.next() % UInt64(n))
        }
        // Two bytes per decision when there are more than 256 alternatives.
        var v = 0
        for _ in 0..<(n > 256 ? 2 : 1) {
            v = v << 8 | Int(position < bytes.count ? bytes[position] : 0)
            position += 1
        }
        return v % n
    }

    /// True with probability `percent`/100 (for a byte stream: for that
    /// share of the byte values).
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A number in `lo...hi`.
    public mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }
}

/// How uncertain inputs draw their samples (LANGUAGE.md §6).
///
/// Latin hypercube sampling (the default) splits (0, 1) into n strata of
/// equal probability and gives each stratum exactly one draw, placed at a
/// uniform point inside it; the strata come in a random order of their own
/// per stream. Each input's samples then cover its whole distribution evenly,
/// so a mean or a percentile settles with far fewer samples than plain
/// draws, while the random order keeps different streams independent (no
/// correlation is induced between inputs) and a stream read twice still
/// gives the same samples (`x - x` is exactly 0).
public enum SamplingMethod: String, Sendable, CaseIterable {
    case latinHypercube = "lhs"
    case random
}

public enum LatinHypercube {
    /// `count` uniforms on (0, 1), one in each stratum [k/n, (k+1)/n), in a
    /// random order: a Fisher–Yates shuffle of the stratum numbers, then one
    /// jitter per sample. Deterministic given the RNG state.
    public static func uniforms(count: Int, rng: inout SeededRNG) -> [Double] {
        let n = max(count, 0)
        guard n > 0 else { return [] }
        var order = [Int](repeating: 0, count: n)
        order.withUnsafeMutableBufferPointer { o in
            for i in 0..<n { o[i] = i }
            var i = n - 1
            while i > 0 {
                // j uniform in 0...i by a multiply-high (its bias, below 2⁻⁴⁰
                // for any n we allow, is far under the sampling error). Written
                // here rather than `Int.random(in:using:)` so that the numbers
                // cannot change with the Swift standard library.
                let j = Int(UInt64(i + 1).multipliedFullWidth(by: rng.next()).high)
                o.swapAt(i, j)
                i -= 1
            }
        }
        let width = 1 / Double(n)
        var out = [Double](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { u in
            for i in 0..<n {
                // nextDouble is in the open interval (0, 1), so u stays
                // strictly inside its stratum and inside (0, 1).
                u[i] = (Double(order[i]) + rng.nextDouble()) * width
            }
        }
        return out
    }
}

extension Distribution {
    /// `count` draws by `method`: Latin hypercube (one per equal-probability
    /// stratum, through the exact quantile function) or plain independent draws.
    public func sample(count: Int, rng: inout SeededRNG, method: SamplingMethod) -> [Double] {
        switch method {
        case .random:
            return sample(count: count, rng: &rng)
        case .latinHypercube:
            var xs = LatinHypercube.uniforms(count: count, rng: &rng)
            for i in xs.indices { xs[i] = quantile(xs[i]) }
            return xs
        }
    }
}

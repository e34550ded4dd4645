#if canImport(Glibc)
import Glibc
#endif

/// A one-dimensional probability distribution with exact quantiles.
///
/// Used for a segment's willingness to pay (the engine reads its quantiles)
/// and by the language for uncertain inputs (bulk sampling, see Sampling.swift).
/// Construct the cases directly, or through the throwing constructors below,
/// which validate; the engine calls `validate(field:)` on every `wtp`.
public enum Distribution: Sendable, Equatable {
    /// exp(Normal(mu, sigma)).
    case lognormal(mu: Double, sigma: Double)
    case normal(mean: Double, sd: Double)
    case uniform(lo: Double, hi: Double)
    case triangular(lo: Double, mode: Double, hi: Double)
    /// On [0, 1].
    case beta(a: Double, b: Double)
    /// A sample set, sorted ascending, non-empty; quantiles interpolate
    /// linearly between order statistics (Hyndman–Fan type 7, R's default).
    case empirical([Double])

    // MARK: Constructors

    /// The lognormal whose 5th and 95th percentiles are `p5` and `p95`
    /// (the language's `a to b`). Both must be > 0 and p5 < p95.
    public static func lognormal(p5: Double, p95: Double) throws -> Distribution {
        try Check.positive(p5, "`a to b`")
        try Check.positive(p95, "`a to b`")
        guard p95 > p5 else {
            throw CoreError(field: "`a to b`", problem: .rangeOrder(low: p5, high: p95))
        }
        let mu = 0.5 * (log(p5) + log(p95))
        let sigma = (log(p95) - log(p5)) / (2 * NormalMath.z95)
        return .lognormal(mu: mu, sigma: sigma)
    }

    /// The lognormal with the given mean and standard deviation (of the variable itself).
    public static func lognormal(mean: Double, sd: Double) throws -> Distribution {
        try Check.positive(mean, "lognormal mean")
        try Check.nonNegative(sd, "lognormal sd")
        let s2 = log(1 + (sd * sd) / (mean * mean))
        return .lognormal(mu: log(mean) - 0.5 * s2, sigma: s2.squareRoot())
    }

    /// An empirical distribution from samples in any order.
    public static func empirical(samples: [Double]) throws -> Distribution {
        let d = Distribution.empirical(samples.sorted())
        try d.validate(field: "samples")
        return d
    }

    /// Throws a `CoreError` naming `field` when the parameters make no distribution.
    public func validate(field: @autoclosure () -> String) throws {
        switch self {
        case let .lognormal(mu, sigma):
            try Check.finite(mu, "\(field()) (lognormal mu)")
            try Check.nonNegative(sigma, "\(field()) (lognormal sigma)")
        case let .normal(mean, sd):
            try Check.finite(mean, "\(field()) (normal mean)")
            try Check.nonNegative(sd, "\(field()) (normal sd)")
        case let .uniform(lo, hi):
            try Check.finite(lo, "\(field()) (uniform lo)")
            try Check.finite(hi, "\(field()) (uniform hi)")
            guard lo <= hi else { throw CoreError(field: field(), problem: .uniformOrder(low: lo, high: hi)) }
        case let .triangular(lo, mode, hi):
            try Check.finite(lo, "\(field()) (triangular lo)")
            try Check.finite(mode, "\(field()) (triangular mode)")
            try Check.finite(hi, "\(field()) (triangular hi)")
            guard lo <= mode && mode <= hi else {
                throw CoreError(field: field(), problem: .triangularOrder(low: lo, mode: mode, high: hi))
            }
        case let .beta(a, b):
            try Check.positive(a, "\(field()) (beta a)")
            try Check.positive(b, "\(field()) (beta b)")
        case let .empirical(xs):
            guard !xs.isEmpty else { throw CoreError(field: field(), problem: .noSamples) }
            for (i, x) in xs.enumerated() {
                try Check.finite(x, "\(field()) [\(i + 1)]")
                if i > 0 && xs[i - 1] > x {
                    throw CoreError(field: field(), problem: .samplesUnsorted)
                }
            }
        }
    }

    // MARK: Exact functions

    /// Inverse CDF at p in [0, 1] (the lower/upper ends may be infinite).
    public func quantile(_ p: Double) -> Double {
        switch self {
        case let .lognormal(mu, sigma):
            return exp(mu + sigma * NormalMath.quantile(p))
        case let .normal(mean, sd):
            return mean + sd * NormalMath.quantile(p)
        case let .uniform(lo, hi):
            return lo + (hi - lo) * p
        case let .triangular(lo, mode, hi):
            let width = hi - lo
            guard width > 0 else { return lo }
            let split = (mode - lo) / width
            if p <= split { return lo + (p * width * (mode - lo)).squareRoot() }
            return hi - ((1 - p) * width * (hi - mode)).squareRoot()
        case let .beta(a, b):
            return BetaMath.inverseIncompleteBeta(p, a, b)
        case let .empirical(xs):
            guard let first = xs.first else { return .nan }
            if xs.count == 1 || p <= 0 { return p.isNaN ? .nan : first }
            let h = min(max(p, 0), 1) * Double(xs.count - 1)
            let k = min(Int(h), xs.count - 2)
            return xs[k] + (h - Double(k)) * (xs[k + 1] - xs[k])
        }
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch self {
        case let .lognormal(mu, sigma):
            if x <= 0 { return 0 }
            if sigma == 0 { return log(x) >= mu ? 1 : 0 }
            return NormalMath.cdf((log(x) - mu) / sigma)
        case let .normal(mean, sd):
            if sd == 0 { return x >= mean ? 1 : 0 }
            return NormalMath.cdf((x - mean) / sd)
        case let .uniform(lo, hi):
            if x < lo { return 0 }
            if x >= hi { return 1 }
            return (x - lo) / (hi - lo)
        case let .triangular(lo, mode, hi):
            if x <= lo { return x < lo || hi > lo ? 0 : 1 }
            if x >= hi { return 1 }
            if x <= mode { return (x - lo) * (x - lo) / ((hi - lo) * (mode - lo)) }
            return 1 - (hi - x) * (hi - x) / ((hi - lo) * (hi - mode))
        case let .beta(a, b):
            return BetaMath.incompleteBeta(x, a, b)
        case let .empirical(xs):
            // The inverse of the piecewise-linear quantile above.
            guard let first = xs.first, let last = xs.last else { return .nan }
            if x < first { return 0 }
            if x >= last { return 1 }
            // Largest k with xs[k] ≤ x (k < count - 1 because x < last).
            var lo = 0, hi = xs.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if xs[mid] <= x { lo = mid } else { hi = mid }
            }
            let gap = xs[lo + 1] - xs[lo]
            let frac = gap > 0 ? (x - xs[lo]) / gap : 0
            return (Double(lo) + frac) / Double(xs.count - 1)
        }
    }

    public var mean: Double {
        switch self {
        case let .lognormal(mu, sigma): return exp(mu + 0.5 * sigma * sigma)
        case let .normal(mean, _): return mean
        case let .uniform(lo, hi): return 0.5 * (lo + hi)
        case let .triangular(lo, mode, hi): return (lo + mode + hi) / 3
        case let .beta(a, b): return a / (a + b)
        case let .empirical(xs): return xs.isEmpty ? .nan : xs.reduce(0, +) / Double(xs.count)
        }
    }

    public var median: Double {
        switch self {
        case let .lognormal(mu, _): return exp(mu)
        case let .normal(mean, _): return mean
        default: return quantile(0.5)
        }
    }

    /// Standard deviation.
    public var sd: Double {
        switch self {
        case let .lognormal(mu, sigma):
            let s2 = sigma * sigma
            return ((exp(s2) - 1) * exp(2 * mu + s2)).squareRoot()
        case let .normal(_, sd): return sd
        case let .uniform(lo, hi): return (hi - lo) / 12.0.squareRoot()
        case let .triangular(a, c, b):
            return ((a * a + b * b + c * c - a * b - a * c - b * c) / 18).squareRoot()
        case let .beta(a, b):
            return (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot()
        case let .empirical(xs):
            guard xs.count > 1 else { return 0 }
            let m = mean
            return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot()
        }
    }
}

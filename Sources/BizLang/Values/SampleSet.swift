import BizCore

/// A distribution as a value: its parametric form where it has one, and its
/// samples (the session's sample count), drawn once so that arithmetic on
/// them keeps correlation (`x - x` is exactly 0).
public final class SampleSet: @unchecked Sendable {
    public let samples: [Double]
    public let dim: Dim
    /// The closed form, when this came straight from a constructor: a
    /// segment's `wtp` uses its exact quantiles.
    public let form: Distribution?
    /// A distribution of booleans (from a comparison), stored as 0/1.
    public let isBool: Bool

    public init(samples: [Double], dim: Dim, form: Distribution? = nil, isBool: Bool = false) {
        self.samples = samples
        self.dim = dim
        self.form = form
        self.isBool = isBool
    }

    public var mean: Double {
        samples.isEmpty ? .nan : samples.reduce(0, +) / Double(samples.count)
    }

    /// The q-quantile of the samples (linear interpolation).
    public func quantile(_ q: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let pos = min(max(q, 0), 1) * Double(sorted.count - 1)
        let i = Int(pos)
        let frac = pos - Double(i)
        return i + 1 < sorted.count ? sorted[i] * (1 - frac) + sorted[i + 1] * frac : sorted[i]
    }

    public var sd: Double {
        let m = mean
        guard samples.count > 1 else { return 0 }
        return (samples.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(samples.count - 1)).squareRoot()
    }
}

import BizCore

/// A distribution as a value: its parametric form where it has one, and its
/// samples (the session's sample count), drawn once so that arithmetic on
/// them keeps correlation (`x - x` is exactly 0).
///
/// Summaries of a value that has its form are exact (LANGUAGE.md v1.1 §6):
/// `mean`, `sd` and `quantile` read the form, not the samples, so
/// `p(90 to 140, 5%)` is 90 and `mean(normal(100, 15))` is 100. Arithmetic
/// makes a sample set (no form); the samples stay what arithmetic and Monte
/// Carlo use.
public final class SampleSet: @unchecked Sendable {
    public let samples: [Double]
    public let dim: Dim
    /// The closed form, when this came straight from a constructor (read
    /// through a name, a field, `given` or `with`, it is the same value): a
    /// segment's `wtp` uses its exact quantiles, and summaries are exact.
    public let form: Distribution?
    /// A distribution of booleans (from a comparison), stored as 0/1.
    public let isBool: Bool
    /// For a condition on a distribution with a form against a constant
    /// (`prob(x > 100)`): its exact probability.
    public let probability: Double?

    public init(samples: [Double], dim: Dim, form: Distribution? = nil, isBool: Bool = false, probability: Double? = nil) {
        self.samples = samples
        self.dim = dim
        self.form = form
        self.isBool = isBool
        self.probability = isBool ? probability : nil
    }

    /// The mean: exact for a form (a condition's exact probability), else of the samples.
    public var mean: Double {
        if let probability { return probability }
        if let form { return form.mean }
        return sampleMean
    }

    var sampleMean: Double {
        samples.isEmpty ? .nan : samples.reduce(0, +) / Double(samples.count)
    }

    /// The q-quantile: exact for a form, else of the samples.
    public func quantile(_ q: Double) -> Double {
        if let form { return form.quantile(min(max(q, 0), 1)) }
        return sampleQuantile(q)
    }

    /// The q-quantile of the samples (linear interpolation between order
    /// statistics). Found by selection, not a full sort: a Monte Carlo run
    /// takes a median of every series month, thousands of them.
    func sampleQuantile(_ q: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        var xs = samples
        let pos = min(max(q, 0), 1) * Double(xs.count - 1)
        let i = Int(pos)
        let frac = pos - Double(i)
        let lo = SampleSet.select(&xs, i)
        guard frac > 0, i + 1 < xs.count else { return lo }
        // After selection everything right of i is ≥ xs[i]: the next order
        // statistic is their minimum.
        let hi = xs[(i + 1)...].min() ?? lo
        return lo * (1 - frac) + hi * frac
    }

    /// The k-th smallest value (0-based), rearranging `a`: quickselect with
    /// a median-of-three pivot and a three-way partition, so that the many
    /// equal samples of a month that is certain cost one pass.
    static func select(_ a: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var lt = lo, gt = hi, i = lo
            while i <= gt {
                if a[i] < pivot {
                    a.swapAt(lt, i); lt += 1; i += 1
                } else if a[i] > pivot {
                    a.swapAt(i, gt); gt -= 1
                } else {
                    i += 1
                }
            }
            if k < lt { hi = lt - 1 } else if k > gt { lo = gt + 1 } else { return pivot }
        }
        return a[k]
    }

    /// The standard deviation of the distribution: exact for a form, else
    /// of the samples (n − 1 in the denominator).
    public var sd: Double {
        if let form { return form.sd }
        let m = sampleMean
        guard samples.count > 1 else { return 0 }
        return (samples.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(samples.count - 1)).squareRoot()
    }
}

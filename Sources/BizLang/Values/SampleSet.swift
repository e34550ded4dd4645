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

    /// The q-quantile of the samples (linear interpolation between order
    /// statistics). Found by selection, not a full sort: a Monte Carlo run
    /// takes a median of every series month, thousands of them.
    public func quantile(_ q: Double) -> Double {
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

    public var sd: Double {
        let m = mean
        guard samples.count > 1 else { return 0 }
        return (samples.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(samples.count - 1)).squareRoot()
    }
}

#if canImport(Glibc)
import Glibc
#endif
import BizCore

/// A distribution keeps its closed form through affine maps (LANGUAGE.md
/// v1.1 §6 allows it): `price * 1.2`, `cost + 5 RUB`, `-x`, `x in USD` at
/// a fixed rate. Their summaries then stay exact. The samples are mapped
/// as before; the form is mapped alongside.
extension Distribution {
    /// The distribution of a·X + b in closed form, nil where there is none
    /// (a lognormal shifted, a beta moved off [0, 1], a = 0).
    func affine(_ a: Double, _ b: Double) -> Distribution? {
        guard a != 0, a.isFinite, b.isFinite else { return nil }
        if a == 1 && b == 0 { return self }
        func map(_ x: Double) -> Double { a * x + b }
        switch self {
        case .normal(let m, let sd): return .normal(mean: map(m), sd: abs(a) * sd)
        case .uniform(let lo, let hi): return a > 0 ? .uniform(lo: map(lo), hi: map(hi)) : .uniform(lo: map(hi), hi: map(lo))
        case .triangular(let lo, let mode, let hi):
            return a > 0 ? .triangular(lo: map(lo), mode: map(mode), hi: map(hi))
                : .triangular(lo: map(hi), mode: map(mode), hi: map(lo))
        case .lognormal(let mu, let sigma):
            guard b == 0, a > 0 else { return nil }
            return .lognormal(mu: mu + log(a), sigma: sigma)
        case .empirical(let xs): return .empirical(a > 0 ? xs.map(map) : xs.reversed().map(map))
        case .beta: return nil
        }
    }
}

extension Interpreter {
    /// `result` (computed sample by sample from `d`) with `d`'s form mapped
    /// along when `f`, the same operation on one value, is affine — checked
    /// at 0, 1 and 2, so that a map that is not (a compounding period
    /// conversion) makes a plain sample set as before.
    func keepingAffineForm(_ result: Value, from d: SampleSet, _ f: (Double) -> Double?) -> Value {
        guard case .dist(let r) = result, !r.isBool, r.form == nil, let form = d.form,
              let f0 = f(0), let f1 = f(1), let f2 = f(2) else { return result }
        let a = f1 - f0, b = f0
        guard nearlyEqual(f2, 2 * a + b) || abs(f2 - (2 * a + b)) <= 1e-12 * max(abs(a), abs(b)),
              let mapped = form.affine(a, b) else { return result }
        return .dist(SampleSet(samples: r.samples, dim: r.dim, form: mapped))
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The numeric searches behind `goal`, `maximize` and `minimize`
/// (docs/WHATIF.md). Targets are often simulation outputs: piecewise,
/// with kinks and small jumps, so nothing here assumes smoothness. Every
/// search starts from a grid over the whole range (ends included) and only
/// then refines locally, with methods that fall back to bisection or golden
/// section whenever interpolation misbehaves.
enum Search {
    /// Grid points over the range, both ends included.
    static let gridPoints = 101
    /// Grid points of a coarse scan (a Monte Carlo target; `SearchProblem.searchScan`).
    static let coarsePoints = 21
    /// How closely a Monte Carlo target's answer is refined, relative to the
    /// range (a root) or to the answer (an optimum). A report shows about
    /// five significant digits (`111.42 RUB`), so 10⁻⁶ is still far below
    /// it; each factor of 10 finer costs about 3.3 more simulations on a
    /// jump (bisection) and 4.8 at an optimum (golden section).
    static let monteCarloTolerance = 1e-6
    /// How closely `maximize` refines its candidates at the coarse scan's
    /// samples, relative to the answer: they only say where to refine at
    /// full samples (within a quarter of a coarse cell), so 10⁻⁴ is enough.
    static let coarseOptimumTolerance = 1e-4

    /// `count` evenly spaced points from lo to hi, ends exact.
    static func grid(_ lo: Double, _ hi: Double, count: Int = gridPoints) -> [Double] {
        guard count > 1 else { return [lo] }
        let n = Double(count - 1)
        return (0..<count).map { k in k == count - 1 ? hi : lo + (hi - lo) * Double(k) / n }
    }

    /// Where a bracketed root ended: `x` is the side with the smaller |f|,
    /// `other` the last point on the other side of the sign change. When f
    /// jumps over zero, the two stay apart in value though not in x.
    struct Root {
        var x: Double
        var fx: Double
        var other: Double
        var fOther: Double
    }

    /// Brent's method (zeroin) on [a, b] with f(a), f(b) of opposite signs:
    /// inverse quadratic or secant steps where they behave, bisection where
    /// they do not, so it converges on any function that changes sign — at
    /// a root, or at the jump where a step function passes the target. A
    /// linear f is solved by its first secant step.
    ///
    /// `tolerance` is absolute (default 10⁻¹⁵ of the bracket); a Monte Carlo
    /// target, whose jumps bisection locates step by step, is given a looser one.
    static func root(_ f: (Double) throws(BizError) -> Double,
                     _ a0: Double, _ fa0: Double, _ b0: Double, _ fb0: Double,
                     tolerance: Double? = nil) throws(BizError) -> Root {
        var a = a0, b = b0, fa = fa0, fb = fb0
        var c = b, fc = fb
        var d = b - a, e = d
        let tol = tolerance ?? 1e-15 * abs(b0 - a0)
        for _ in 0..<300 {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a; fc = fa; d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol1 = 2 * Double.ulpOfOne * abs(b) + 0.5 * tol
            let xm = 0.5 * (c - b)
            if abs(xm) <= tol1 || fb == 0 { break }
            if abs(e) >= tol1 && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * xm * s
                    q = 1 - s
                } else {
                    let qq = fa / fc, r = fb / fc
                    p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1))
                    q = (qq - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q }
                p = abs(p)
                if 2 * p < min(3 * xm * q - abs(tol1 * q), abs(e * q)) {
                    e = d; d = p / q
                } else {
                    d = xm; e = d
                }
            } else {
                d = xm; e = d
            }
            a = b; fa = fb
            b += abs(d) > tol1 ? d : (xm >= 0 ? tol1 : -tol1)
            fb = try f(b)
        }
        return Root(x: b, fx: fb, other: c, fOther: fc)
    }

    /// Brent's minimiser on [lo, hi] starting from x0 (with f(x0) known):
    /// parabolic steps where they are trusted, golden section otherwise.
    /// Returns the best point it evaluated.
    /// `relTol` as for `root`'s tolerance: looser for a Monte Carlo target.
    static func minimize(_ f: (Double) throws(BizError) -> Double,
                         _ lo: Double, _ hi: Double, x0: Double, f0: Double,
                         relTol: Double = 1e-10) throws(BizError) -> (x: Double, fx: Double) {
        let golden = 0.381_966_011_250_105_1
        let absTol = 1e-13 * max(abs(hi - lo), Double.leastNormalMagnitude)
        var a = min(lo, hi), b = max(lo, hi)
        var x = x0, w = x0, v = x0
        var fx = f0, fw = f0, fv = f0
        var d = 0.0, e = 0.0
        for _ in 0..<200 {
            let xm = 0.5 * (a + b)
            let tol1 = relTol * abs(x) + absTol, tol2 = 2 * tol1
            if abs(x - xm) <= tol2 - 0.5 * (b - a) { break }
            var useGolden = true
            if abs(e) > tol1 {
                var r = (x - w) * (fx - fv)
                var q = (x - v) * (fx - fw)
                var p = (x - v) * q - (x - w) * r
                q = 2 * (q - r)
                if q > 0 { p = -p }
                q = abs(q)
                r = e
                e = d
                if abs(p) < abs(0.5 * q * r), p > q * (a - x), p < q * (b - x) {
                    d = p / q
                    let u = x + d
                    if u - a < tol2 || b - u < tol2 { d = xm >= x ? tol1 : -tol1 }
                    useGolden = false
                }
            }
            if useGolden {
                e = x >= xm ? a - x : b - x
                d = golden * e
            }
            let u = abs(d) >= tol1 ? x + d : x + (d >= 0 ? tol1 : -tol1)
            let fu = try f(u)
            if fu <= fx {
                if u >= x { a = x } else { b = x }
                v = w; fv = fw
                w = x; fw = fx
                x = u; fx = fu
            } else {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    v = w; fv = fw
                    w = u; fw = fu
                } else if fu <= fv || v == x || v == w {
                    v = u; fv = fu
                }
            }
        }
        return (x, fx)
    }

    /// Rounder values near x (at 10⁻⁷ and 10⁻¹⁰ of the range's width),
    /// coarsest first, so that a search can prefer `120 RUB` to
    /// `119.99999997 RUB` when the target is at least as good there.
    static func roundCandidates(_ x: Double, width: Double) -> [Double] {
        guard x.isFinite, width > 0 else { return [] }
        return [1e-7, 1e-10].compactMap { rel -> Double? in
            let step = pow(10, (log10(width * rel)).rounded(.down))
            let r = (x / step).rounded() * step
            return r != x && r.isFinite ? r : nil
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The time value of money on plain numbers, as numpy-financial computes it
/// (Excel's sign convention: money paid out is negative). `when` is 0 for
/// payments at the end of each period, 1 for the start. The functions that
/// need a root (rate, irr) return nil with a reason instead of NaN.
enum TimeValueMath {
    /// (1+r)^n, exact for r = 0.
    static func growth(_ r: Double, _ n: Double) -> Double { r == 0 ? 1 : pow(1 + r, n) }

    /// The factor of an annuity: (1 + r·when)·((1+r)^n − 1)/r, n at r = 0.
    static func annuity(_ r: Double, _ n: Double, _ when: Double) -> Double {
        if r == 0 { return n }
        // expm1/log1p keep tiny rates accurate.
        return (1 + r * when) * expm1(n * log1p(r)) / r
    }

    static func fv(_ r: Double, _ n: Double, _ pmt: Double, _ pv: Double, _ when: Double) -> Double {
        -(pv * growth(r, n) + pmt * annuity(r, n, when))
    }

    static func pv(_ r: Double, _ n: Double, _ pmt: Double, _ fv: Double, _ when: Double) -> Double {
        -(fv + pmt * annuity(r, n, when)) / growth(r, n)
    }

    static func pmt(_ r: Double, _ n: Double, _ pv: Double, _ fv: Double, _ when: Double) -> Double {
        -(fv + pv * growth(r, n)) / annuity(r, n, when)
    }

    static func nper(_ r: Double, _ pmt: Double, _ pv: Double, _ fv: Double, _ when: Double) -> Double {
        if r == 0 { return -(fv + pv) / pmt }
        let z = pmt * (1 + r * when) / r
        return log((-fv + z) / (pv + z)) / log1p(r)
    }

    /// The interest part of payment `per` (1-based), as numpy-financial's ipmt.
    static func ipmt(_ r: Double, _ per: Double, _ n: Double, _ pv: Double, _ fv: Double, _ when: Double) -> Double {
        let total = pmt(r, n, pv, fv, when)
        if when == 1 && per == 1 { return 0 }
        let interest = self.fv(r, per - 1, total, pv, when) * r
        return when == 1 ? interest / (1 + r) : interest
    }

    /// Net present value with the first flow at t = 0 (numpy-financial).
    static func npv(_ r: Double, _ flows: [Double]) -> Double {
        var total = 0.0, discount = 1.0
        for f in flows {
            total += f / discount
            discount *= 1 + r
        }
        return total
    }

    /// Modified IRR (numpy-financial's mirr); nil without both signs.
    static func mirr(_ flows: [Double], finance: Double, reinvest: Double) -> Double? {
        let positive = flows.map { $0 > 0 ? $0 : 0 }, negative = flows.map { $0 < 0 ? $0 : 0 }
        guard positive.contains(where: { $0 != 0 }), negative.contains(where: { $0 != 0 }) else { return nil }
        let numer = Swift.abs(npv(reinvest, positive)), denom = Swift.abs(npv(finance, negative))
        let n = Double(flows.count)
        return pow(numer / denom, 1 / (n - 1)) * (1 + reinvest) - 1
    }

    // MARK: Roots

    enum RootFailure: Error { case noSignChange, noRoot, notFinite }

    /// The sign of NPV(r), computed without overflow: for r < 0 the sum is
    /// scaled by (1+r)^T, which keeps its sign.
    static func npvSign(_ r: Double, _ flows: [Double]) -> Double {
        let x = 1 / (1 + r)
        var acc = 0.0
        if x <= 1 {
            for f in flows.reversed() { acc = acc * x + f }
        } else {
            let y = 1 + r
            for f in flows { acc = acc * y + f }
        }
        return acc
    }

    /// IRR: every rate where the NPV changes sign on a grid over
    /// (−99.99%, 10⁶%), each refined by bisection; like numpy-financial,
    /// the one closest to zero when there are several.
    static func irr(_ flows: [Double]) -> Result<Double, RootFailure> {
        guard flows.allSatisfy(\.isFinite) else { return .failure(.notFinite) }
        guard flows.contains(where: { $0 > 0 }), flows.contains(where: { $0 < 0 }) else { return .failure(.noSignChange) }
        let roots = signChanges(lo: -0.9999, hi: 10_000, steps: 600) { npvSign($0, flows) }
        guard let best = roots.min(by: { Swift.abs($0) < Swift.abs($1) }) else { return .failure(.noRoot) }
        return .success(best)
    }

    /// The rate of an annuity: Newton from the guess (numpy-financial's
    /// method), and if that fails the same grid search as irr.
    static func rate(_ n: Double, _ pmt: Double, _ pv: Double, _ fv: Double, _ when: Double,
                     guess: Double) -> Result<Double, RootFailure> {
        func f(_ r: Double) -> Double { fv + pv * growth(r, n) + pmt * annuity(r, n, when) }
        let values = [pmt, pv, fv]
        guard values.contains(where: { $0 > 0 }), values.contains(where: { $0 < 0 }) else { return .failure(.noSignChange) }
        var r = guess
        for _ in 0..<100 {
            let h = Swift.max(1e-7, Swift.abs(r) * 1e-7)
            let d = (f(r + h) - f(r - h)) / (2 * h)
            guard d.isFinite, d != 0 else { break }
            let next = r - f(r) / d
            guard next.isFinite, next > -1 else { break }
            if Swift.abs(next - r) < 1e-13 { return .success(next) }
            r = next
        }
        if Swift.abs(f(r)) < 1e-9 * Swift.max(1, Swift.abs(pv), Swift.abs(fv), Swift.abs(pmt * n)), r > -1 { return .success(r) }
        let roots = signChanges(lo: -0.9999, hi: 10_000, steps: 600, f)
        guard let best = roots.min(by: { Swift.abs($0 - guess) < Swift.abs($1 - guess) }) else { return .failure(.noRoot) }
        return .success(best)
    }

    /// Roots of g on [lo, hi]: a grid even in log(1+r), bisected to full precision.
    static func signChanges(lo: Double, hi: Double, steps: Int, _ g: (Double) -> Double) -> [Double] {
        let a = log1p(lo), b = log1p(hi)
        var roots: [Double] = []
        var x0 = lo, g0 = g(lo)
        for k in 1...steps {
            let x1 = expm1(a + (b - a) * Double(k) / Double(steps))
            let g1 = g(x1)
            if g0 == 0 { roots.append(x0) }
            else if g0.isFinite, g1.isFinite, (g0 < 0) != (g1 < 0), g1 != 0 {
                var l = x0, h = x1, gl = g0
                for _ in 0..<200 {
                    let m = (l + h) / 2
                    if m == l || m == h { break }
                    let gm = g(m)
                    if gm == 0 { l = m; h = m; break }
                    if (gm < 0) == (gl < 0) { l = m; gl = gm } else { h = m }
                }
                roots.append((l + h) / 2)
            }
            x0 = x1; g0 = g1
        }
        if g0 == 0 { roots.append(x0) }
        return roots
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Numeric functions. They keep the unit of their argument where that makes
/// sense (`round(12.345 RUB, 2)` is money).
extension Builtins {
    static func unary(_ name: String, _ f: @escaping @Sendable (Double) -> Double, keepsUnit: Bool = true) -> Builtin {
        Builtin(name, ["x"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "x")
            switch v {
            case .num(let x, let d):
                guard keepsUnit || d.isPlain || d == .percent else {
                    throw c.fail(Message(BuiltinText.needsPlainNumber, name, d.text), at: 0)
                }
                let r = f(x)
                guard r.isFinite else { throw c.fail(Message(BuiltinText.notFinite, "\(name)(\(Display(locale: .en).repr(v)))"), at: 0) }
                // A function of a count is arithmetic: it prints by the general rule (§8).
                return .num(r, keepsUnit ? d.computed : .number)
            case .dist(let s):
                return .dist(SampleSet(samples: s.samples.map(f), dim: keepsUnit ? s.dim.computed : .number))
            case .series(let s):
                return .series(SeriesValue(s.values.map(f), dim: keepsUnit ? s.dim.computed : .number, name: s.name, isFlow: s.isFlow))
            default:
                throw c.fail(Message(BuiltinText.needsNumber, name, v.typeText), at: 0)
            }
        }
    }

    /// The numbers of a list, a series or several arguments, in one unit.
    static func numbers(_ c: BuiltinCall) throws(BizError) -> (values: [Double], dim: Dim) {
        var items: [Value] = c.args
        if c.args.count == 1 {
            switch c.args[0] {
            case .list(let xs): items = xs
            case .series(let s): return (Array(s.summaryValues), s.dim)   // a flow from month 1
            case .dist(let d): return (d.samples, d.dim)
            default: break
            }
        }
        guard !items.isEmpty else { throw c.fail(Message(BuiltinText.needsAValue, c.name)) }
        return try inFirstUnit(c, items, argument: { c.args.count == 1 ? 0 : $0 }, plainTakesUnit: false)
    }

    /// Numbers and quantities in the first one's unit: the others convert to
    /// it (another currency, another period). With `plainTakesUnit` a bare
    /// number takes that unit (`normal(100 RUB, 15)`); otherwise plain
    /// numbers and percents mix only with each other.
    static func inFirstUnit(_ c: BuiltinCall, _ items: [Value], argument: (Int) -> Int,
                            plainTakesUnit: Bool) throws(BizError) -> (values: [Double], dim: Dim) {
        var dim: Dim?
        var out: [Double] = []
        out.reserveCapacity(items.count)
        for (i, v) in items.enumerated() {
            guard case .num(let x, let d) = v else {
                throw c.fail(Message(BuiltinText.worksOnQuantities, c.name, v.typeText), at: argument(i))
            }
            guard let base = dim else {
                dim = d
                out.append(x)
                continue
            }
            let mixes = plainTakesUnit ? d.isPlain : (d.isPlain || d == .percent) && (base.isPlain || base == .percent)
            do {
                guard let y = try c.rt.convert(x, d, to: base) ?? (mixes ? x : nil) else {
                    throw c.fail(Message(BuiltinText.cannotMix, c.name, base.text, d.text), at: argument(i))
                }
                out.append(y)
            } catch let e as BizError { throw e } catch { throw c.fail(Message(BuiltinText.prefixed, c.name, errorText(error)), at: argument(i)) }
        }
        return (out, dim ?? .number)
    }

    /// `sum(s)`, `max(s)`, `min(s)`, `mean(s)` of a Monte Carlo series are
    /// distributions taken run by run, the same as `s.sum`, `s.max`, …
    static func monteCarloSeries(_ c: BuiltinCall, _ name: String) throws(BizError) -> Value? {
        guard c.args.count == 1, case .series(let s) = c.args[0], s.samples != nil else { return nil }
        return try c.rt.seriesMember(s, name, c.span)
    }

    static let math: [Builtin] = [
        unary("abs", { Swift.abs($0) }),
        unary("sqrt", { $0.squareRoot() }, keepsUnit: false),
        unary("exp", { Glibc.exp($0) }, keepsUnit: false),
        unary("ln", { Glibc.log($0) }, keepsUnit: false),
        unary("log10", { Glibc.log10($0) }, keepsUnit: false),
        unary("floor", { $0.rounded(.down) }),
        unary("ceil", { $0.rounded(.up) }),
        Builtin("round", ["x", "digits"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "x")
            let digits = c.arg(1, "digits") == nil ? 0 : try c.number(1, "digits")
            guard digits == digits.rounded(), Swift.abs(digits) <= 15 else { throw c.fail(Message(BuiltinText.digitsRange), at: 1) }
            guard case .num(let x, let d) = v else { throw c.fail(Message(BuiltinText.needsNumber, "round", v.typeText), at: 0) }
            // A percent rounds in percent points: round(12.345%, 1) is 12.3%.
            let scale = Glibc.pow(10, digits) * (d == .percent ? 100 : 1)
            return .num((x * scale).rounded(.toNearestOrAwayFromZero) / scale, d.computed)
        },
        Builtin("min", ["values"], variadic: true) { (c) throws(BizError) -> Value in
            if let v = try monteCarloSeries(c, "min") { return v }
            let (xs, d) = try numbers(c)
            return .num(xs.min() ?? 0, d)
        },
        Builtin("max", ["values"], variadic: true) { (c) throws(BizError) -> Value in
            if let v = try monteCarloSeries(c, "max") { return v }
            let (xs, d) = try numbers(c)
            return .num(xs.max() ?? 0, d)
        },
        Builtin("sum", ["values"], variadic: true) { (c) throws(BizError) -> Value in
            if let v = try monteCarloSeries(c, "sum") { return v }
            if c.args.count == 1, case .list(let xs) = c.args[0], xs.isEmpty { return .number(0) }
            let (xs, d) = try numbers(c)
            return .num(xs.reduce(0, +), d)
        },
        Builtin("mod", ["a", "b"], scalar2: { a, da, b, db in
            guard da.isPlain || da == .percent, db.isPlain || db == .percent, b != 0 else { return nil }
            return .number(modulo(a, b))
        }) { (c) throws(BizError) -> Value in
            let a = try c.number(0, "a"), b = try c.number(1, "b")
            guard b != 0 else { throw c.fail(Message(BuiltinText.modByZero), at: 1) }
            return .number(modulo(a, b))
        },
        Builtin("clamp", ["x", "lo", "hi"]) { (c) throws(BizError) -> Value in
            guard case .num(let x, let d) = try c.required(0, "x"),
                  case .num(let lo, _) = try c.required(1, "lo"), case .num(let hi, _) = try c.required(2, "hi") else {
                throw c.fail(Message(BuiltinText.clampNeeds))
            }
            return .num(Swift.min(Swift.max(x, lo), hi), d)
        },
    ]
}

/// `mod(a, b)`: the remainder with b's sign left out, never negative for a
/// positive b. Whole numbers (the usual case: `mod(i, 7)`) by integer
/// division, which gives the same value as `fmod` there and is much faster.
func modulo(_ a: Double, _ b: Double) -> Double {
    if a >= 0, b > 0, a < 0x1p53, b < 0x1p53, a == a.rounded(.towardZero), b == b.rounded(.towardZero) {
        return Double(Int(a) % Int(b))
    }
    let r = a.truncatingRemainder(dividingBy: b)
    return r < 0 ? r + Swift.abs(b) : r
}

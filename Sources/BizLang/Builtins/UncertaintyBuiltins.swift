import BizCore

/// Distributions (LANGUAGE.md §6): constructors draw the session's sample
/// count from a stream named after the cell and the call's position in its
/// formula, so results do not depend on evaluation order; summaries read
/// the samples.
extension Builtins {
    /// A distribution's parameters in the first one's unit.
    static func parameters(_ c: BuiltinCall, _ labels: [String]) throws(BizError) -> ([Double], Dim) {
        var values: [Value] = []
        for (i, label) in labels.enumerated() { values.append(try c.required(i, label)) }
        return try inFirstUnit(c, values, argument: { $0 }, plainTakesUnit: true)
    }

    static func draw(_ c: BuiltinCall, _ make: () throws -> Distribution, dim: Dim) throws(BizError) -> Value {
        let form: Distribution
        do { form = try make() } catch { throw c.fail("\(c.name): \((error as? CoreError)?.message ?? "\(error)")") }
        return .dist(c.rt.sample(form, dim: dim, site: c.site))
    }

    static let uncertainty: [Builtin] = [
        Builtin("normal", ["mean", "sd"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["mean", "sd"])
            return try draw(c, { () throws -> Distribution in
                guard p[1] > 0 else { throw CoreError(field: "sd", message: "sd must be > 0") }
                return .normal(mean: p[0], sd: p[1])
            }, dim: d)
        },
        Builtin("lognormal", ["mean", "sd"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["mean", "sd"])
            return try draw(c, { try Distribution.lognormal(mean: p[0], sd: p[1]) }, dim: d)
        },
        Builtin("uniform", ["lo", "hi"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["lo", "hi"])
            return try draw(c, { () throws -> Distribution in
                guard p[0] < p[1] else { throw CoreError(field: "lo", message: "lo must be below hi") }
                return .uniform(lo: p[0], hi: p[1])
            }, dim: d)
        },
        Builtin("triangular", ["lo", "mode", "hi"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["lo", "mode", "hi"])
            return try draw(c, { () throws -> Distribution in
                guard p[0] <= p[1], p[1] <= p[2], p[0] < p[2] else { throw CoreError(field: "mode", message: "needs lo ≤ mode ≤ hi and lo < hi") }
                return .triangular(lo: p[0], mode: p[1], hi: p[2])
            }, dim: d)
        },
        Builtin("beta", ["a", "b"]) { (c) throws(BizError) -> Value in
            let a = try c.number(0, "a"), b = try c.number(1, "b")
            return try draw(c, { () throws -> Distribution in
                guard a > 0, b > 0 else { throw CoreError(field: "a", message: "a and b must be > 0") }
                return .beta(a: a, b: b)
            }, dim: .percent)
        },
        Builtin("choice", ["options"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "options")
            guard !xs.isEmpty else { throw c.fail("choice needs a non-empty list", at: 0) }
            var values: [Double] = []
            var dim: Dim?
            for x in xs {
                guard case .num(let v, let d) = x, dim == nil || dim == d else { throw c.fail("choice needs numbers or quantities of one unit", at: 0) }
                dim = d
                values.append(v)
            }
            var rng = SeededRNG(seed: c.rt.settings.seed, stream: c.site)
            let samples = (0..<c.rt.settings.samples).map { _ in values[Int(rng.nextDouble() * Double(values.count)) % values.count] }
            return .dist(SampleSet(samples: samples, dim: dim ?? .number))
        },
        Builtin("mean", ["x"]) { (c) throws(BizError) -> Value in
            if let v = try monteCarloSeries(c, "mean") { return v }
            switch try c.required(0, "x") {
            case .dist(let d): return d.isBool ? .percent(d.mean) : .num(d.mean, d.dim)
            case .series(let s): return .num(s.summaryValues.reduce(0, +) / Double(max(1, s.summaryValues.count)), s.dim)
            default:
                let (xs, d) = try numbers(c)
                return .num(xs.reduce(0, +) / Double(xs.count), d)
            }
        },
        Builtin("sd", ["x"]) { (c) throws(BizError) -> Value in
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail("sd needs a distribution", at: 0) }
            return .num(d.sd, d.dim.per == nil && d.dim.kind == .percent ? .percent : d.dim)
        },
        Builtin("p", ["x", "q"]) { (c) throws(BizError) -> Value in
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail("p needs a distribution", at: 0) }
            let q = try c.number(1, "q")
            guard q >= 0, q <= 1 else { throw c.fail("p needs a percentile from 0% to 100%", at: 1) }
            return .num(d.quantile(q), d.dim)
        },
        Builtin("prob", ["condition"]) { (c) throws(BizError) -> Value in
            switch try c.required(0, "condition") {
            case .dist(let d) where d.isBool: return .percent(d.mean)
            case .bool(let b): return .percent(b ? 1 : 0)
            case let v: throw c.fail("prob needs a condition on a distribution, like prob(x > 0), not \(v.typeName)", at: 0)
            }
        },
        Builtin("samples", ["x"]) { (c) throws(BizError) -> Value in
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail("samples needs a distribution", at: 0) }
            return .list(d.samples.map { .num($0, d.dim) })
        },
    ]
}

extension Interpreter {
    /// Draws the session's sample count from a distribution, on the stream
    /// named `site` (cell name and position) under the session's seed.
    func sample(_ form: Distribution, dim: Dim, site: String) -> SampleSet {
        var rng = SeededRNG(seed: settings.seed, stream: site)
        return SampleSet(samples: form.sample(count: settings.samples, rng: &rng), dim: dim, form: form)
    }

    /// `a to b`: a lognormal with 5th and 95th percentiles a and b.
    func makeInterval(_ a: Value, _ b: Value, site: String, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan) throws(BizError) -> Value {
        guard case .num(let lo, var da) = a, case .num(var hi, let db) = b else {
            throw BizError.failure(Diagnostic("'to' needs numbers or quantities at both ends, not \(a.typeName) and \(b.typeName)", at: span))
        }
        if da.isPlain { da = db } else if !db.isPlain {
            do {
                guard let h = try convert(hi, db, to: da) else { throw unitError(UnitMismatch(message: "the ends of 'to' must have the same unit", hint: nil), a, b, sa, sb) }
                hi = h
            } catch let e as BizError { throw e } catch { throw BizError.at(span, "\(error)") }
        }
        guard lo > 0, hi > 0 else {
            throw BizError.at(lo > 0 ? sb : sa, "'a to b' is a lognormal and needs both ends above 0",
                              hint: "for values that can be 0 or negative use normal(mean, sd) or uniform(lo, hi)")
        }
        guard lo < hi else { throw BizError.at(span, "'a to b' needs a below b") }
        let form: Distribution
        do { form = try Distribution.lognormal(p5: lo, p95: hi) } catch { throw BizError.at(span, "\(error)") }
        return .dist(sample(form, dim: da, site: site))
    }
}

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
        do { form = try make() } catch {
            let text: Message = (error as? ParameterError)?.text ?? .verbatim((error as? CoreError)?.message ?? "\(error)")
            throw c.fail(Message(BuiltinText.prefixed, c.name, text))
        }
        return .dist(try c.rt.sample(form, dim: dim, site: c.site, c.span))
    }

    static let uncertainty: [Builtin] = [
        Builtin("normal", ["mean", "sd"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["mean", "sd"])
            return try draw(c, { () throws -> Distribution in
                guard p[1] > 0 else { throw ParameterError(text: Message(BuiltinText.sdPositive)) }
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
                guard p[0] < p[1] else { throw ParameterError(text: Message(BuiltinText.loBelowHi)) }
                return .uniform(lo: p[0], hi: p[1])
            }, dim: d)
        },
        Builtin("triangular", ["lo", "mode", "hi"]) { (c) throws(BizError) -> Value in
            let (p, d) = try parameters(c, ["lo", "mode", "hi"])
            return try draw(c, { () throws -> Distribution in
                guard p[0] <= p[1], p[1] <= p[2], p[0] < p[2] else { throw ParameterError(text: Message(BuiltinText.modeBetween)) }
                return .triangular(lo: p[0], mode: p[1], hi: p[2])
            }, dim: d)
        },
        Builtin("beta", ["a", "b"]) { (c) throws(BizError) -> Value in
            let a = try c.number(0, "a"), b = try c.number(1, "b")
            return try draw(c, { () throws -> Distribution in
                guard a > 0, b > 0 else { throw ParameterError(text: Message(BuiltinText.betaPositive)) }
                return .beta(a: a, b: b)
            }, dim: .percent)
        },
        Builtin("choice", ["options"]) { (c) throws(BizError) -> Value in
            let xs = try c.list(0, "options")
            guard !xs.isEmpty else { throw c.fail(Message(BuiltinText.choiceNonEmpty), at: 0) }
            var values: [Double] = []
            var dim: Dim?
            for x in xs {
                guard case .num(let v, let d) = x, dim == nil || dim == d else { throw c.fail(Message(BuiltinText.choiceOneUnit), at: 0) }
                dim = d
                values.append(v)
            }
            let samples = c.rt.uniforms(site: c.site).map { values[Int($0 * Double(values.count)) % values.count] }
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
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail(Message(BuiltinText.needsDistribution, "sd"), at: 0) }
            return .num(d.sd, d.dim.per == nil && d.dim.kind == .percent ? .percent : d.dim)
        },
        Builtin("p", ["x", "q"]) { (c) throws(BizError) -> Value in
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail(Message(BuiltinText.needsDistribution, "p"), at: 0) }
            let q = try c.number(1, "q")
            guard q >= 0, q <= 1 else { throw c.fail(Message(BuiltinText.percentile), at: 1) }
            return .num(d.quantile(q), d.dim)
        },
        Builtin("prob", ["condition"]) { (c) throws(BizError) -> Value in
            switch try c.required(0, "condition") {
            case .dist(let d) where d.isBool: return .percent(d.mean)
            case .bool(let b): return .percent(b ? 1 : 0)
            case let v: throw c.fail(Message(BuiltinText.probNeeds, v.typeText), at: 0)
            }
        },
        Builtin("samples", ["x"]) { (c) throws(BizError) -> Value in
            guard case .dist(let d) = try c.required(0, "x") else { throw c.fail(Message(BuiltinText.needsDistribution, "samples"), at: 0) }
            try c.rt.reserveList(growingTo: d.samples.count, from: 0, c.span)
            return .list(d.samples.map { .num($0, d.dim) })
        },
    ]
}

extension Interpreter {
    /// Draws the session's sample count from a distribution, on the stream
    /// named `site` (cell name and position) under the session's seed.
    func sample(_ form: Distribution, dim: Dim, site: String, _ span: SourceSpan) throws(BizError) -> SampleSet {
        try reserve(count: settings.samples, stride: MemoryLayout<Double>.stride, .samples, span)
        var rng = SeededRNG(seed: settings.seed, stream: site)
        return SampleSet(samples: form.sample(count: settings.samples, rng: &rng, method: settings.sampling), dim: dim, form: form)
    }

    /// The session's sample count of uniforms on (0, 1) on the stream `site`,
    /// stratified unless the session samples at random (`choice` reads them).
    func uniforms(site: String) -> [Double] {
        var rng = SeededRNG(seed: settings.seed, stream: site)
        switch settings.sampling {
        case .latinHypercube: return LatinHypercube.uniforms(count: settings.samples, rng: &rng)
        case .random: return (0..<settings.samples).map { _ in rng.nextDouble() }
        }
    }

    /// `a to b`: a lognormal with 5th and 95th percentiles a and b.
    func makeInterval(_ a: Value, _ b: Value, site: String, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan) throws(BizError) -> Value {
        guard case .num(let lo, var da) = a, case .num(var hi, let db) = b else {
            throw BizError.failure(Diagnostic(Message(UnitText.toNeedsQuantities, a.typeText, b.typeText), at: span))
        }
        if da.isPlain { da = db } else if !db.isPlain {
            do {
                guard let h = try convert(hi, db, to: da) else { throw unitError(UnitMismatch(Message(UnitText.toEndsSameUnit)), a, b, sa, sb) }
                hi = h
            } catch let e as BizError { throw e } catch { throw BizError.at(span, errorText(error)) }
        }
        guard lo > 0, hi > 0 else {
            throw BizError.at(lo > 0 ? sb : sa, Message(BuiltinText.lognormalPositive), hint: Message(BuiltinText.lognormalHint))
        }
        guard lo < hi else { throw BizError.at(span, Message(BuiltinText.toOrder)) }
        let form: Distribution
        do { form = try Distribution.lognormal(p5: lo, p95: hi) } catch { throw BizError.at(span, errorText(error)) }
        return .dist(try sample(form, dim: da, site: site, span))
    }
}

/// A distribution's parameters out of their range, in the catalog's words.
struct ParameterError: Error {
    let text: Message
}

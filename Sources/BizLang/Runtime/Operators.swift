/// Operators on whole values: scalars with units, strings, lists, records,
/// and element-wise over distributions (sample by sample) and series
/// (month by month).
extension Interpreter {
    /// The longest list a program may build.
    static let maxListCount = 50_000_000

    func unitError(_ m: UnitMismatch, _ a: Value, _ b: Value, _ sa: SourceSpan, _ sb: SourceSpan) -> BizError {
        var d = Diagnostic(m.message, at: sa, notes: sides(a, sa, b, sb)).hint(m.hint)
        if let h = m.sourceHint {
            for text in percentHints(h, left: operandText(a, sa), right: operandText(b, sb)) { d = d.hint(text) }
        }
        return .failure(d)
    }

    /// `left: money (RUB)`, `right: duration` under the operands.
    private func sides(_ a: Value, _ sa: SourceSpan, _ b: Value, _ sb: SourceSpan) -> [(text: Message, span: SourceSpan)] {
        [(Message(UnitText.left, a.typeText), sa), (Message(UnitText.right, b.typeText), sb)]
    }

    /// An operand as the user wrote it, or as it displays when there is no
    /// source (a value built by a what-if).
    private func operandText(_ v: Value, _ span: SourceSpan) -> String {
        if let file = span.file, span.end > span.start { return file.slice(span) }
        return Display(locale: .en).format(v)
    }

    func unary(_ op: UnaryOp, _ v: Value, _ span: SourceSpan) throws(BizError) -> Value {
        switch (op, v) {
        case (.not, .bool(let b)): return .bool(!b)
        case (.negate, .num(let x, let d)): return .num(-x, d.computed)
        case (.plus, .num): return v
        case (.negate, .dist(let d)): return .dist(SampleSet(samples: d.samples.map { -$0 }, dim: d.dim.computed, form: d.form?.affine(-1, 0)))
        case (.negate, .series(let s)): return .series(SeriesValue(s.values.map { -$0 }, dim: s.dim.computed, name: s.name, isFlow: s.isFlow))
        case (.not, .dist(let d)) where d.isBool:
            return .dist(SampleSet(samples: d.samples.map { $0 == 0 ? 1 : 0 }, dim: .number, isBool: true, probability: d.probability.map { 1 - $0 }))
        default:
            throw BizError.at(span, Message(RuntimeText.cannotApply, op == .not ? "not" : op.rawValue, v.typeText))
        }
    }

    /// `typedPercent`: the right operand is a typed percent (decided from
    /// the source by the compiler, PercentTyping.swift); it matters only
    /// for `+` and `-` beside a plain number.
    func binary(_ op: BinaryOp, _ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan,
                typedPercent t: Bool = false) throws(BizError) -> Value {
        // Money of two currencies joined by an uncertain rate: the right
        // side becomes a distribution in the left's currency (Rates.swift).
        if !rates.isEmpty, let converted = viaUncertainRate(x, y) { return try binary(op, x, converted, sa, sb, span, typedPercent: t) }
        switch (x, y) {
        case (.num(let a, let da), .num(let b, let db)):
            return try scalarBinary(op, a, da, b, db, x, y, sa, sb, span, t)
        case (.dist(let d), .num(let b, let db)):
            let r = try sampleWise(op, d.samples, d.dim, { _ in b }, db, x, y, sa, sb, span, t)
            guard d.form != nil else { return r }
            let exact = withExactProbability(r, op, d, b, db, distOnLeft: true)
            return keepingAffineForm(exact, from: d) { s in try? self.scalarBinary(op, s, d.dim, b, db, x, y, sa, sb, span, t).number }
        case (.num(let a, let da), .dist(let d)):
            let r = try sampleWise(op, [Double](repeating: a, count: d.samples.count), da, { d.samples[$0] }, d.dim, x, y, sa, sb, span, t)
            guard d.form != nil else { return r }
            let exact = withExactProbability(r, op, d, a, da, distOnLeft: false)
            return keepingAffineForm(exact, from: d) { s in try? self.scalarBinary(op, a, da, s, d.dim, x, y, sa, sb, span, t).number }
        case (.dist(let d), .dist(let e)):
            guard d.samples.count == e.samples.count else { throw BizError.at(span, Message(RuntimeText.distributionsSampleCounts)) }
            return try sampleWise(op, d.samples, d.dim, { e.samples[$0] }, e.dim, x, y, sa, sb, span, t)
        case (.series(let s), .num(let b, let db)):
            return try monthWise(op, s, s.values, s.dim, { _ in b }, db, x, y, sa, sb, span, t)
        case (.num(let a, let da), .series(let s)):
            return try monthWise(op, s, [Double](repeating: a, count: s.values.count), da, { s.values[$0] }, s.dim, x, y, sa, sb, span, t)
        case (.series(let s), .series(let u)):
            guard s.values.count == u.values.count else {
                throw BizError.at(span, Message(RuntimeText.seriesLengths, String(s.values.count), String(u.values.count)))
            }
            return try monthWise(op, s, s.values, s.dim, { u.values[$0] }, u.dim, x, y, sa, sb, span, t, isFlow: s.isFlow && u.isFlow)
        case (.str(let a), .str(let b)):
            switch op {
            case .add:
                try reserveString(a.utf8.count + b.utf8.count, span)
                return .str(a + b)
            case .eq: return .bool(a == b)
            case .ne: return .bool(a != b)
            case .lt: return .bool(a < b)
            case .le: return .bool(a <= b)
            case .gt: return .bool(a > b)
            case .ge: return .bool(a >= b)
            default: break
            }
        case (.list(let a), .list(let b)) where op == .add:
            guard a.count + b.count <= Interpreter.maxListCount else { throw BizError.at(span, Message(RuntimeText.listTooLarge)) }
            try reserveList(growingTo: a.count + b.count, from: 0, span)
            return .list(a + b)
        case (.list, _), (_, .list), (.range, _), (_, .range):
            if let v = try elementWise(op, x, y, sa, sb, span, typedPercent: t) { return v }
        default:
            break
        }
        if op == .eq || op == .ne {
            let eq = try valuesEqual(x, y, sa, sb)
            return .bool(op == .eq ? eq : !eq)
        }
        if op == .and || op == .or {
            throw BizError.at(span, Message(RuntimeText.needsBoolBothSides, op.rawValue))
        }
        throw BizError.failure(Diagnostic(Message(RuntimeText.cannotUse, op.rawValue, x.typeText, y.typeText), at: span,
                                          notes: sides(x, sa, y, sb)))
    }

    private func scalarBinary(_ op: BinaryOp, _ a: Double, _ da: Dim, _ b: Double, _ db: Dim,
                              _ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan,
                              _ typedPercent: Bool) throws(BizError) -> Value {
        do {
            switch op {
            case .eq, .ne, .lt, .le, .gt, .ge:
                let (p, q) = try comparable(a, da, b, db)
                return .bool(compare(op, p, q))
            default:
                // `forever` (pushed_tenure's default) is a duration that only compares.
                if da == .duration && a == .infinity || db == .duration && b == .infinity {
                    throw BizError.at(da == .duration && a == .infinity ? sa : sb, Message(RuntimeText.foreverCompares),
                                      hint: Message(RuntimeText.foreverHint))
                }
                if op == .div, b == 0 { throw BizError.at(sb, Message(RuntimeText.divisionByZero)) }
                let (r, d) = try arith(op, a, da, b, db, typedPercent: typedPercent)
                guard r.isFinite else {
                    if r.isNaN { throw BizError.at(span, Message(RuntimeText.notANumber)) }
                    throw BizError.at(span, Message(RuntimeText.tooLarge))
                }
                // Arithmetic on a count prints by the general rule (§8).
                return .num(r, d.computed)
            }
        } catch let m as UnitMismatch {
            throw unitError(m, x, y, sa, sb)
        } catch let e as BizError {
            throw e
        } catch {
            throw BizError.at(span, errorText(error))
        }
    }

    func compare(_ op: BinaryOp, _ p: Double, _ q: Double) -> Bool {
        switch op {
        case .eq: return nearlyEqual(p, q)
        case .ne: return !nearlyEqual(p, q)
        case .lt: return p < q
        case .le: return p <= q || nearlyEqual(p, q)
        case .gt: return p > q
        default: return p >= q || nearlyEqual(p, q)
        }
    }

    /// Applies a scalar operator to each sample; comparisons give a
    /// distribution of booleans (for `prob`).
    private func sampleWise(_ op: BinaryOp, _ left: [Double], _ da: Dim, _ right: (Int) -> Double, _ db: Dim,
                            _ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan,
                            _ typedPercent: Bool) throws(BizError) -> Value {
        try reserve(count: left.count, stride: 8, .samples, span)
        var out = [Double](repeating: 0, count: left.count)
        var dim = da.computed
        let isComparison = [.eq, .ne, .lt, .le, .gt, .ge].contains(op)
        for i in 0..<left.count {
            let r = try scalarBinary(op, left[i], da, right(i), db, x, y, sa, sb, span, typedPercent)
            switch r {
            case .num(let v, let d): out[i] = v; dim = d
            case .bool(let b): out[i] = b ? 1 : 0
            default: break
            }
        }
        return .dist(SampleSet(samples: out, dim: isComparison ? .number : dim, isBool: isComparison))
    }

    private func monthWise(_ op: BinaryOp, _ template: SeriesValue, _ left: [Double], _ da: Dim, _ right: (Int) -> Double, _ db: Dim,
                           _ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan,
                           _ typedPercent: Bool, isFlow: Bool? = nil) throws(BizError) -> Value {
        var out = [Double](repeating: 0, count: left.count)
        var dim = da.computed
        for i in 0..<left.count {
            if op == .div, right(i) == 0 { out[i] = 0; continue }  // months with nothing to divide by show 0
            let r = try scalarBinary(op, left[i], da, right(i), db, x, y, sa, sb, span, typedPercent)
            switch r {
            case .num(let v, let d): out[i] = v; dim = d
            case .bool(let b): out[i] = b ? 1 : 0; dim = .number
            default: break
            }
        }
        // A flow stays a flow month by month (`run.revenue * 2`, `revenue - costs`).
        return .series(SeriesValue(out, dim: dim, name: "", isFlow: isFlow ?? template.isFlow))
    }

    func valuesEqual(_ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan) throws(BizError) -> Bool {
        var equalPairs = Set<StoragePair>()
        return try valuesEqual(x, y, sa, sb, &equalPairs)
    }

    /// Two lists' (or records') element storage, as a pair already found equal.
    struct StoragePair: Hashable {
        let a: UnsafeRawPointer?, b: UnsafeRawPointer?
        init(_ x: [Value], _ y: [Value]) {
            a = x.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            b = y.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        var isSame: Bool { a == b }
    }

    /// Values share structure (`xs = [xs, xs]` sixty times is 2^60 items):
    /// the same storage on both sides is equal without a look inside, and a
    /// pair of storages found equal once is not compared again, so the work
    /// is linear in the distinct lists. Ctrl-C stops a long comparison.
    private func valuesEqual(_ x: Value, _ y: Value, _ sa: SourceSpan, _ sb: SourceSpan,
                             _ equalPairs: inout Set<StoragePair>) throws(BizError) -> Bool {
        func same(_ p: [Value], _ q: [Value]) throws(BizError) -> Bool {
            guard p.count == q.count else { return false }
            let pair = StoragePair(p, q)
            if pair.isSame || equalPairs.contains(pair) { return true }
            try checkStop(sa)
            for (u, w) in zip(p, q) where try !valuesEqual(u, w, sa, sb, &equalPairs) { return false }
            equalPairs.insert(pair)
            return true
        }
        switch (x.unboxed, y.unboxed) {
        case (.num(let a, let da), .num(let b, let db)):
            do {
                let (p, q) = try comparable(a, da, b, db)
                return nearlyEqual(p, q)
            } catch { throw unitError(error, x, y, sa, sb) }
        case (.bool(let a), .bool(let b)): return a == b
        case (.str(let a), .str(let b)): return a == b
        case (.range(let a), .range(let b)):
            return try valuesEqual(.num(a.lo, a.dim), .num(b.lo, b.dim), sa, sb) && valuesEqual(.num(a.hi, a.dim), .num(b.hi, b.dim), sa, sb)
        case (.list(let a), .list(let b)):
            return try same(a, b)
        case (.record(let a), .record(let b)):
            if a.shape === b.shape { return try same(a.values, b.values) }
            guard Set(a.names) == Set(b.names) else { return false }
            for (n, v) in zip(a.names, a.values) {
                guard let w = b[n], try valuesEqual(v, w, sa, sb, &equalPairs) else { return false }
            }
            return true
        case (.nothing, .nothing): return true
        case (.object(let a), .object(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        case (.builtin(let a), .builtin(let b)): return a === b
        default: return false
        }
    }

    /// `a ≈ b`: within 0.1% of |b|, or `within t` (a percent is relative to
    /// |b|, a quantity an absolute tolerance in b's unit).
    func approxEqual(_ x: Value, _ y: Value, tolerance: Value?, _ sa: SourceSpan, _ sb: SourceSpan, _ span: SourceSpan) throws(BizError) -> Value {
        switch (x, y) {
        case (.num(let a, let da), .num(let b, let db)):
            let (p, q): (Double, Double)
            do { (p, q) = try comparable(a, da, b, db) } catch { throw unitError(error, x, y, sa, sb) }
            var tol = 0.001 * abs(q)
            if let tolerance {
                switch tolerance {
                case .num(let t, .percent): tol = abs(t) * abs(q)
                case .num(let t, let dt):
                    do {
                        guard let tt = try convert(t, dt, to: da) ?? (dt.isPlain ? t : nil) else {
                            throw BizError.at(span, Message(UnitText.toleranceUnit, dt.text, da.text))
                        }
                        tol = abs(tt)
                    } catch let e as BizError { throw e } catch { throw BizError.at(span, errorText(error)) }
                default:
                    throw BizError.at(span, Message(UnitText.toleranceKind, tolerance.typeText))
                }
            }
            return .bool(abs(p - q) <= tol || p == q)
        case (.dist(let d), .num):
            return .dist(SampleSet(samples: try d.samples.map { (s) throws(BizError) in
                if case .bool(true) = try approxEqual(.num(s, d.dim), y, tolerance: tolerance, sa, sb, span) { return 1 } else { return 0 }
            }, dim: .number, isBool: true))
        default:
            throw BizError.failure(Diagnostic(Message(UnitText.approxNeedsQuantities, x.typeText, y.typeText), at: span,
                                              notes: [(Message(UnitText.thisIs, x.typeText), sa), (Message(UnitText.thisIs, y.typeText), sb)]))
        }
    }

    /// `q / month`, `q per year`.
    func makeRate(_ v: Value, _ p: Period, _ span: SourceSpan) throws(BizError) -> Value {
        switch v {
        case .num(let x, let d) where d.per == nil && d.kind != .duration:
            return .num(x, d.per(p))
        case .dist(let s) where s.dim.per == nil:
            return .dist(SampleSet(samples: s.samples, dim: s.dim.per(p)))
        case .range(let r) where r.dim.per == nil:
            return .range(RangeValue(lo: r.lo, hi: r.hi, dim: r.dim.per(p)))
        default:
            throw BizError.at(span, Message(UnitText.cannotMakeRate, p.perText, v.typeText), hint: Message(UnitText.rateExample))
        }
    }

    /// `x in RUB`, `r in month`.
    func convert(_ v: Value, to target: ConversionTarget, _ span: SourceSpan) throws(BizError) -> Value {
        // Through an uncertain rate, money becomes a distribution (Rates.swift).
        if case .currency(let code) = target, !rates.isEmpty, let d = convertViaUncertainRate(v, to: code) {
            return try finiteResult(d, of: "in \(code)", span)
        }
        func one(_ x: Double, _ d: Dim) throws(BizError) -> (Double, Dim) {
            switch target {
            case .currency(let code):
                guard let c = Currency(code: code), d.kind == .money, let from = d.currency else {
                    throw BizError.at(span, Message(UnitText.onlyMoneyToCurrency, d.text))
                }
                guard let r = rates.convert(x, from: from, to: c) else {
                    throw BizError.at(span, Message(UnitText.noExchangeRate, from.code, code), hint: Message(UnitText.declareRate, from.code, code))
                }
                // Through a tiny rate a large amount overflows.
                guard r.isFinite || !x.isFinite else { throw notFinite(r, "in \(code)", span) }
                return (r, Dim(.money, currency: c, per: d.per))
            case .period(let p):
                if let from = d.per { return (convertPeriod(x, kind: d.kind, from: from, to: p, loss: d.loss), d.per(p)) }
                if d == .duration { return (x / p.months, .number) }
                throw BizError.at(span, Message(UnitText.onlyRatesToPeriod, d.text), hint: Message(UnitText.rateIsWritten))
            case .percent:
                // The same number, shown as a percent: 0.4 in % is 40%.
                guard d.isPlain || d == .percent else {
                    throw BizError.at(span, Message(UnitText.onlyNumberToPercent, d.text))
                }
                return (x, .percent)
            }
        }
        switch v {
        case .num(let x, let d):
            let (r, rd) = try one(x, d)
            return .num(r, rd)
        case .range(let rg):
            let (lo, d) = try one(rg.lo, rg.dim)
            let (hi, _) = try one(rg.hi, rg.dim)
            return .range(RangeValue(lo: lo, hi: hi, dim: d))
        case .dist(let s) where target == .percent && !s.isBool:
            // The same values shown as percents: the form (exact summaries) stays.
            _ = try one(0, s.dim)
            return .dist(SampleSet(samples: s.samples, dim: .percent, form: s.form))
        case .dist(let s):
            var out: [Double] = []
            var dim = s.dim
            for x in s.samples { let (r, d) = try one(x, s.dim); out.append(r); dim = d }
            // At a fixed rate a conversion is linear: the form follows (§6).
            return keepingAffineForm(.dist(SampleSet(samples: out, dim: dim)), from: s) { x in try? one(x, s.dim).0 }
        case .series(let s):
            var out: [Double] = []
            var dim = s.dim
            for x in s.values { let (r, d) = try one(x, s.dim); out.append(r); dim = d }
            return .series(SeriesValue(out, dim: dim, name: s.name, isFlow: s.isFlow))
        default:
            throw BizError.at(span, Message(UnitText.cannotConvert, v.typeText), hint: Message(UnitText.inConverts))
        }
    }

    /// `lo..hi`: a bare end takes the other end's unit.
    func makeRange(_ a: Value, _ b: Value, _ sa: SourceSpan, _ sb: SourceSpan) throws(BizError) -> Value {
        guard case .num(let lo, var da) = a, case .num(var hi, let db) = b else {
            throw BizError.failure(Diagnostic(Message(UnitText.rangeNeedsQuantities, a.typeText, b.typeText), at: sa.to(sb)))
        }
        if da.isPlain { da = db }
        else if !db.isPlain {
            do {
                guard let h = try convert(hi, db, to: da) else { throw unitError(UnitMismatch(Message(UnitText.rangeEndsSameUnit)), a, b, sa, sb) }
                hi = h
            } catch let e as BizError { throw e } catch { throw unitError(error as? UnitMismatch ?? UnitMismatch(errorText(error)), a, b, sa, sb) }
        }
        return .range(RangeValue(lo: lo, hi: hi, dim: da))
    }
}

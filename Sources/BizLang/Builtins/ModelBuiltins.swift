import BizCore

/// simulate, stress, compare, explain (LANGUAGE.md §7).
extension Builtins {
    static func companyOrRun(_ c: BuiltinCall, _ i: Int, _ label: String) throws(BizError) -> ModelObject {
        let v = try c.required(i, label)
        guard case .object(let o) = v, o.kind == .company || o.kind == .run else {
            throw c.fail(Message(BuiltinText.needsCompanyOrRun, c.name, v.typeText), at: i)
        }
        return o
    }

    static func wholeMonths(_ c: BuiltinCall, _ v: Value?, _ label: String, at i: Int) throws(BizError) -> Int? {
        guard let v else { return nil }
        guard case .num(let x, let d) = v, d.isPlain || d == .duration, x >= 0, x <= 1200, x == x.rounded() else {
            throw c.fail(Message(BuiltinText.wholeMonths, c.name, label), at: i)
        }
        return Int(x)
    }

    static let model: [Builtin] = [
        Builtin("simulate", ["company", "months", "engine"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "company")
            guard case .object(let o) = v, o.kind == .company else { throw c.fail(Message(BuiltinText.simulateNeeds, v.typeText), at: 0) }
            if let engine = c.arg(2, "engine") {
                guard case .str("bins") = engine else {
                    throw c.fail(Message(BuiltinText.onlyBinEngine), hint: Message(BuiltinText.engineHint))
                }
            }
            return try c.rt.simulate(o, months: try wholeMonths(c, c.arg(1, "months"), "months", at: 1), span: c.span)
        },
        Builtin("stress", ["subject", "price", "to", "at"]) { (c) throws(BizError) -> Value in
            try c.rt.stress(c)
        },
        Builtin("explain", ["run", "month"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "run")
            guard case .object(let o) = v, o.kind == .run, let p = o.payload else { throw c.fail(Message(BuiltinText.explainNeedsRun, v.typeText), at: 0) }
            guard let month = try wholeMonths(c, c.arg(1, "month"), "month", at: 1) else { throw c.fail(Message(BuiltinText.explainNeedsMonth)) }
            guard month >= 1, month <= p.months else { throw c.fail(Message(BuiltinText.explainMonthRange, String(p.months)), at: 1) }
            return .str(try c.rt.explain(p, month: month, span: c.span))
        },
        Builtin("table", ["run", "months", "series"]) { (c) throws(BizError) -> Value in
            try c.rt.monthTable(c)
        },
        Builtin("compare", ["runs"], variadic: true) { (c) throws(BizError) -> Value in
            var payloads: [RunPayload] = []
            for (i, v) in c.args.enumerated() {
                guard case .object(let o) = v, o.kind == .run, let p = o.payload else { throw c.fail(Message(BuiltinText.compareNeedsRuns, v.typeText), at: i) }
                payloads.append(p)
            }
            guard payloads.count >= 2 else { throw c.fail(Message(BuiltinText.compareTwo)) }
            return .str(Views(locale: c.rt.settings.locale).compare(payloads))
        },
    ]
}

extension Interpreter {
    /// Stress figures without float noise: `stress(price: +0%)` recomputes
    /// who stays and gave `revenue_change` -2.4e-12%. A share or change
    /// within 1e-9 (relative) of a round value is that value.
    static func withoutNoise(_ f: StressFigures) -> StressFigures {
        let tolerance = 1e-9
        var f = f
        let scale = max(1, f.customers)
        if abs(f.stayers - f.customers) < tolerance * scale { f.stayers = f.customers; f.leavers = 0 }
        if abs(f.stay - 1) < tolerance { f.stay = 1 }
        if abs(f.revenueChange) < tolerance { f.revenueChange = 0; f.revenueAfter = f.revenueBefore }
        if abs(f.newPrice - f.price) < tolerance * max(1, abs(f.price)) { f.newPrice = f.price }
        return f
    }

    func stress(_ c: BuiltinCall) throws(BizError) -> Value {
        let subject = try Builtins.companyOrRun(c, 0, "subject")
        var target = StressTarget.bandTop
        var builder = try SpecBuilder(rt: self, company: subject.payload?.company ?? subject, span: c.span, sample: nil)
        // A signed money change (`+10 RUB`) is relative to each price the
        // test starts from, which only the engine knows: found per subject.
        var moneyChange: Double?
        if let v = c.arg(1, "price") {
            switch v {
            case .record(let r) where r.names == ["relative_change"]:
                // Written with a sign: `+20%`, `-5%`, `+vat`, `+10 RUB`.
                switch r["relative_change"] {
                case .num(let x, .percent)?: target = .relative(x)
                case .num(_, let d)? where d.kind == .money && d.per == nil:
                    moneyChange = try builder.money(r["relative_change"] ?? .nothing, "price")
                    target = .relative(0)
                default: throw c.fail(Message(BuiltinText.stressSignedPrice, (r["relative_change"] ?? .nothing).typeText), at: 1)
                }
            case .num(let x, .percent):
                // An unsigned percent is ambiguous: a change, or a price?
                throw c.fail(Message(BuiltinText.stressNoSign, sourceText(x, .percent)),
                             at: 1, hint: Message(BuiltinText.stressNoSignHint, sourceText(abs(x), .percent)))
            case .num(_, let d) where d.kind == .money && d.per == nil: target = .absolute(try builder.money(v, "price"))
            default: throw c.fail(Message(BuiltinText.stressPriceKind, v.typeText), at: 1)
            }
        }
        /// One subject's stress test; a signed amount becomes a change
        /// relative to the price the test starts from.
        func stressed(_ core: (StressTarget) throws -> StressResult) throws(BizError) -> StressResult {
            do {
                guard let moneyChange else { return try core(target) }
                let p = try core(.relative(0)).total.price
                guard p > 0 else { throw c.fail(Message(BuiltinText.stressPriceAboveZero), at: 1) }
                return try core(.relative(moneyChange / p))
            } catch let e as BizError { throw e } catch { throw coreError(error, c.span) }
        }
        if let v = c.arg(2, "to") {
            guard case .num(_, let d) = v, d.kind == .money, d.per == nil else { throw c.fail(Message(BuiltinText.stressToPrice), at: 2) }
            target = .absolute(try builder.money(v, "to"))
        }
        let at = try Builtins.wholeMonths(c, c.arg(3, "at"), "at", at: 3)
        let figures: [StressResult]
        if let p = subject.payload {
            let month = at ?? p.months
            guard month <= p.months else { throw c.fail(Message(BuiltinText.stressAtPast, String(month), String(p.months)), at: 3) }
            figures = try p.specs.map { (s) throws(BizError) -> StressResult in
                try stressed { try BizCore.stress(s, market: p.market, atMonth: month, target: $0) }
            }
            builder.currency = p.currency
        } else {
            let spec = try builder.company(subject)
            let market = try builder.market(months: nil)
            var specs = [spec]
            if builder.uncertain {
                specs = []
                for i in 0..<builder.sampleCount {
                    builder.sample = i
                    specs.append(try builder.company(subject))
                }
            }
            figures = try specs.map { (s) throws(BizError) -> StressResult in
                try stressed { try BizCore.stress(s, market: market, atMonth: at ?? 0, target: $0) }
            }
        }
        let money = Dim.money(builder.currency)
        func record(_ pick: (StressResult) -> StressFigures?) -> Value {
            func field(_ get: (StressFigures) -> Double, _ dim: Dim) -> Value {
                let values = figures.map { pick($0).map { get(Interpreter.withoutNoise($0)) } ?? 0 }
                return values.count == 1 ? .num(values[0], dim) : .dist(SampleSet(samples: values, dim: dim))
            }
            return .record(Record([
                ("stay", field(\.stay, .percent)), ("stayers", field(\.stayers, .count)), ("leavers", field(\.leavers, .count)),
                ("revenue_before", field(\.revenueBefore, money)), ("revenue_after", field(\.revenueAfter, money)),
                ("revenue_change", field(\.revenueChange, .percent)), ("price", field(\.price, money)), ("new_price", field(\.newPrice, money)),
            ]))
        }
        guard case .record(var total) = record({ $0.total }) else { return .nothing }
        var segments = Record()
        for (name, _) in figures.first?.segments ?? [] { segments[name] = record { $0.segment(named: name) } }
        total["segments"] = .record(segments)
        total["month"] = .number(Double(figures.first?.month ?? 0))
        return .record(total)
    }
}

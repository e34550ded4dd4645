import BizCore

/// simulate, stress, compare, explain (LANGUAGE.md §7).
extension Builtins {
    static func companyOrRun(_ c: BuiltinCall, _ i: Int, _ label: String) throws(BizError) -> ModelObject {
        let v = try c.required(i, label)
        guard case .object(let o) = v, o.kind == .company || o.kind == .run else {
            throw c.fail("\(c.name) needs a company or a run, not \(v.typeName)", at: i)
        }
        return o
    }

    static func wholeMonths(_ c: BuiltinCall, _ v: Value?, _ label: String, at i: Int) throws(BizError) -> Int? {
        guard let v else { return nil }
        guard case .num(let x, let d) = v, d.isPlain || d == .duration, x >= 0, x <= 1200, x == x.rounded() else {
            throw c.fail("\(c.name): '\(label)' must be a whole number of months from 0 to 1200", at: i)
        }
        return Int(x)
    }

    static let model: [Builtin] = [
        Builtin("simulate", ["company", "months", "engine"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "company")
            guard case .object(let o) = v, o.kind == .company else { throw c.fail("simulate needs a company, not \(v.typeName)", at: 0) }
            if let engine = c.arg(2, "engine") {
                guard case .str("bins") = engine else {
                    throw c.fail("only the bin engine exists so far", hint: "leave out engine:, or write engine: \"bins\"")
                }
            }
            return try c.rt.simulate(o, months: try wholeMonths(c, c.arg(1, "months"), "months", at: 1), span: c.span)
        },
        Builtin("stress", ["subject", "price", "to", "at"]) { (c) throws(BizError) -> Value in
            try c.rt.stress(c)
        },
        Builtin("explain", ["run", "month"]) { (c) throws(BizError) -> Value in
            let v = try c.required(0, "run")
            guard case .object(let o) = v, o.kind == .run, let p = o.payload else { throw c.fail("explain needs a run, not \(v.typeName)", at: 0) }
            guard let month = try wholeMonths(c, c.arg(1, "month"), "month", at: 1) else { throw c.fail("explain needs month: m") }
            guard month >= 1, month <= p.months else { throw c.fail("explain: month must be from 1 to \(p.months)", at: 1) }
            return .str(try c.rt.explain(p, month: month, span: c.span))
        },
        Builtin("compare", ["runs"], variadic: true) { (c) throws(BizError) -> Value in
            var payloads: [RunPayload] = []
            for (i, v) in c.args.enumerated() {
                guard case .object(let o) = v, o.kind == .run, let p = o.payload else { throw c.fail("compare needs runs, not \(v.typeName)", at: i) }
                payloads.append(p)
            }
            guard payloads.count >= 2 else { throw c.fail("compare needs at least two runs") }
            return .str(Views(locale: c.rt.settings.locale).compare(payloads))
        },
    ]
}

extension Interpreter {
    func stress(_ c: BuiltinCall) throws(BizError) -> Value {
        let subject = try Builtins.companyOrRun(c, 0, "subject")
        var target = StressTarget.bandTop
        var builder = try SpecBuilder(rt: self, company: subject.payload?.company ?? subject, span: c.span, sample: nil)
        if let v = c.arg(1, "price") {
            switch v {
            case .num(let x, .percent): target = .relative(x)
            case .num(_, let d) where d.kind == .money: target = .absolute(try builder.money(v, "price"))
            default: throw c.fail("stress: price: is a change like +20% or a new price like 130 RUB, not \(v.typeName)", at: 1)
            }
        }
        if let v = c.arg(2, "to") {
            guard case .num(_, let d) = v, d.kind == .money, d.per == nil else { throw c.fail("stress: to: is a price, like 130 RUB", at: 2) }
            target = .absolute(try builder.money(v, "to"))
        }
        let at = try Builtins.wholeMonths(c, c.arg(3, "at"), "at", at: 3)
        let figures: [StressResult]
        if let p = subject.payload {
            let month = at ?? p.months
            guard month <= p.months else { throw c.fail("stress: at: \(month) is past the run's last month (\(p.months))", at: 3) }
            figures = try p.runs.map { (r) throws(BizError) -> StressResult in
                do { return try BizCore.stress(r, atMonth: month, target: target) } catch { throw coreError(error, c.span) }
            }
            builder.currency = p.currency
        } else {
            let spec = try builder.company(subject)
            let market = try builder.market(months: nil)
            var specs = [spec]
            if builder.uncertain {
                specs = []
                for i in 0..<builder.sampleCount {
                    var b = try SpecBuilder(rt: self, company: subject, span: c.span, sample: i)
                    specs.append(try b.company(subject))
                }
            }
            figures = try specs.map { (s) throws(BizError) -> StressResult in
                do { return try BizCore.stress(s, market: market, atMonth: at ?? 0, target: target) } catch { throw coreError(error, c.span) }
            }
        }
        let money = Dim.money(builder.currency)
        func record(_ pick: (StressResult) -> StressFigures?) -> Value {
            func field(_ get: (StressFigures) -> Double, _ dim: Dim) -> Value {
                let values = figures.map { pick($0).map(get) ?? 0 }
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

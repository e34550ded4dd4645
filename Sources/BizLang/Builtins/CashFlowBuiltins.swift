/// npv, irr, mirr, payback: functions of a stream of cash flows, given as a
/// list (one flow per period of the rate) or as a run's series (one flow per
/// month). `use finance` makes them visible.
extension Builtins {
    /// More flows than this is a mistake (a 10,000-month series is 833 years).
    static let maxFlows = 10_000

    struct CashFlows {
        var values: [Double]
        var dim: Dim
        /// A series is monthly: rates convert to a month, answers are durations.
        var monthly: Bool
    }

    static func cashFlows(_ c: BuiltinCall, _ i: Int, _ label: String, atLeast minimum: Int = 1) throws(BizError) -> CashFlows {
        let v = try c.required(i, label)
        let at = c.argIndex(i, label)
        var flows: CashFlows
        switch v {
        case .series(let s):
            // A series of money per month is each month's flow.
            flows = CashFlows(values: s.values, dim: s.dim.quantity, monthly: true)
        case .list(let xs):
            guard xs.count <= maxFlows else {
                throw c.fail(.tooManyFlows, c.name, label, xs.count, maxFlows, at: at)
            }
            var d: Dim?
            var values: [Double] = []
            values.reserveCapacity(xs.count)
            for x in xs {
                guard case .num(let y, let dx) = x, dx.isPlain || (dx.kind == .money && dx.per == nil) else {
                    throw c.fail(.flowKind, c.name, label, x.typeText, at: at)
                }
                guard let base = d else { d = dx.computed; values.append(y); continue }
                if dx.isPlain && base.isPlain { values.append(y); continue }
                if dx.isPlain && y == 0 { values.append(0); continue }
                do {
                    guard let z = try c.rt.convert(y, dx, to: base) else {
                        throw c.fail(.flowsMix, c.name, label, base.text, dx.text, at: at)
                    }
                    values.append(z)
                } catch let e as BizError { throw e } catch { throw c.fail(.inFunction, c.name, "\(error)", at: at) }
            }
            flows = CashFlows(values: values, dim: d ?? .number, monthly: false)
        default:
            throw c.fail(.flowsKind, c.name, label, v.typeText, at: at)
        }
        guard flows.values.count <= maxFlows else {
            throw c.fail(.tooManyFlows, c.name, label, flows.values.count, maxFlows, at: at)
        }
        guard flows.values.count >= minimum else {
            throw c.fail(.tooFewFlows, c.name, label, minimum, flows.values.count, at: at)
        }
        guard flows.values.allSatisfy(\.isFinite) else {
            throw c.fail(.flowNotFinite, c.name, label, at: at)
        }
        return flows
    }

    /// A rate for flows: per month for a series (a plain percent is then
    /// per month), as written for a list.
    static func flowRate(_ c: BuiltinCall, _ i: Int, _ label: String, _ flows: CashFlows) throws(BizError) -> Double {
        let r = try c.financeRate(i, label)
        return flows.monthly ? c.rate(r, in: .month) : r.value
    }

    /// The rate found for flows: per month for a series.
    static func flowRateValue(_ r: Double, _ flows: CashFlows) -> Value {
        .num(r, flows.monthly ? Dim.percent.per(.month) : .percent)
    }

    static let flowFunctions: [Builtin] = [
        Builtin("npv", ["rate", "values"]) { (c) throws(BizError) -> Value in
            let flows = try cashFlows(c, 1, "values")
            let r = try flowRate(c, 0, "rate", flows)
            return .num(try c.finite(TimeValueMath.npv(r, flows.values), .valueTooLarge), flows.dim)
        },
        Builtin("irr", ["values"]) { (c) throws(BizError) -> Value in
            let flows = try cashFlows(c, 0, "values", atLeast: 2)
            switch TimeValueMath.irr(flows.values) {
            case .success(let r): return flowRateValue(r, flows)
            case .failure(.noSignChange):
                throw c.fail(.irrNoSignChange, at: 0, hint: .irrNoSignChangeHint)
            case .failure:
                throw c.fail(.irrNoRoot, at: 0)
            }
        },
        Builtin("mirr", ["values", "finance_rate", "reinvest_rate"]) { (c) throws(BizError) -> Value in
            let flows = try cashFlows(c, 0, "values", atLeast: 2)
            let finance = try flowRate(c, 1, "finance_rate", flows)
            let reinvest = try flowRate(c, 2, "reinvest_rate", flows)
            guard let r = TimeValueMath.mirr(flows.values, finance: finance, reinvest: reinvest), r.isFinite else {
                throw c.fail(.mirrNeedsBothSigns, at: 0)
            }
            return flowRateValue(r, flows)
        },
        Builtin("payback", ["values", "fractional"]) { (c) throws(BizError) -> Value in
            let flows = try cashFlows(c, 0, "values")
            var fractional = false
            if let f = c.arg(1, "fractional") {
                guard case .bool(let b) = f else {
                    throw c.fail(.fractionalKind, f.typeText, at: c.argIndex(1, "fractional"))
                }
                fractional = b
            }
            // The first period at which the running total reaches 0; with
            // `fractional`, how far into that period (linearly).
            var running = 0.0
            for (k, f) in flows.values.enumerated() {
                let before = running
                running += f
                guard running >= 0 else { continue }
                var period = Double(k)
                if fractional, k > 0, before < 0, f > 0 { period = Double(k - 1) + -before / f }
                return flows.monthly ? .num(period, .duration) : .number(period)
            }
            let total = Display(locale: .en).repr(.num(running, flows.dim))
            throw c.fail(.paybackNever, total, at: 0)
        },
    ]
}

#if canImport(Glibc)
import Glibc
#endif

/// Customer value and rate conversions of the finance library (clv, ltv,
/// effect, nominal; `use finance`), and the prelude's runway, cagr and
/// breakeven_units, which are always visible.
extension Builtins {
    /// Margin per customer: money, or money per period (which then sets the period).
    static func margin(_ c: BuiltinCall, _ i: Int) throws(BizError) -> (value: Double, dim: Dim, period: Period?) {
        let v = try c.required(i, "margin")
        guard case .num(let x, let d) = v, d.isPlain || d.kind == .money, x.isFinite else {
            throw c.fail(.marginKind, c.name, v.typeText, at: c.argIndex(i, "margin"))
        }
        return (x, d.quantity, d.per)
    }

    /// A share of customers (retention or churn) from 0 to 100%.
    static func share(_ c: BuiltinCall, _ i: Int, _ label: String) throws(BizError) -> BuiltinCall.PeriodRate {
        let r = try c.financeRate(i, label)
        guard r.value >= 0, r.value <= 1 else {
            throw c.fail(.shareRange, c.name, label, at: c.argIndex(i, label))
        }
        return r
    }

    static let customerFunctions: [Builtin] = [
        // Gupta–Lehmann: m·r/(1 + i − r), margins from the end of period 1.
        Builtin("clv", ["margin", "retention", "discount"]) { (c) throws(BizError) -> Value in
            let m = try margin(c, 0)
            let retention = try share(c, 1, "retention")
            let discount = try c.financeRate(2, "discount")
            let period = m.period ?? retention.period ?? discount.period
            // Retention is a surviving share: r per p is r^(q/p) per q.
            var r = retention.value
            if let from = retention.period, let to = period { r = pow(r, to.months / from.months) }
            let i = c.rate(discount, in: period)
            guard 1 + i - r > 0 else {
                throw c.fail(.clvNoEnd, at: c.argIndex(1, "retention"))
            }
            return .num(m.value * r / (1 + i - r), m.dim)
        },
        // Margins from now: m·(1 + i)/(i + c); m/c undiscounted.
        Builtin("ltv", ["margin", "churn", "discount"]) { (c) throws(BizError) -> Value in
            let m = try margin(c, 0)
            let churn = try share(c, 1, "churn")
            let discount = c.arg(2, "discount") == nil ? BuiltinCall.PeriodRate(value: 0, period: nil) : try c.financeRate(2, "discount")
            let period = m.period ?? churn.period ?? discount.period
            var k = churn.value
            if let from = churn.period, let to = period { k = convertPeriod(k, kind: .percent, from: from, to: to, loss: true) }
            let i = c.rate(discount, in: period)
            guard i + k > 0 else {
                throw c.fail(.ltvNoChurn, at: c.argIndex(1, "churn"), hint: .ltvNoChurnHint)
            }
            return .num(m.value * (1 + i) / (i + k), m.dim)
        },
        Builtin("effect", ["nominal_rate", "npery"]) { (c) throws(BizError) -> Value in
            let (rate, k) = try nominalAndCount(c, "nominal_rate")
            return .percent(pow(1 + rate / k, k) - 1)
        },
        Builtin("nominal", ["effect_rate", "npery"]) { (c) throws(BizError) -> Value in
            let (rate, k) = try nominalAndCount(c, "effect_rate")
            return .percent(k * (pow(1 + rate, 1 / k) - 1))
        },
    ]

    /// The rate and Excel's npery (whole, at least 1, truncated as Excel does).
    static func nominalAndCount(_ c: BuiltinCall, _ label: String) throws(BizError) -> (Double, Double) {
        let r = try c.financeRate(0, label)
        guard r.period == nil || r.period == .year else {
            throw c.fail(.annualRate, c.name, label, r.period?.word ?? "", at: c.argIndex(0, label))
        }
        let k = try c.number(1, "npery").rounded(.towardZero)
        guard k >= 1, k <= 1_000_000 else { throw c.fail(.nperyKind, c.name, at: c.argIndex(1, "npery")) }
        return (r.value, k)
    }

    static let businessBasics: [Builtin] = [
        // How long the cash lasts: a duration. A plain amount of burn is per month.
        Builtin("runway", ["cash", "burn"]) { (c) throws(BizError) -> Value in
            var money = BuiltinCall.Amounts()
            let cash = try c.amount(0, "cash", period: nil, into: &money)
            let burn = try c.amount(1, "burn", period: .month, into: &money)
            guard burn != 0 else { throw c.fail(.burnZero, at: c.argIndex(1, "burn")) }
            guard cash >= 0 else { throw c.fail(.cashNegative, at: c.argIndex(0, "cash")) }
            // A burn written as an outflow (-60k RUB/month) is the same burn.
            return .num(cash / Swift.abs(burn), .duration)
        },
        // Compound annual growth: a percent per year for a duration, a
        // percent per period for a number of periods.
        Builtin("cagr", ["start", "finish", "years"]) { (c) throws(BizError) -> Value in
            var money = BuiltinCall.Amounts()
            let start = try c.amount(0, "start", period: nil, into: &money)
            let finish = try c.amount(1, "finish", period: nil, into: &money)
            let (n, isDuration) = try c.periodCount(2, "years")
            let years = isDuration ? n / 12 : n
            guard years > 0 else { throw c.fail(.mustBeAboveZero, "cagr", "years", at: c.argIndex(2, "years")) }
            guard start != 0, finish / start >= 0 else {
                throw c.fail(.cagrSigns, at: c.argIndex(start == 0 ? 0 : 1, start == 0 ? "start" : "finish"))
            }
            let g = pow(finish / start, 1 / years) - 1
            return .num(g, isDuration ? Dim.percent.per(.year) : .percent)
        },
        // Units that cover the fixed costs; per period when the costs are.
        Builtin("breakeven_units", ["fixed", "price", "unit_cost"]) { (c) throws(BizError) -> Value in
            let fixedValue = try c.required(0, "fixed")
            var period: Period?
            if case .num(_, let d) = fixedValue { period = d.per }
            var money = BuiltinCall.Amounts()
            let fixed = try c.amount(0, "fixed", period: period, into: &money)
            let price = try c.amount(1, "price", period: nil, into: &money)
            let cost = try c.amount(2, "unit_cost", period: nil, into: &money)
            guard price > cost else {
                throw c.fail(.breakevenPrice, at: c.argIndex(1, "price"))
            }
            return .num(fixed / (price - cost), period.map { Dim.number.per($0) } ?? .number)
        },
    ]
}

/// Reading the arguments of the finance functions the Biz way: a rate may be
/// a plain per-period percent (`0.5%`, or Excel's `0.005`) or a Biz rate
/// (`6%/year`), a count of periods a number or a duration (`30 years`), and
/// money keeps its currency. Every mistake is reported at the caller's
/// argument, naming it and what was expected (issue 9, item 4).
extension BuiltinCall {
    /// A rate as written: its fraction per period and the period, if any.
    struct PeriodRate {
        var value: Double
        var period: Period?
    }

    /// A percent, a percent rate, or a plain fraction.
    func financeRate(_ i: Int, _ label: String) throws(BizError) -> PeriodRate {
        let v = try required(i, label)
        guard case .num(let x, let d) = v, d.kind == .percent || d.isPlain, x.isFinite else {
            throw fail("\(name): '\(label)' must be a percent per period (0.5%) or a rate (6%/year), not \(v.typeName)",
                       at: argIndex(i, label))
        }
        guard x > -1 else { throw fail("\(name): '\(label)' must be above -100%", at: argIndex(i, label)) }
        return PeriodRate(value: x, period: d.per)
    }

    /// How many periods: a plain number, or a duration in months.
    func periodCount(_ i: Int, _ label: String) throws(BizError) -> (count: Double, isDuration: Bool) {
        let v = try required(i, label)
        guard case .num(let x, let d) = v, d.isPlain || (d.kind == .duration && d.per == nil), x.isFinite else {
            throw fail("\(name): '\(label)' must be a number of periods (360) or a duration (30 years), not \(v.typeName)",
                       at: argIndex(i, label))
        }
        return (x, d.kind == .duration)
    }

    /// The per-period rate and number of periods of a loan or an annuity.
    /// A duration counts months, so the rate converts to a month by Biz's
    /// rule (§4: `6%/year` is effective); a plain percent with a duration is
    /// ambiguous and an error.
    func ratePeriods(rate ri: Int, _ rlabel: String, periods ni: Int, _ nlabel: String)
        throws(BizError) -> (rate: Double, periods: Double, period: Period?) {
        let r = try financeRate(ri, rlabel)
        let (n, isDuration) = try periodCount(ni, nlabel)
        guard isDuration else { return (r.value, n, r.period) }
        guard let p = r.period else {
            throw fail("\(name): '\(rlabel)' is a plain percent per period, but '\(nlabel)' is a duration",
                       at: argIndex(ri, rlabel),
                       hint: "give the rate per month (0.5%/month) or per year (6%/year), or the periods as a number (360)")
        }
        return (convertPeriod(r.value, kind: .percent, from: p, to: .month), n, .month)
    }

    /// A rate in a given period (compounding), or as is when `to` is nil or
    /// the rate has no period.
    func rate(_ r: PeriodRate, in to: Period?) -> Double {
        guard let from = r.period, let to else { return r.value }
        return convertPeriod(r.value, kind: .percent, from: from, to: to)
    }

    /// Money arguments that must share one currency (the first one's); a
    /// plain number is allowed where every amount is plain, and 0 anywhere.
    /// A money rate (`-100 RUB/month`) converts to the payment period.
    struct Amounts {
        var currency: Currency?
        var dim: Dim { currency.map(Dim.money) ?? .number }
    }

    func amount(_ i: Int, _ label: String, default fallback: Double? = nil, period: Period?,
                into amounts: inout Amounts) throws(BizError) -> Double {
        guard let v = arg(i, label) else {
            if let fallback { return fallback }
            throw fail("\(name) needs the argument '\(label)'")
        }
        let at = argIndex(i, label)
        guard case .num(var x, let d) = v, d.isPlain || d.kind == .money, x.isFinite else {
            throw fail("\(name): '\(label)' must be an amount of money (200k RUB) or a number, not \(v.typeName)", at: at)
        }
        if d.isPlain { return x }
        if let from = d.per {
            guard let to = period else {
                throw fail("\(name): '\(label)' is \(d.description), but the rate has no period",
                           at: at, hint: "give the amount per period (100 RUB), or the rate per period (0.5%/month)")
            }
            x = convertPeriod(x, kind: .money, from: from, to: to)
        }
        guard let c = d.currency else { return x }
        guard let base = amounts.currency else { amounts.currency = c; return x }
        guard c != base else { return x }
        do {
            guard let y = try rt.convert(x, Dim.money(c), to: Dim.money(base)) else {
                throw fail("\(name): '\(label)' is in \(c.code), the others in \(base.code)", at: at)
            }
            return y
        } catch let e as BizError { throw e } catch { throw fail("\(name): \(error)", at: at) }
    }

    /// Excel's `type` (numpy's `when`): 0 or "end" for payments at the end
    /// of each period, 1 or "begin" for the start.
    func paymentTiming(_ i: Int) throws(BizError) -> Double {
        guard let v = arg(i, "type") else { return 0 }
        switch v {
        case .num(0, let d) where d.isPlain: return 0
        case .num(1, let d) where d.isPlain: return 1
        case .str("end"): return 0
        case .str("begin"): return 1
        default:
            throw fail("\(name): 'type' must be 0 (payments at the end of each period) or 1 (at the start), not \(Display(locale: .en).repr(v))",
                       at: argIndex(i, "type"))
        }
    }

    /// The span index of an argument given by position or by name.
    func argIndex(_ i: Int, _ label: String) -> Int {
        if i < args.count { return i }
        if let k = named.firstIndex(where: { $0.0 == label }) { return args.count + k }
        return argSpans.count
    }

    /// A finite result, or an error saying which inputs made it impossible.
    func finite(_ x: Double, _ why: String) throws(BizError) -> Double {
        guard x.isFinite else { throw fail("\(name): \(why)") }
        return x
    }
}

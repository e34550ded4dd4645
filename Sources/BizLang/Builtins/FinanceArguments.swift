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
            throw fail(.rateKind, name, label, v.typeText, at: argIndex(i, label))
        }
        guard x > -1 else { throw fail(.rateAboveMinus100, name, label, at: argIndex(i, label)) }
        return PeriodRate(value: x, period: d.per)
    }

    /// How many periods: a plain number, or a duration in months.
    func periodCount(_ i: Int, _ label: String) throws(BizError) -> (count: Double, isDuration: Bool) {
        let v = try required(i, label)
        guard case .num(let x, let d) = v, d.isPlain || (d.kind == .duration && d.per == nil), x.isFinite else {
            throw fail(.periodsKind, name, label, v.typeText, at: argIndex(i, label))
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
            throw fail(.plainRateWithDuration, name, rlabel, nlabel, at: argIndex(ri, rlabel), hint: .plainRateWithDurationHint)
        }
        return (convertPeriod(r.value, kind: .percent, from: p, to: .month), n, .month)
    }

    /// A rate in a given period (compounding), or as is when `to` is nil or
    /// the rate has no period.
    func rate(_ r: PeriodRate, in to: Period?) -> Double {
        guard let from = r.period, let to else { return r.value }
        return convertPeriod(r.value, kind: .percent, from: from, to: to)
    }

    /// Money arguments that must share one currency (the first one's; others
    /// convert by declared rates). A plain number takes that currency, as in a
    /// spreadsheet (`pmt(0.5%, 360, 200k RUB, 0)`). A money rate
    /// (`-100 RUB/month`) converts to the payment period.
    struct Amounts {
        var currency: Currency?
        var dim: Dim { currency.map(Dim.money) ?? .number }
    }

    func amount(_ i: Int, _ label: String, default fallback: Double? = nil, period: Period?,
                into amounts: inout Amounts) throws(BizError) -> Double {
        guard let v = arg(i, label) else {
            if let fallback { return fallback }
            throw fail(.missingArgument, name, label)
        }
        let at = argIndex(i, label)
        guard case .num(var x, let d) = v, d.isPlain || d.kind == .money, x.isFinite else {
            throw fail(.amountKind, name, label, v.typeText, at: at)
        }
        if d.isPlain { return x }
        if let from = d.per {
            guard let to = period else {
                throw fail(.amountRateWithoutPeriod, name, label, d.text, at: at, hint: .amountRateWithoutPeriodHint)
            }
            x = convertPeriod(x, kind: .money, from: from, to: to)
        }
        guard let c = d.currency else { return x }
        guard let base = amounts.currency else { amounts.currency = c; return x }
        guard c != base else { return x }
        do {
            guard let y = try rt.convert(x, Dim.money(c), to: Dim.money(base)) else {
                throw fail(.currencyMismatch, name, label, c.code, base.code, at: at)
            }
            return y
        } catch let e as BizError { throw e } catch { throw fail(.inFunction, name, "\(error)", at: at) }
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
            throw fail(.paymentTiming, name, Display(locale: .en).repr(v), at: argIndex(i, "type"))
        }
    }

    /// The span index of an argument given by position or by name.
    func argIndex(_ i: Int, _ label: String) -> Int {
        if i < args.count { return i }
        if let k = named.firstIndex(where: { $0.0 == label }) { return args.count + k }
        return argSpans.count
    }

    /// A finite result, or an error saying which inputs made it impossible.
    func finite(_ x: Double, _ why: FinanceText) throws(BizError) -> Double {
        guard x.isFinite else { throw fail(why, name) }
        return x
    }
}

extension BuiltinCall {
    /// An error from the finance catalog at argument i (or the call).
    func fail(_ kind: FinanceText, _ arguments: any MessageArgumentConvertible..., at i: Int? = nil,
              hint: FinanceText? = nil) -> BizError {
        let d = Diagnostic(Message(kind, arguments: arguments.map(\.messageArgument)), at: i.map(spanOf) ?? span)
        return .failure(d.hint(hint.map { Message($0) }))
    }
}

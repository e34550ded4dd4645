/// pmt, ipmt, ppmt, fv, pv, nper, rate: Excel's functions with Excel's
/// argument order and sign convention, computed as numpy-financial does,
/// on Biz values (TimeValueMath has the formulas). `use finance` makes them
/// visible.
extension Builtins {
    static let loanFunctions: [Builtin] = [
        Builtin("pmt", ["rate", "nper", "pv", "fv", "type"]) { (c) throws(BizError) -> Value in
            let a = try loanArguments(&c, "pv", "fv")
            guard a.n != 0 else { throw c.fail(.mustNotBeZero, "pmt", "nper", at: c.argIndex(1, "nper")) }
            return .num(try c.finite(TimeValueMath.pmt(a.r, a.n, a.x, a.y, a.when), .noPaymentFits), a.dim)
        },
        Builtin("ipmt", ["rate", "per", "nper", "pv", "fv", "type"]) { (c) throws(BizError) -> Value in
            try interestOrPrincipal(&c, principal: false)
        },
        Builtin("ppmt", ["rate", "per", "nper", "pv", "fv", "type"]) { (c) throws(BizError) -> Value in
            try interestOrPrincipal(&c, principal: true)
        },
        Builtin("fv", ["rate", "nper", "pmt", "pv", "type"]) { (c) throws(BizError) -> Value in
            let a = try loanArguments(&c, "pmt", "pv")
            return .num(try c.finite(TimeValueMath.fv(a.r, a.n, a.x, a.y, a.when), .valueTooLarge), a.dim)
        },
        Builtin("pv", ["rate", "nper", "pmt", "fv", "type"]) { (c) throws(BizError) -> Value in
            let a = try loanArguments(&c, "pmt", "fv")
            return .num(try c.finite(TimeValueMath.pv(a.r, a.n, a.x, a.y, a.when), .valueTooLarge), a.dim)
        },
        Builtin("nper", ["rate", "pmt", "pv", "fv", "type"]) { (c) throws(BizError) -> Value in
            // The periods are the rate's: with a rate per month the answer
            // is a duration in months; with a plain percent, a number.
            let r = try c.financeRate(0, "rate")
            var money = BuiltinCall.Amounts()
            let pmt = try c.amount(1, "pmt", period: r.period, into: &money)
            let pv = try c.amount(2, "pv", period: r.period, into: &money)
            let fv = try c.amount(3, "fv", default: 0, period: r.period, into: &money)
            let when = try c.paymentTiming(4)
            if r.value == 0 && pmt == 0 {
                throw c.fail(.nperZeroPayment, at: c.argIndex(1, "pmt"))
            }
            let n = TimeValueMath.nper(r.value, pmt, pv, fv, when)
            guard n.isFinite else {
                throw c.fail(.nperNeverReaches, at: c.argIndex(1, "pmt"), hint: .nperNeverReachesHint)
            }
            guard let p = r.period else { return .number(n) }
            return .num(n * p.months, .duration)
        },
        Builtin("rate", ["nper", "pmt", "pv", "fv", "type", "guess"]) { (c) throws(BizError) -> Value in
            let (n, isDuration) = try c.periodCount(0, "nper")
            let period: Period? = isDuration ? .month : nil
            var money = BuiltinCall.Amounts()
            let pmt = try c.amount(1, "pmt", period: period, into: &money)
            let pv = try c.amount(2, "pv", period: period, into: &money)
            let fv = try c.amount(3, "fv", default: 0, period: period, into: &money)
            let when = try c.paymentTiming(4)
            let guess = c.arg(5, "guess") == nil ? 0.1 : try c.rate(c.financeRate(5, "guess"), in: period)
            guard n > 0 else { throw c.fail(.mustBeAboveZero, "rate", "nper", at: c.argIndex(0, "nper")) }
            switch TimeValueMath.rate(n, pmt, pv, fv, when, guess: guess) {
            case .success(let r): return .num(r, period.map { Dim.percent.per($0) } ?? .percent)
            case .failure(.noSignChange):
                throw c.fail(.rateSameSign, hint: .rateSameSignHint)
            case .failure:
                throw c.fail(.rateNoRoot)
            }
        },
    ]

    /// pmt, fv and pv read alike — `(rate, nper, x, y = 0, type)` — with the
    /// amounts x and y in one currency per the rate's period.
    static func loanArguments(_ c: inout BuiltinCall, _ x: String, _ y: String) throws(BizError)
        -> (r: Double, n: Double, x: Double, y: Double, when: Double, dim: Dim) {
        let (r, n, period) = try c.ratePeriods(rate: 0, "rate", periods: 1, "nper")
        var money = BuiltinCall.Amounts()
        let xv = try c.amount(2, x, period: period, into: &money)
        let yv = try c.amount(3, y, default: 0, period: period, into: &money)
        let when = try c.paymentTiming(4)
        return (r, n, xv, yv, when, money.dim)
    }

    /// ipmt and ppmt: the interest or the principal in payment `per` (1 to nper).
    static func interestOrPrincipal(_ c: inout BuiltinCall, principal: Bool) throws(BizError) -> Value {
        let (r, n, period) = try c.ratePeriods(rate: 0, "rate", periods: 2, "nper")
        let (per, perIsDuration) = try c.periodCount(1, "per")
        // A duration `per` counts months, like a duration `nper`.
        guard !perIsDuration || period == .month else {
            throw c.fail(.perDuration, c.name, at: c.argIndex(1, "per"), hint: .perDurationHint)
        }
        guard per >= 1, per <= n else {
            throw c.fail(.perRange, c.name, n, per, at: c.argIndex(1, "per"))
        }
        var money = BuiltinCall.Amounts()
        let pv = try c.amount(3, "pv", period: period, into: &money)
        let fv = try c.amount(4, "fv", default: 0, period: period, into: &money)
        let when = try c.paymentTiming(5)
        let interest = TimeValueMath.ipmt(r, per, n, pv, fv, when)
        let value = principal ? TimeValueMath.pmt(r, n, pv, fv, when) - interest : interest
        return .num(try c.finite(value, .noPaymentFits), money.dim)
    }
}

#if canImport(Glibc)
import Glibc
#endif
import BizFormat

/// A unit mistake, before it is given the spans of the operands.
struct UnitMismatch: Error, CustomStringConvertible {
    let message: Message
    let hint: Message?
    /// A hint written from the operands' source text once their spans are
    /// known (Interpreter.unitError).
    var sourceHint: PercentHint? = nil

    init(_ message: Message, hint: Message? = nil, sourceHint: PercentHint? = nil) {
        self.message = message
        self.hint = hint
        self.sourceHint = sourceHint
    }

    /// Where it is reported inside another message: the hint in parentheses.
    var text: Message { hint.map { Message(UnitText.withHint, message, $0) } ?? message }
    var description: String { text.description }
}

/// What a non-Biz error says when it ends up in a diagnostic: a unit
/// mistake in the interface language, anything else as it describes itself.
func errorText(_ error: any Error) -> Message {
    if let m = error as? UnitMismatch { return m.text }
    return .verbatim("\(error)")
}

/// The percent mistakes whose hints rewrite the user's own operands.
enum PercentHint {
    /// `vat + 100 RUB`: the amount goes first (`100 RUB + vat`).
    case amountFirst(op: String)
    /// `3%/year + 1%`: points are added per the rate's period
    /// (`3%/year + 1%/year`); `rateOnLeft` tells which side is the rate.
    case points(op: String, period: Period, rateOnLeft: Bool)
}

/// How a percent rate converts between periods (LANGUAGE.md §4): growth-like
/// rates compound, loss-like ones (churn, switching, reach) keep the
/// surviving share.
enum RateConvention { case linear, growth, loss }

func convertPeriod(_ v: Double, kind: Dim.Kind, from: Period, to: Period, loss: Bool = false) -> Double {
    if from == to { return v }
    let n = to.months / from.months
    let conv: RateConvention = kind != .percent ? .linear : loss ? .loss : .growth
    switch conv {
    case .linear: return v * n
    case .growth: return pow(1 + v, n) - 1
    case .loss: return 1 - pow(1 - v, n)
    }
}

extension Interpreter {
    /// Converts `b` of unit `db` into unit `da` where that makes sense
    /// (another currency, another period); nil when the units differ in kind.
    func convert(_ b: Double, _ db: Dim, to da: Dim) throws(UnitMismatch) -> Double? {
        if da == db { return b }
        guard da.kind == db.kind, (da.per == nil) == (db.per == nil) else { return nil }
        if da.quantity == db.quantity, da.per == db.per { return b }
        var v = b
        if da.kind == .money, let ca = da.currency, let cb = db.currency, ca != cb {
            guard let converted = rates.convert(v, from: cb, to: ca) else {
                throw UnitMismatch(Message(UnitText.noExchangeRate, cb.code, ca.code), hint: Message(UnitText.declareRate, cb.code, ca.code))
            }
            v = converted
        }
        if let pa = da.per, let pb = db.per, pa != pb {
            v = convertPeriod(v, kind: da.kind, from: pb, to: pa, loss: da.loss || db.loss)
        }
        return v
    }

    /// Scalar arithmetic with units (LANGUAGE.md §4). `typedPercent` says
    /// that the right operand is a *typed* percent, decided by the compiler
    /// from the source text (PercentTyping.swift).
    func arith(_ op: BinaryOp, _ a: Double, _ da: Dim, _ b: Double, _ db: Dim,
               typedPercent: Bool = false) throws(UnitMismatch) -> (Double, Dim) {
        let aIsPercent = da.kind == .percent && da.per == nil
        let bIsPercent = db.kind == .percent && db.per == nil
        switch op {
        case .add, .sub:
            let sign = op == .add ? 1.0 : -1.0
            // Percent ± Percent stays a Percent; rates of one kind add as points.
            if da == db { return (a + sign * b, da) }
            if bIsPercent && !aIsPercent {
                // A percent rate ± a bare percent: points or a change? Ask.
                if da.kind == .percent, let p = da.per { throw percentRateMismatch(op, da, db, p, rateOnLeft: true) }
                // An untyped percent beside a plain number is its fraction
                // (1 + i - r); otherwise a calculator's percent change
                // (1000 - 20% is 800, 100 RUB + vat is 120 RUB).
                if da.isPlain && !typedPercent { return (a + sign * b, .number) }
                return (a * (1 + sign * b), da)
            }
            if aIsPercent && db.isPlain { return (a + sign * b, .number) }
            if aIsPercent && db.kind == .percent, let p = db.per { throw percentRateMismatch(op, da, db, p, rateOnLeft: false) }
            if aIsPercent && db.kind != .percent {
                // `vat + 100 RUB`: a percent changes the amount before it.
                var m = mismatch(op == .add ? .cannotAdd : .cannotSubtract, a, da, b, db)
                m.sourceHint = .amountFirst(op: op.rawValue)
                throw m
            }
            if let bb = try convert(b, db, to: da) { return (a + sign * bb, da) }
            throw mismatch(op == .add ? .cannotAdd : .cannotSubtract, a, da, b, db)
        case .mul:
            // x * p% is x·p in x's unit; a percent elsewhere acts as its fraction.
            if bIsPercent { return (a * b, da) }
            if aIsPercent || da.isPlain { return (a * b, db) }
            if db.isPlain { return (a * b, da) }
            if let p = da.per, db == .duration { return (rateTimes(a, da, p, b), da.quantity.kind == .percent ? .percent : da.quantity) }
            if let p = db.per, da == .duration { return (rateTimes(b, db, p, a), db.quantity.kind == .percent ? .percent : db.quantity) }
            throw mismatch(.cannotMultiply, a, da, b, db)
        case .div:
            // Percent ÷ Percent is a number (3% / 1% is 3); Percent ÷ number
            // stays a Percent (6% / 12 is 0.5%).
            if aIsPercent && bIsPercent { return (a / b, .number) }
            if db.isPlain || bIsPercent { return (a / b, da) }
            if let bb = try convert(b, db, to: da) { return (a / bb, .number) }
            // A stock ÷ a flow of it is how long it lasts:
            // 500k RUB / (60k RUB/month) is 8.33 months.
            if let p = db.per, da.per == nil, da.kind == .number || da.kind == .money,
               let bb = try convert(b, db.quantity, to: da) {
                return (a / bb * p.months, .duration)
            }
            if db == .duration, da.per == nil, da.kind == .number || da.kind == .money {
                return (a / b, da.per(.month))
            }
            throw mismatch(.cannotDivide, a, da, b, db)
        case .pow:
            // A percent acts as its fraction here: 2 ^ 50% is √2.
            if (da.isPlain || aIsPercent), db.isPlain || bIsPercent { return (pow(a, b), .number) }
            throw UnitMismatch(Message(UnitText.powNeedsNumbers, da.text, db.text))
        case .of:
            if aIsPercent || da.isPlain { return (a * b, db) }
            throw UnitMismatch(Message(UnitText.ofNeedsPercent, da.text), hint: Message(UnitText.ofExample))
        default:
            throw UnitMismatch(Message(UnitText.notArithmetic, op.rawValue))
        }
    }

    /// `3%/year + 1%`: adding points and changing by a percent are both
    /// plausible, so it is an error whose hints write each.
    private func percentRateMismatch(_ op: BinaryOp, _ da: Dim, _ db: Dim, _ p: Period, rateOnLeft: Bool) -> UnitMismatch {
        UnitMismatch(cannot(op == .add ? .cannotAdd : .cannotSubtract, da, db),
                     sourceHint: .points(op: op.rawValue, period: p, rateOnLeft: rateOnLeft))
    }

    /// A rate times a duration: the quantity over that time, compounding
    /// for percent rates (4%/month * 3 months is 12.4864%).
    private func rateTimes(_ r: Double, _ d: Dim, _ p: Period, _ months: Double) -> Double {
        let n = months / p.months
        return d.kind == .percent ? pow(1 + r, n) - 1 : r * n
    }

    /// «нельзя вычесть {2} из {1}» takes the left side in the genitive.
    private func cannot(_ verb: UnitText, _ da: Dim, _ db: Dim) -> Message {
        Message(verb, verb == .cannotSubtract ? da.genitiveText : da.text, db.text)
    }

    private func mismatch(_ verb: UnitText, _ a: Double, _ da: Dim, _ b: Double, _ db: Dim) -> UnitMismatch {
        var hint: Message?
        if da.kind == .money, db.isPlain, let c = da.currency {
            hint = Message(UnitText.didYouMean, sourceText(b, .money(c)))
        } else if db.kind == .money, da.isPlain, let c = db.currency {
            hint = Message(UnitText.didYouMean, sourceText(a, .money(c)))
        } else if da.per != nil, db.per == nil, da.quantity == db {
            hint = Message(UnitText.leftIsRate)
        } else if db.per != nil, da.per == nil, db.quantity == da {
            hint = Message(UnitText.rightIsRate)
        }
        return UnitMismatch(cannot(verb, da, db), hint: hint)
    }

    /// Both sides in the left's unit, for comparisons.
    func comparable(_ a: Double, _ da: Dim, _ b: Double, _ db: Dim) throws(UnitMismatch) -> (Double, Double) {
        if da == db { return (a, b) }
        if (da.isPlain || da == .percent) && (db.isPlain || db == .percent) { return (a, b) }
        if let bb = try convert(b, db, to: da) { return (a, bb) }
        throw UnitMismatch(Message(UnitText.cannotCompare, da.text, db.text))
    }
}

/// Equal to 12 significant digits, so that 0.1 + 0.2 == 0.3.
func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    return abs(a - b) <= 5e-12 * max(abs(a), abs(b))
}

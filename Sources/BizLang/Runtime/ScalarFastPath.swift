#if canImport(Glibc)
import Glibc
#endif

/// Arithmetic and comparisons on scalars without the general dispatch
/// (`Interpreter.binary`, `arith`): plain numbers, and money, percents,
/// durations and rates beside a number or beside the same unit — what
/// business code does most (`balance * r`, `pay - interest`, `total > 0 USD`).
/// Each function gives exactly what the general path gives, or nil when the
/// general path must decide: other pairs of units (a conversion, a percent
/// change, a rate times a duration), a division by zero, a result that is
/// not finite, `forever`. Unit checks stay exact: a pair not listed here is
/// never computed here.

/// `op` on two scalars (see above).
@inline(__always)
func fastScalar(_ op: BinaryOp, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    if dp.isPlain && dq.isPlain, let r = plainNumeric(op, p, q) { return r }
    return unitNumeric(op, p, dp, q, dq)
}

/// `fastScalar` for an operator known when compiling.
@inline(__always)
func fastScalar<O: FixedOp>(_: O.Type, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    if dp.isPlain && dq.isPlain, let r = plainNumeric(O.op, p, q) { return r }
    if let r = commonUnit(O.self, p, dp, q, dq) { return r }
    return unitNumeric(O.self, p, dp, q, dq)
}

/// The two unit rules business code uses most, inline: money plus or
/// minus money of one currency (any one unit), and an amount times a
/// plain number (`balance * r`). Exactly `unitNumericBody`'s results for
/// those pairs; nil leaves everything else, a non-finite result included,
/// to `unitNumeric` (which then gives nil too). Inline so that money on
/// the fused paths costs what plain numbers cost, within a few percent.
@inline(__always)
func commonUnit<O: FixedOp>(_: O.Type, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    let r: Double
    switch O.op {
    case .add where dp == dq: r = p + q
    case .sub where dp == dq: r = p - q
    case .mul where dq.isPlain && !dp.isPlain && !dp.isPlainPercent: r = p * q
    default: return nil
    }
    // A finite result means finite operands: ±∞ and NaN stay so.
    return r.isFinite ? .num(r, dp.computed) : nil
}

/// `op` on two plain numbers, exactly as `Interpreter.binary` computes it.
@inline(__always)
func plainNumeric(_ op: BinaryOp, _ p: Double, _ q: Double) -> Value? {
    switch op {
    case .add, .sub, .mul, .div:
        guard let r = plainArithmetic(op, p, q) else { return nil }
        return .num(r, .number)
    case .lt: return .bool(p < q)
    case .le: return .bool(p <= q || nearlyEqual(p, q))
    case .gt: return .bool(p > q)
    case .ge: return .bool(p >= q || nearlyEqual(p, q))
    default: return nil  // `==` and `!=` are unitNumeric's: kept out of the loops' path
    }
}

/// `+ - * / ^` on plain numbers as the general path computes them, or nil
/// where it decides (a division by zero, a result that is not finite).
@inline(__always)
func plainArithmetic(_ op: BinaryOp, _ p: Double, _ q: Double) -> Double? {
    let r: Double
    switch op {
    case .add: r = p + q
    case .sub: r = p - q
    case .mul: r = p * q
    case .div:
        guard q != 0 else { return nil }
        r = p / q
    case .pow: r = pow(p, q)
    default: return nil
    }
    return r.isFinite ? r : nil
}

/// Scalars with a unit: the cases of `Interpreter.arith` and `comparable`
/// that need no conversion, in the same order (plain numbers included).
/// Not inlined: the closures of plain-number loops stay small.
@inline(never)
func unitNumeric(_ op: BinaryOp, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    unitNumericBody(op, p, dp, q, dq)
}

/// `unitNumeric` for an operator known when compiling (CompileNumeric.swift):
/// specialized, so money beside money does no dispatch on the operator and
/// computes only what that operator's rule needs.
@inline(never)
func unitNumeric<O: FixedOp>(_: O.Type, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    unitNumericBody(O.op, p, dp, q, dq)
}

/// `unitNumeric`, else `fallback(f)`: the one call a fast closure makes
/// when its operands are not plain numbers. Nothing is left to do after it,
/// so the closure keeps no registers for the unit path (CompileNumeric.swift).
@inline(never)
func unitNumericOr<O: FixedOp>(_: O.Type, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim, _ f: UnsafeMutablePointer<Value>,
                               _ fallback: Code) throws(BizError) -> Value {
    if let v = unitNumericBody(O.op, p, dp, q, dq) { return v }
    return try fallback(f)
}

/// The same for a condition: a comparison of units, else `fallback(f)`.
@inline(never)
func unitTestOr<O: FixedOp>(_: O.Type, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim, _ f: UnsafeMutablePointer<Value>,
                            _ fallback: Condition) throws(BizError) -> Bool {
    if case .bool(let b)? = unitNumericBody(O.op, p, dp, q, dq) { return b }
    return try fallback(f)
}

@inline(__always)
private func unitNumericBody(_ op: BinaryOp, _ p: Double, _ dp: Dim, _ q: Double, _ dq: Dim) -> Value? {
    let pPercent = dp.isPlainPercent
    let qPercent = dq.isPlainPercent
    let d: Dim
    let r: Double
    switch op {
    case .add, .sub:
        // Only one unit on both sides: a percent beside a number, or two
        // currencies, are the general path's (typed percents, rates).
        guard dp == dq, p.isFinite, q.isFinite else { return nil }
        r = op == .add ? p + q : p - q
        d = dp
    case .mul:
        guard p.isFinite, q.isFinite else { return nil }
        if qPercent { d = dp } else if pPercent || dp.isPlain { d = dq } else if dq.isPlain { d = dp } else { return nil }
        r = p * q
    case .div:
        guard q != 0, p.isFinite, q.isFinite else { return nil }
        if pPercent && qPercent { d = .number } else if dq.isPlain || qPercent { d = dp } else if dp == dq { d = .number } else { return nil }
        r = p / q
    case .lt, .le, .gt, .ge, .eq, .ne:
        guard dp == dq || (dp.isPlain || dp == .percent) && (dq.isPlain || dq == .percent) else { return nil }
        switch op {
        case .lt: return .bool(p < q)
        case .le: return .bool(p <= q || nearlyEqual(p, q))
        case .gt: return .bool(p > q)
        case .ge: return .bool(p >= q || nearlyEqual(p, q))
        case .eq: return .bool(nearlyEqual(p, q))
        default: return .bool(!nearlyEqual(p, q))
        }
    default:
        return nil
    }
    guard r.isFinite else { return nil }
    // Arithmetic on a count prints by the general rule (§8).
    return .num(r, d.computed)
}

/// Arithmetic, comparisons and the conditions of `while` and `if`, compiled
/// with the operator known. The closure of `n - 1` or `i < n` reads locals
/// and literals in place (no closure call, no copy of the `Value`) and, for
/// plain numbers, does no dispatch on the operator: it is specialized on a
/// `FixedOp`, which folds `plainNumeric`'s switch away. Money and other
/// units read in place too, through `unitNumeric` (out of line); everything
/// else is one fallback closure to the general path (`Interpreter.binary`),
/// so the closures of a numeric loop hold only their slots, a literal and
/// that fallback.

/// Code for a condition: true or false, or the error a non-boolean gives.
typealias Condition = (UnsafeMutablePointer<Value>) throws(BizError) -> Bool

/// An operator fixed when compiling (see above).
protocol FixedOp { static var op: BinaryOp { get } }
enum AddOp: FixedOp { static var op: BinaryOp { .add } }
enum SubOp: FixedOp { static var op: BinaryOp { .sub } }
enum MulOp: FixedOp { static var op: BinaryOp { .mul } }
enum DivOp: FixedOp { static var op: BinaryOp { .div } }
enum LtOp: FixedOp { static var op: BinaryOp { .lt } }
enum LeOp: FixedOp { static var op: BinaryOp { .le } }
enum GtOp: FixedOp { static var op: BinaryOp { .gt } }
enum GeOp: FixedOp { static var op: BinaryOp { .ge } }

/// An operand the fast closures read without running code for it.
enum NumericOperand {
    case slot(Int)
    case literal(Double)
    case code
}

/// A comparison of two plain numbers, exactly as `plainNumeric` gives it.
@inline(__always)
func plainTest(_ op: BinaryOp, _ p: Double, _ q: Double) -> Bool {
    switch op {
    case .lt: return p < q
    case .le: return p <= q || nearlyEqual(p, q)
    case .gt: return p > q
    default: return p >= q || nearlyEqual(p, q)
    }
}

/// A condition's value as a Bool, or the error of `if` and `while`.
@inline(__always)
func truth(_ v: Value, _ span: SourceSpan) throws(BizError) -> Bool {
    if case .bool(let b) = v { return b }
    throw conditionError(v, span)
}

@inline(never)
func conditionError(_ v: Value, _ span: SourceSpan) -> BizError {
    BizError.at(span, Message(RuntimeText.conditionBool, v.typeText))
}

extension Compiler {
    func numericOperand(_ e: Expr) -> NumericOperand {
        if case .name(let n) = e.kind, let i = scope.lookup(n) { return .slot(i) }
        if case .number(let v) = e.kind { return .literal(v) }
        return .code
    }

    /// `op` on two evaluated operands: units, then the general path.
    func numericOnValues(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ span: SourceSpan) -> (Value, Value) throws(BizError) -> Value {
        unowned(unsafe) let rt = self.rt
        let sa = a.span, sb = b.span
        // Known when compiling, so plain numbers pay nothing for it.
        let t = (op == .add || op == .sub) && b.isTypedPercent
        return { x, y throws(BizError) in
            if case .num(let p, let dp) = x, case .num(let q, let dq) = y, let r = fastScalar(op, p, dp, q, dq) { return r }
            return try rt.binary(op, x, y, sa, sb, span, typedPercent: t)
        }
    }

    /// Arithmetic and comparisons (see the top of the file).
    func compileNumeric(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ ca: @escaping Code, _ cb: @escaping Code, _ span: SourceSpan) -> Code {
        let l = numericOperand(a), r = numericOperand(b)
        let slow = numericOnValues(op, a, b, span)
        switch op {
        case .add: return fixedNumeric(AddOp.self, l, r, ca, cb, slow)
        case .sub: return fixedNumeric(SubOp.self, l, r, ca, cb, slow)
        case .mul: return fixedNumeric(MulOp.self, l, r, ca, cb, slow)
        case .div: return fixedNumeric(DivOp.self, l, r, ca, cb, slow)
        case .lt: return fixedNumeric(LtOp.self, l, r, ca, cb, slow)
        case .le: return fixedNumeric(LeOp.self, l, r, ca, cb, slow)
        case .gt: return fixedNumeric(GtOp.self, l, r, ca, cb, slow)
        case .ge: return fixedNumeric(GeOp.self, l, r, ca, cb, slow)
        default:
            // `==` and `!=` compare to 12 digits: unitNumeric's.
            return { f throws(BizError) in try slow(try ca(f), try cb(f)) }
        }
    }

    private func fixedNumeric<O: FixedOp>(_: O.Type, _ l: NumericOperand, _ r: NumericOperand, _ ca: @escaping Code, _ cb: @escaping Code,
                                          _ slow: @escaping (Value, Value) throws(BizError) -> Value) -> Code {
        // The fast closures capture their slots, a literal and one fallback:
        // the fewer words in a closure's context, the less its thunk loads.
        let fallback: Code = { f throws(BizError) in try slow(try ca(f), try cb(f)) }
        switch (l, r) {
        case (.slot(let i), .literal(let q)):
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[i] {
                    if dp.isPlain, let v = plainNumeric(O.op, p, q) { return v }
                    return try unitNumericOr(O.self, p, dp, q, .number, f, fallback)
                }
                return try fallback(f)
            }
        case (.slot(let i), .slot(let j)):
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[i], case .num(let q, let dq) = f[j] {
                    if dp.isPlain, dq.isPlain, let v = plainNumeric(O.op, p, q) { return v }
                    return try unitNumericOr(O.self, p, dp, q, dq, f, fallback)
                }
                return try fallback(f)
            }
        case (.literal(let p), .slot(let j)):
            return { f throws(BizError) in
                if case .num(let q, let dq) = f[j] {
                    if dq.isPlain, let v = plainNumeric(O.op, p, q) { return v }
                    return try unitNumericOr(O.self, p, .number, q, dq, f, fallback)
                }
                return try fallback(f)
            }
        case (_, .literal(let q)):
            // What the literal's own code returns.
            let y = Value.num(q, .number)
            return { f throws(BizError) in
                let x = try ca(f)
                if case .num(let p, let dp) = x {
                    if dp.isPlain, let v = plainNumeric(O.op, p, q) { return v }
                    if let v = unitNumeric(O.self, p, dp, q, .number) { return v }
                }
                return try slow(x, y)
            }
        default:
            return { f throws(BizError) in
                let x = try ca(f), y = try cb(f)
                if case .num(let p, let dp) = x, case .num(let q, let dq) = y {
                    if dp.isPlain, dq.isPlain, let v = plainNumeric(O.op, p, q) { return v }
                    if let v = unitNumeric(O.self, p, dp, q, dq) { return v }
                }
                return try slow(x, y)
            }
        }
    }

    /// The condition of `while` or `if`: a comparison of plain numbers gives
    /// its Bool with no `Value` in between; anything else is evaluated as an
    /// expression and must be true or false.
    func compileCondition(_ e: Expr) -> Condition {
        let sc = e.span
        if case .binary(let op, let a, let b) = e.kind, op == .lt || op == .le || op == .gt || op == .ge {
            // Compiled once, in compileBinary's order.
            let ca = compileExpr(a), cb = compileExpr(b)
            let l = numericOperand(a), r = numericOperand(b)
            let slow = numericOnValues(op, a, b, e.span)
            switch op {
            case .lt: return fixedCondition(LtOp.self, l, r, ca, cb, slow, sc)
            case .le: return fixedCondition(LeOp.self, l, r, ca, cb, slow, sc)
            case .gt: return fixedCondition(GtOp.self, l, r, ca, cb, slow, sc)
            default: return fixedCondition(GeOp.self, l, r, ca, cb, slow, sc)
            }
        }
        let c = compileExpr(e)
        return { f throws(BizError) in try truth(try c(f), sc) }
    }

    private func fixedCondition<O: FixedOp>(_: O.Type, _ l: NumericOperand, _ r: NumericOperand, _ ca: @escaping Code, _ cb: @escaping Code,
                                            _ slow: @escaping (Value, Value) throws(BizError) -> Value, _ sc: SourceSpan) -> Condition {
        let fallback: Condition = { f throws(BizError) in try truth(try slow(try ca(f), try cb(f)), sc) }
        switch (l, r) {
        case (.slot(let i), .literal(let q)):
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[i] {
                    if dp.isPlain { return plainTest(O.op, p, q) }
                    return try unitTestOr(O.self, p, dp, q, .number, f, fallback)
                }
                return try fallback(f)
            }
        case (.slot(let i), .slot(let j)):
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[i], case .num(let q, let dq) = f[j] {
                    if dp.isPlain, dq.isPlain { return plainTest(O.op, p, q) }
                    return try unitTestOr(O.self, p, dp, q, dq, f, fallback)
                }
                return try fallback(f)
            }
        case (.literal(let p), .slot(let j)):
            return { f throws(BizError) in
                if case .num(let q, let dq) = f[j] {
                    if dq.isPlain { return plainTest(O.op, p, q) }
                    return try unitTestOr(O.self, p, .number, q, dq, f, fallback)
                }
                return try fallback(f)
            }
        default:
            return { f throws(BizError) in
                let x = try ca(f), y = try cb(f)
                if case .num(let p, let dp) = x, case .num(let q, let dq) = y {
                    if dp.isPlain, dq.isPlain { return plainTest(O.op, p, q) }
                    if case .bool(let b)? = unitNumeric(O.self, p, dp, q, dq) { return b }
                }
                return try truth(try slow(x, y), sc)
            }
        }
    }
}

/// Compiles the numeric body of a function (NumericFunction.swift): the
/// same expression as its general body, on doubles. Only what a numeric
/// body can do exactly as the general one is accepted — number literals,
/// parameters, `+ - * / ^`, unary minus, `if … then … else …` on comparisons
/// (`< <= > >= == !=`, `and`, `or`, `not`), and positional calls of
/// top-level functions (resolved when they run) — anything else and there
/// is no numeric body. A body without a call gains nothing from it (its
/// arithmetic already reads the frame in place), so it gets none either.
///
/// Every node evaluates its operands in the general body's order and
/// reports errors at the same spans; the operator is fixed when compiling
/// (`FixedOp`, CompileNumeric.swift), and a comparison inside an `if` is
/// fused with it, so `if n < 2 then n else …` is one closure.
extension Compiler {
    /// The numeric body of a function with these parameters, or nil.
    func compileNumericBody(_ f: FunctionSyntax) -> NumCode? {
        guard (1...3).contains(f.params.count) else { return nil }
        var params: [String: Int] = [:]
        for (i, p) in f.params.enumerated() where params[p.name] == nil { params[p.name] = i }
        var context = NumericContext(params: params)
        guard let body = numericExpr(f.body, &context), context.calls > 0 else { return nil }
        return body
    }

    private func numericExpr(_ e: Expr, _ cx: inout NumericContext) -> NumCode? {
        switch e.kind {
        case .number(let v):
            return { _ in v }
        case .name(let n):
            guard let i = cx.params[n] else { return nil }
            return { d in d[i] }
        case .unary(.negate, let x):
            guard let c = numericExpr(x, &cx) else { return nil }
            return { d throws(NumericExit) in -(try c(d)) }
        case .unary(.plus, let x):
            return numericExpr(x, &cx)
        case .binary(let op, let a, let b):
            return numericArithmetic(op, a, b, e.span, &cx)
        case .ifElse(let cond, let a, let b?):
            return numericIf(cond, a, b, &cx)
        case .call(let callee, let args):
            return numericCall(callee, args, e.span, &cx)
        case .block(let stmts):
            guard stmts.count == 1, case .expr(let inner) = stmts[0].kind else { return nil }
            return numericExpr(inner, &cx)
        default:
            return nil
        }
    }

    /// A leaf read in place, or code.
    private func numericOperand(_ e: Expr, _ cx: inout NumericContext) -> NumOperand? {
        if case .name(let n) = e.kind, let i = cx.params[n] { return .slot(i) }
        if case .number(let v) = e.kind { return .literal(v) }
        return numericExpr(e, &cx).map { .code($0) }
    }

    private func numericArithmetic(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ span: SourceSpan, _ cx: inout NumericContext) -> NumCode? {
        switch op {
        case .add, .sub, .mul, .div, .pow: break
        default: return nil
        }
        guard let l = numericOperand(a, &cx), let r = numericOperand(b, &cx) else { return nil }
        unowned(unsafe) let rt = self.rt
        let sa = a.span, sb = b.span
        // Out of line: a division by zero or a result that is not finite
        // gets the general path's error (or value).
        let slow: (Double, Double) throws(NumericExit) -> Double = { p, q throws(NumericExit) in
            try numericSlow(rt, op, p, q, sa, sb, span)
        }
        switch op {
        case .add: return fixedArithmetic(AddOp.self, l, r, slow)
        case .sub: return fixedArithmetic(SubOp.self, l, r, slow)
        case .mul: return fixedArithmetic(MulOp.self, l, r, slow)
        case .div: return fixedArithmetic(DivOp.self, l, r, slow)
        default: return fixedArithmetic(PowOp.self, l, r, slow)
        }
    }

    private func fixedArithmetic<O: FixedOp>(_: O.Type, _ l: NumOperand, _ r: NumOperand,
                                             _ slow: @escaping (Double, Double) throws(NumericExit) -> Double) -> NumCode {
        switch (l, r) {
        case (.slot(let i), .literal(let q)):
            return { d throws(NumericExit) in
                let p = d[i]
                if let v = plainArithmetic(O.op, p, q) { return v }
                return try slow(p, q)
            }
        case (.literal(let p), .slot(let j)):
            return { d throws(NumericExit) in
                let q = d[j]
                if let v = plainArithmetic(O.op, p, q) { return v }
                return try slow(p, q)
            }
        case (.slot(let i), .slot(let j)):
            return { d throws(NumericExit) in
                let p = d[i], q = d[j]
                if let v = plainArithmetic(O.op, p, q) { return v }
                return try slow(p, q)
            }
        case (_, .literal(let q)):
            let a = l.code
            return { d throws(NumericExit) in
                let p = try a(d)
                if let v = plainArithmetic(O.op, p, q) { return v }
                return try slow(p, q)
            }
        default:
            let a = l.code, b = r.code
            return { d throws(NumericExit) in
                let p = try a(d)
                let q = try b(d)
                if let v = plainArithmetic(O.op, p, q) { return v }
                return try slow(p, q)
            }
        }
    }

    /// `if cond then a else b`; a comparison as the condition is fused with it.
    private func numericIf(_ cond: Expr, _ a: Expr, _ b: Expr, _ cx: inout NumericContext) -> NumCode? {
        if case .binary(let op, let x, let y) = cond.kind, let test = comparison(op) {
            guard let l = numericOperand(x, &cx), let r = numericOperand(y, &cx),
                  let ca = numericExpr(a, &cx), let cb = numericExpr(b, &cx) else { return nil }
            // `if n < 2 then n else …`: the base case read in place too.
            if case .slot(let i) = l, case .literal(let q) = r, case .name(let n) = a.kind, let k = cx.params[n] {
                switch test {
                case .lt: return baseCase(LtOp.self, i, q, k, cb)
                case .le: return baseCase(LeOp.self, i, q, k, cb)
                case .gt: return baseCase(GtOp.self, i, q, k, cb)
                case .ge: return baseCase(GeOp.self, i, q, k, cb)
                case .eq: return baseCase(EqOp.self, i, q, k, cb)
                default: return baseCase(NeOp.self, i, q, k, cb)
                }
            }
            switch test {
            case .lt: return fusedIf(LtOp.self, l, r, ca, cb)
            case .le: return fusedIf(LeOp.self, l, r, ca, cb)
            case .gt: return fusedIf(GtOp.self, l, r, ca, cb)
            case .ge: return fusedIf(GeOp.self, l, r, ca, cb)
            case .eq: return fusedIf(EqOp.self, l, r, ca, cb)
            default: return fusedIf(NeOp.self, l, r, ca, cb)
            }
        }
        guard let cc = numericCondition(cond, &cx), let ca = numericExpr(a, &cx), let cb = numericExpr(b, &cx) else { return nil }
        return { d throws(NumericExit) in try cc(d) ? try ca(d) : try cb(d) }
    }

    private func comparison(_ op: BinaryOp) -> BinaryOp? {
        switch op {
        case .lt, .le, .gt, .ge, .eq, .ne: return op
        default: return nil
        }
    }

    private func fusedIf<O: FixedOp>(_: O.Type, _ l: NumOperand, _ r: NumOperand, _ ca: @escaping NumCode,
                                     _ cb: @escaping NumCode) -> NumCode {
        switch (l, r) {
        case (.slot(let i), .literal(let q)):
            return { d throws(NumericExit) in numberTest(O.op, d[i], q) ? try ca(d) : try cb(d) }
        case (.literal(let p), .slot(let j)):
            return { d throws(NumericExit) in numberTest(O.op, p, d[j]) ? try ca(d) : try cb(d) }
        case (.slot(let i), .slot(let j)):
            return { d throws(NumericExit) in numberTest(O.op, d[i], d[j]) ? try ca(d) : try cb(d) }
        default:
            let test = fixedTest(O.self, l, r)
            return { d throws(NumericExit) in try test(d) ? try ca(d) : try cb(d) }
        }
    }

    private func baseCase<O: FixedOp>(_: O.Type, _ i: Int, _ q: Double, _ k: Int, _ cb: @escaping NumCode) -> NumCode {
        { d throws(NumericExit) in numberTest(O.op, d[i], q) ? d[k] : try cb(d) }
    }

    private func fixedTest<O: FixedOp>(_: O.Type, _ l: NumOperand, _ r: NumOperand) -> NumCondition {
        switch (l, r) {
        case (.slot(let i), .literal(let q)):
            return { d in numberTest(O.op, d[i], q) }
        case (_, .literal(let q)):
            let a = l.code
            return { d throws(NumericExit) in numberTest(O.op, try a(d), q) }
        default:
            let a = l.code, b = r.code
            return { d throws(NumericExit) in
                let p = try a(d)
                return numberTest(O.op, p, try b(d))
            }
        }
    }

    private func numericCondition(_ e: Expr, _ cx: inout NumericContext) -> NumCondition? {
        switch e.kind {
        case .bool(let b):
            return { _ in b }
        case .unary(.not, let x):
            guard let c = numericCondition(x, &cx) else { return nil }
            return { d throws(NumericExit) in !(try c(d)) }
        case .binary(.and, let x, let y):
            guard let cx1 = numericCondition(x, &cx), let cy = numericCondition(y, &cx) else { return nil }
            return { d throws(NumericExit) in try cx1(d) ? try cy(d) : false }
        case .binary(.or, let x, let y):
            guard let cx1 = numericCondition(x, &cx), let cy = numericCondition(y, &cx) else { return nil }
            return { d throws(NumericExit) in try cx1(d) ? true : try cy(d) }
        case .binary(let op, let x, let y):
            guard let test = comparison(op), let l = numericOperand(x, &cx), let r = numericOperand(y, &cx) else { return nil }
            switch test {
            case .lt: return fixedTest(LtOp.self, l, r)
            case .le: return fixedTest(LeOp.self, l, r)
            case .gt: return fixedTest(GtOp.self, l, r)
            case .ge: return fixedTest(GeOp.self, l, r)
            case .eq: return fixedTest(EqOp.self, l, r)
            default: return fixedTest(NeOp.self, l, r)
            }
        default:
            return nil
        }
    }

    /// `g(x, y)` with g a top-level name: a direct call of g's numeric body
    /// when g's cell holds a function that has one, else a deoptimization.
    /// The arguments are evaluated before the cell is read, so that nothing
    /// runs between reading the callee and calling it (it is not retained);
    /// the general path reads the cell first, which differs in nothing a
    /// numeric body can observe (see NumericFunction.swift).
    private func numericCall(_ callee: Expr, _ args: [CallArgument], _ span: SourceSpan, _ cx: inout NumericContext) -> NumCode? {
        guard case .name(let name) = callee.kind, cx.params[name] == nil, scope.lookup(name) == nil,
              let cell = selfReferenceOrCell(name), (1...3).contains(args.count), args.allSatisfy({ $0.label == nil }) else { return nil }
        let site = NumericCallSite(rt, cell, span)
        if args.count == 1, let call = stepCall(args[0].value, site, &cx) { return call }
        // Each argument in a constant of its own: a closure taken out of an
        // array goes through reabstraction thunks.
        guard let a0 = numericExpr(args[0].value, &cx) else { return nil }
        let a1 = args.count > 1 ? numericExpr(args[1].value, &cx) : a0
        let a2 = args.count > 2 ? numericExpr(args[2].value, &cx) : a0
        guard let a1, let a2 else { return nil }
        cx.calls += 1
        switch args.count {
        case 1:
            return { d throws(NumericExit) in
                let x = try a0(d)
                return try site.call(1) { $0[0] = x }
            }
        case 2:
            return { d throws(NumericExit) in
                let x = try a0(d)
                let y = try a1(d)
                return try site.call(2) { $0[0] = x; $0[1] = y }
            }
        default:
            return { d throws(NumericExit) in
                let x = try a0(d)
                let y = try a1(d)
                let z = try a2(d)
                return try site.call(3) { $0[0] = x; $0[1] = y; $0[2] = z }
            }
        }
    }

    /// `g(n - 1)`, `g(n + 2)`: the step computed in the call's own closure.
    private func stepCall(_ arg: Expr, _ site: NumericCallSite, _ cx: inout NumericContext) -> NumCode? {
        guard case .binary(let op, let a, let b) = arg.kind, op == .add || op == .sub,
              case .name(let n) = a.kind, let i = cx.params[n], case .number(let q) = b.kind else { return nil }
        cx.calls += 1
        unowned(unsafe) let rt = self.rt
        let sa = a.span, sb = b.span, span = arg.span
        let slow: (Double, Double) throws(NumericExit) -> Double = { p, q throws(NumericExit) in
            try numericSlow(rt, op, p, q, sa, sb, span)
        }
        return op == .add ? fixedStepCall(AddOp.self, i, q, site, slow) : fixedStepCall(SubOp.self, i, q, site, slow)
    }

    private func fixedStepCall<O: FixedOp>(_: O.Type, _ i: Int, _ q: Double, _ site: NumericCallSite,
                                           _ slow: @escaping (Double, Double) throws(NumericExit) -> Double) -> NumCode {
        { d throws(NumericExit) in
            let p = d[i]
            var x: Double
            if let v = plainArithmetic(O.op, p, q) { x = v } else { x = try slow(p, q) }
            return try site.call(1) { $0[0] = x }
        }
    }
}

/// What a numeric call needs besides its arguments, in one object: the
/// closures of calls capture it and their arguments, so that their
/// contexts stay small.
final class NumericCallSite {
    let cell: Int
    let states: UnsafeMutablePointer<UInt8>
    let values: UnsafeMutablePointer<Value>
    let machine: UnsafeMutablePointer<Machine>
    let span: SourceSpan

    init(_ rt: Interpreter, _ cell: Int, _ span: SourceSpan) {
        self.cell = cell
        states = rt.cells.states
        values = rt.cells.values
        machine = rt.machine
        self.span = span
    }

    /// Calls the numeric body the cell holds with `argc` arguments that
    /// `fill` writes, or deoptimizes if it holds none.
    @inline(__always)
    func call(_ argc: Int, _ fill: (UnsafeMutablePointer<Double>) -> Void) throws(NumericExit) -> Double {
        guard let nf = numericCallee(states, values, cell, argc) else { throw NumericExit.deoptimize }
        return try machine.callNumeric(nf, span, fill)
    }
}

/// What compiling a numeric body tracks: the parameters' slots, and how
/// many calls the body makes.
private struct NumericContext {
    let params: [String: Int]
    var calls = 0
}

/// An operand of a numeric node: read in place, or code.
private enum NumOperand {
    case slot(Int)
    case literal(Double)
    case code(NumCode)

    /// The operand as code (for the shapes not read in place).
    var code: NumCode {
        switch self {
        case .slot(let i): return { d in d[i] }
        case .literal(let v): return { _ in v }
        case .code(let c): return c
        }
    }
}

enum PowOp: FixedOp { static var op: BinaryOp { .pow } }
enum EqOp: FixedOp { static var op: BinaryOp { .eq } }
enum NeOp: FixedOp { static var op: BinaryOp { .ne } }

/// A comparison of plain numbers as the general path gives it: `<=`, `>=`,
/// `==` and `!=` to 12 significant digits.
@inline(__always)
func numberTest(_ op: BinaryOp, _ p: Double, _ q: Double) -> Bool {
    switch op {
    case .eq: return nearlyEqual(p, q)
    case .ne: return !nearlyEqual(p, q)
    default: return plainTest(op, p, q)
    }
}

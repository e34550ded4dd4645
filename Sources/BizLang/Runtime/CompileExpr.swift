import BizCore
/// Expressions to closures.
extension Compiler {
    func compileExpr(_ e: Expr) -> Code {
        let span = e.span
        unowned(unsafe) let rt = self.rt
        switch e.kind {
        case .number(let v):
            let value = Value.num(v, .number)
            return { _ in value }
        case .quantity(let v, let d):
            let value = Value.num(v, d)
            return { _ in value }
        case .bool(let b):
            let value = Value.bool(b)
            return { _ in value }
        case .string(let pieces):
            return compileString(pieces, span)
        case .name(let name):
            return compileName(name, span)
        case .list(let items):
            let all = compileAll(items)
            return { f throws(BizError) in .list(try all(f)) }
        case .record(let fields):
            checkDuplicates(fields)
            return compileRecordLiteral(fields)
        case .unary(let op, let operand):
            let c = compileExpr(operand)
            return { f throws(BizError) in try rt.unary(op, try c(f), span) }
        case .binary(let op, let a, let b):
            return compileBinary(op, a, b, span)
        case .approx(let a, let b, let tol):
            let ca = compileExpr(a), cb = compileExpr(b), ct = tol.map { compileExpr($0) }
            let sa = a.span, sb = b.span
            return { f throws(BizError) in
                try rt.approxEqual(try ca(f), try cb(f), tolerance: try ct?(f), sa, sb, span)
            }
        case .percent(let inner):
            let c = compileExpr(inner)
            return { f throws(BizError) in
                let v = try c(f)
                guard case .num(let x, let d) = v, d.isPlain else {
                    throw BizError.at(span, Message(RuntimeText.percentNeedsNumber, v.typeText))
                }
                return .num(x / 100, .percent)
            }
        case .rate(let inner, let period):
            let c = compileExpr(inner)
            return { f throws(BizError) in try rt.makeRate(try c(f), period, span) }
        case .convert(let inner, let target):
            let c = compileExpr(inner)
            return { f throws(BizError) in try rt.convert(try c(f), to: target, span) }
        case .range(let a, let b):
            let ca = compileExpr(a), cb = compileExpr(b)
            let sa = a.span, sb = b.span
            return { f throws(BizError) in try rt.makeRange(try ca(f), try cb(f), sa, sb) }
        case .to(let a, let b):
            let ca = compileExpr(a), cb = compileExpr(b)
            let site = nextSite()
            let sa = a.span, sb = b.span
            return { f throws(BizError) in try rt.makeInterval(try ca(f), try cb(f), site: site, sa, sb, span) }
        case .call(let callee, let args):
            return compileCall(callee, args, span)
        case .index(let base, let index):
            let cb = compileExpr(base), ci = compileExpr(index)
            let si = index.span
            return { f throws(BizError) in try rt.index(try cb(f), try ci(f), span, si) }
        case .member(let base, let name):
            let cb = compileExpr(base)
            // A record's field by the index this site last found (FieldCache).
            let cache = FieldCache(name)
            if case .name(let n) = base.kind, let slot = scope.lookup(n) {
                // A record in a local: read the field in place.
                return { f throws(BizError) in
                    if let v = cache.read(f[slot]) { return v }
                    return try rt.member(try cb(f), name, span)
                }
            }
            return { f throws(BizError) in
                let v = try cb(f)
                if let field = cache.read(v) { return field }
                return try rt.member(v, name, span)
            }
        case .with(let base, let fields):
            return compileWith(base, fields, span)
        case .lambda(let fn):
            return compileLambda(fn, name: fn.name ?? "lambda", span: span)
        case .ifElse(let cond, let a, let b):
            let cc = compileCondition(cond), ca = compileExpr(a)
            guard let cb = b.map({ compileExpr($0) }) else {
                return { f throws(BizError) in try cc(f) ? try ca(f) : .nothing }
            }
            return { f throws(BizError) in try cc(f) ? try ca(f) : try cb(f) }
        case .block(let stmts):
            return compileBlock(stmts)
        case .forLoop(let variable, _, let sequence, let body):
            return compileFor(variable, sequence, body, span)
        case .whileLoop(let cond, let body):
            let cc = compileCondition(cond), cb = compileExpr(body)
            let m = rt.machine
            return { f throws(BizError) in
                while true {
                    try m.tick(span)
                    guard try cc(f) else { return .nothing }
                    discard(try cb(f))
                }
            }
        case .given(let body, let bindings):
            return compileGiven(body, bindings)
        case .declaration(let kind, let name, let fields):
            checkDuplicates(fields)
            checkDeclaration(kind, name, fields)
            let codes = fields.map { compileDeclarationField($0) }
            let names = fields.map(\.name), spans = fields.map(\.nameSpan), valueSpans = fields.map(\.value.span)
            return { f throws(BizError) in try rt.declare(kind, name, names, try evaluateAll(codes, f), spans, valueSpans, span) }
        case .schedule:
            return compileFieldValue(e)
        case .sweep, .goal, .optimize, .tornado:
            return compileWhatIf(e)
        }
    }

    /// Code that evaluates `exprs` in order into one array (list items,
    /// record fields). Up to four are compiled into constants: a closure
    /// taken out of an array goes through two reabstraction thunks.
    func compileAll(_ exprs: [Expr]) -> (UnsafeMutablePointer<Value>) throws(BizError) -> [Value] {
        switch exprs.count {
        case 1:
            let c0 = compileExpr(exprs[0])
            return { f throws(BizError) in [try c0(f)] }
        case 2:
            let c0 = compileExpr(exprs[0]), c1 = compileExpr(exprs[1])
            return { f throws(BizError) in
                var out: [Value] = []
                out.reserveCapacity(2)
                out.append(try c0(f)); out.append(try c1(f))
                return out
            }
        case 3:
            let c0 = compileExpr(exprs[0]), c1 = compileExpr(exprs[1]), c2 = compileExpr(exprs[2])
            return { f throws(BizError) in
                var out: [Value] = []
                out.reserveCapacity(3)
                out.append(try c0(f)); out.append(try c1(f)); out.append(try c2(f))
                return out
            }
        case 4:
            let c0 = compileExpr(exprs[0]), c1 = compileExpr(exprs[1]), c2 = compileExpr(exprs[2]), c3 = compileExpr(exprs[3])
            return { f throws(BizError) in
                var out: [Value] = []
                out.reserveCapacity(4)
                out.append(try c0(f)); out.append(try c1(f)); out.append(try c2(f)); out.append(try c3(f))
                return out
            }
        default:
            let codes = exprs.map { compileExpr($0) }
            return { f throws(BizError) in try evaluateAll(codes, f) }
        }
    }

    func nextSite() -> String {
        sitesInCell += 1
        return "\(definingName ?? "_")#\(sitesInCell)"
    }

    func checkDuplicates(_ fields: [Field]) {
        var seen = Set<String>()
        for f in fields where !seen.insert(f.name).inserted {
            error(f.nameSpan, Message(RuntimeText.fieldGivenTwice, f.name))
        }
    }

    func compileName(_ name: String, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        guard let r = resolve(name, span) else {
            unknownName(name, span)
            return { _ in .nothing }
        }
        switch r {
        case .local(let slot):
            return { f in
                let v = f[slot]
                if case .box(let b) = v { return b.value }
                return v
            }
        case .cell(let i):
            let states = rt.cells.states, values = rt.cells.values
            return { _ throws(BizError) in
                if states[i] != 0 { try rt.recompute(i, span) }
                return values[i]
            }
        case .builtin(let b):
            let v = Value.builtin(b)
            return { _ in v }
        }
    }

    /// The cell a top-level name reads (already resolved by compileExpr,
    /// so that dependencies are recorded), or nil.
    func selfReferenceOrCell(_ name: String) -> Int? {
        if let sr = selfReference, sr.name == name { return sr.hidden }
        return rt.globals[name]
    }

    func compileBinary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        let ca = compileExpr(a), cb = compileExpr(b)
        let sa = a.span, sb = b.span
        switch op {
        case .and, .or:
            let isAnd = op == .and
            return { f throws(BizError) in
                guard case .bool(let x) = try ca(f) else { throw BizError.at(sa, Message(RuntimeText.needsBoolLeft, op.rawValue)) }
                if isAnd ? !x : x { return .bool(x) }
                guard case .bool(let y) = try cb(f) else { throw BizError.at(sb, Message(RuntimeText.needsBoolRight, op.rawValue)) }
                return .bool(y)
            }
        case .add, .sub, .mul, .div, .lt, .le, .gt, .ge, .eq, .ne:
            return compileNumeric(op, a, b, ca, cb, span)
        default:
            return { f throws(BizError) in try rt.binary(op, try ca(f), try cb(f), sa, sb, span) }
        }
    }

    func compileCall(_ callee: Expr, _ args: [CallArgument], _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        let args = markingSignedChanges(callee, args)
        let cc = compileExpr(callee)
        // The first three positional arguments are also kept outside the
        // array, for the fast paths (see compileBlock on arrays of closures).
        let positionalArgs = args.filter { $0.label == nil }
        let none: Code = { _ in .nothing }
        let p0 = positionalArgs.count > 0 ? compileExpr(positionalArgs[0].value) : none
        let p1 = positionalArgs.count > 1 ? compileExpr(positionalArgs[1].value) : none
        let p2 = positionalArgs.count > 2 ? compileExpr(positionalArgs[2].value) : none
        let positional = Array([p0, p1, p2].prefix(positionalArgs.count)) + positionalArgs.dropFirst(3).map { compileExpr($0.value) }
        let named = args.filter { $0.label != nil }.map { ($0.label ?? "", compileExpr($0.value)) }
        let argSpans = args.map(\.value.span)
        var seenLabel = false
        for a in args {
            if a.label != nil { seenLabel = true }
            else if seenLabel { error(a.value.span, Message(RuntimeText.positionalFirst)) }
        }
        let site = nextSite()
        let m = rt.machine
        // A callee that is a cell is read in place: one retain of the
        // closure (the cell may be reassigned during the call), not two.
        if case .name(let name) = callee.kind, scope.lookup(name) == nil, let cell = selfReferenceOrCell(name), named.isEmpty {
            let states = rt.cells.states, values = rt.cells.values
            // Falls back to the general path when the value is not a
            // closure that takes exactly these arguments.
            let general: Code = { f throws(BizError) in
                try rt.call(try cc(f), positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
            }
            // The code is taken out of the cell in its own statement: the
            // closure is only borrowed there, so a call retains one object
            // (the code, which the cell may drop during the call), not the
            // closure and the code.
            switch positional.count {
            case 0:
                return { f throws(BizError) in
                    if states[cell] != 0 { try rt.recompute(cell, span) }
                    guard let code = simpleCode(values + cell, 0) else { return try general(f) }
                    return try m.invokeSimple(code, 0, .nothing, .nothing, .nothing, span)
                }
            case 1:
                return { f throws(BizError) in
                    if states[cell] != 0 { try rt.recompute(cell, span) }
                    guard let code = simpleCode(values + cell, 1) else { return try general(f) }
                    return try m.invokeSimple(code, 1, try p0(f), .nothing, .nothing, span)
                }
            case 2:
                return { f throws(BizError) in
                    if states[cell] != 0 { try rt.recompute(cell, span) }
                    guard let code = simpleCode(values + cell, 2) else { return try general(f) }
                    let a0 = try p0(f)
                    return try m.invokeSimple(code, 2, a0, try p1(f), .nothing, span)
                }
            case 3:
                return { f throws(BizError) in
                    if states[cell] != 0 { try rt.recompute(cell, span) }
                    guard let code = simpleCode(values + cell, 3) else { return try general(f) }
                    let a0 = try p0(f), a1 = try p1(f)
                    return try m.invokeSimple(code, 3, a0, a1, try p2(f), span)
                }
            default:
                break
            }
        }
        // A builtin with a scalar shortcut (`mod(i, 7)`): no argument array
        // and no BuiltinCall when both arguments are scalars it takes.
        if named.isEmpty, positional.count == 2, case .name(let name) = callee.kind,
           case .builtin(let b)? = resolve(name, callee.span), let scalar2 = b.scalar2 {
            return { f throws(BizError) in
                let a0 = try p0(f), a1 = try p1(f)
                if case .num(let x, let dx) = a0, case .num(let y, let dy) = a1, let r = scalar2(x, dx, y, dy) {
                    try m.tick(span)
                    return r
                }
                return try rt.callBuiltin(b, [a0, a1], named: [], site: site, argSpans: argSpans, span)
            }
        }
        if let shortcut = compileBuiltin1(callee, positional, named, p0, site: site, argSpans: argSpans, span) { return shortcut }
        // Calls of closures that take exactly these arguments by position
        // and capture nothing skip the general path (see invokeSimple).
        if named.isEmpty {
            switch positional.count {
            case 0:
                return { f throws(BizError) in
                    let fn = try cc(f)
                    if case .function(let c) = fn, c.code.simpleArity == 0 {
                        return try m.invokeSimple(c.code, 0, .nothing, .nothing, .nothing, span)
                    }
                    return try rt.call(fn, positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
                }
            case 1:
                return { f throws(BizError) in
                    let fn = try cc(f)
                    if case .function(let c) = fn, c.code.simpleArity == 1 {
                        return try m.invokeSimple(c.code, 1, try p0(f), .nothing, .nothing, span)
                    }
                    return try rt.call(fn, positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
                }
            case 2:
                return { f throws(BizError) in
                    let fn = try cc(f)
                    if case .function(let c) = fn, c.code.simpleArity == 2 {
                        let a0 = try p0(f)
                        return try m.invokeSimple(c.code, 2, a0, try p1(f), .nothing, span)
                    }
                    return try rt.call(fn, positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
                }
            case 3:
                return { f throws(BizError) in
                    let fn = try cc(f)
                    if case .function(let c) = fn, c.code.simpleArity == 3 {
                        let a0 = try p0(f), a1 = try p1(f)
                        return try m.invokeSimple(c.code, 3, a0, a1, try p2(f), span)
                    }
                    return try rt.call(fn, positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
                }
            default:
                break
            }
        }
        return { f throws(BizError) in
            let fn = try cc(f)
            return try rt.call(fn, positional: positional, named: named, callerFrame: f, site: site, argSpans: argSpans, span)
        }
    }
}

/// The code of the closure `v` holds when a positional call with `argc`
/// arguments may take the fast path (`invokeSimple`), else nil.
@inline(__always)
func simpleCode(_ v: UnsafeMutablePointer<Value>, _ argc: Int) -> CompiledFunction? {
    if case .function(let c) = v.pointee, c.code.simpleArity == argc { return c.code }
    return nil
}

/// Evaluates each code in order (list items, record and declaration fields).
@inline(__always)
func evaluateAll(_ codes: [Code], _ f: UnsafeMutablePointer<Value>) throws(BizError) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(codes.count)
    for c in codes { out.append(try c(f)) }
    return out
}

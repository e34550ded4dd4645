/// Statements inside blocks and functions, loops, `given`, field values.
extension Compiler {
    func compileBlock(_ stmts: [Stmt]) -> Code {
        scope.blocks.append([:])
        let wasTop = atTopLevel
        atTopLevel = false
        defer { scope.blocks.removeLast(); atTopLevel = wasTop }
        return compileSequence(stmts[...])
    }

    /// Statements compiled in order (locals are declared as they come) into
    /// constants, four at most per closure, the rest chained: never an array
    /// of closures — one taken out of an array is wrapped in two
    /// reabstraction thunks, and loading it costs a retain.
    func compileSequence(_ stmts: ArraySlice<Stmt>) -> Code {
        let i = stmts.startIndex
        switch stmts.count {
        case 0: return { _ in .nothing }
        case 1: return compileInnerStatement(stmts[i])
        case 2:
            let c0 = compileInnerStatement(stmts[i]), c1 = compileInnerStatement(stmts[i + 1])
            return { f throws(BizError) in discard(try c0(f)); return try c1(f) }
        case 3:
            let c0 = compileInnerStatement(stmts[i]), c1 = compileInnerStatement(stmts[i + 1])
            let c2 = compileInnerStatement(stmts[i + 2])
            return { f throws(BizError) in discard(try c0(f)); discard(try c1(f)); return try c2(f) }
        case 4:
            let c0 = compileInnerStatement(stmts[i]), c1 = compileInnerStatement(stmts[i + 1])
            let c2 = compileInnerStatement(stmts[i + 2]), c3 = compileInnerStatement(stmts[i + 3])
            return { f throws(BizError) in discard(try c0(f)); discard(try c1(f)); discard(try c2(f)); return try c3(f) }
        default:
            break
        }
        let c0 = compileInnerStatement(stmts[i]), c1 = compileInnerStatement(stmts[i + 1])
        let c2 = compileInnerStatement(stmts[i + 2])
        let rest = compileSequence(stmts.dropFirst(3))
        return { f throws(BizError) in discard(try c0(f)); discard(try c1(f)); discard(try c2(f)); return try rest(f) }
    }

    /// A statement inside a block: assignments make or update locals.
    func compileInnerStatement(_ s: Stmt) -> Code {
        unowned(unsafe) let rt = self.rt
        switch s.kind {
        case .expr(let e):
            return compileExpr(e)
        case .assign(let name, let nameSpan, let value):
            if case .binary(.add, let left, let right) = value.kind, case .name(name) = left.kind,
               let slot = scope.lookup(name) {
                return compileAppend(slot, left, right, value.span)
            }
            if case .binary(.add, let left, let right) = value.kind, case .name(name) = left.kind, scope.lookup(name) == nil,
               let cell = rt.globals[name], selfReferenceOrCell(name) == cell {
                return compileCellAppend(cell, left, right, value.span)
            }
            let c = compileExpr(value)
            let store = compileStore(name, nameSpan, c)
            // Not `??`: a closure through a generic operator comes back
            // wrapped in two reabstraction thunks.
            if let fused = compileSlotStore(name, value, store) { return fused }
            return store
        case .function(let fn, let nameSpan):
            // Declared first, so that the function can call itself.
            let slot = scope.lookupLocalInCurrentFunction(fn.name ?? "") ?? scope.declare(fn.name ?? "")
            _ = nameSpan
            let make = compileLambda(fn, name: fn.name ?? "fn", span: s.span)
            let cells = rt.cells
            return { f throws(BizError) in
                let v = try make(f)
                if case .box(let b) = f[slot] { cells.setBox(b, v) } else { f[slot] = v }
                return .nothing
            }
        case .returnValue(let e):
            let c = e.map { compileExpr($0) }
            return { f throws(BizError) in throw BizError.returning(try c?(f) ?? .nothing) }
        case .expect(let cond, let message):
            return compileExpect(cond, message, s.span)
        case .use(_, let span):
            error(span, Message(RuntimeText.useAtTopLevel))
            return { _ in .nothing }
        case .rate(let code, let value):
            let c = compileExpr(value)
            let span = s.span
            return { f throws(BizError) in
                try rt.declareRate(code, try c(f), span)
                return .nothing
            }
        case .show, .plot, .export, .report:
            return compileOutput(s)
        }
    }

    /// `name = value` inside code: the nearest variable of that name, a cell
    /// (which becomes a plain value), or a new local.
    func compileStore(_ name: String, _ span: SourceSpan, _ value: @escaping Code) -> Code {
        unowned(unsafe) let rt = self.rt
        if let slot = scope.lookup(name) {
            return { f throws(BizError) in
                let v = try value(f)
                if case .box(let b) = f[slot] { rt.cells.setBox(b, v) } else { f[slot] = v }
                return .nothing
            }
        }
        if let cell = rt.globals[name] {
            dependencies.insert(cell)
            return { f throws(BizError) in
                rt.cells.assign(cell, try value(f))
                return .nothing
            }
        }
        let slot = scope.declare(name)
        return { f throws(BizError) in
            f[slot] = try value(f)
            return .nothing
        }
    }

    /// `xs = xs + ys` on a top-level cell inside a loop: like `compileAppend`,
    /// in place when the cell holds a plain list (or string), so a
    /// top-level loop builds a list in linear time too. The value read for
    /// the left side is dropped, then the cell's own is taken out (see
    /// `CellTable.take`), leaving one reference.
    func compileCellAppend(_ cell: Int, _ left: Expr, _ right: Expr, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        dependencies.insert(cell)
        let cl = compileExpr(left), cr = compileExpr(right)
        let sa = left.span, sb = right.span
        let typed = right.isTypedPercent
        return { f throws(BizError) in
            var x = try cl(f)
            let y = try cr(f)
            if rt.cells.isPlainValue(cell), try rt.canAppendInPlace(x, y, span) {
                x = .nothing
                var taken = rt.cells.take(cell)
                if case .list(var xs) = taken, case .list(let ys) = y {
                    taken = .nothing
                    xs.append(contentsOf: ys)
                    taken = .list(xs)
                } else if case .str(var a) = taken, case .str(let b) = y {
                    taken = .nothing
                    a += b
                    taken = .str(a)
                }
                rt.cells.putBack(cell, taken)
                return .nothing
            }
            rt.cells.assign(cell, try rt.binary(.add, x, y, sa, sb, span, typedPercent: typed))
            return .nothing
        }
    }

    /// `xs = xs + ys` on a local: appends in place when the list (or
    /// string) is not shared, so that building a list in a loop is linear,
    /// not quadratic. Same result and evaluation order as the plain form.
    func compileAppend(_ slot: Int, _ left: Expr, _ right: Expr, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        let sa = left.span, sb = right.span
        let typed = right.isTypedPercent
        if case .list(let items) = right.kind, items.count == 1 {
            // `xs = xs + [x]`: no one-element list in between.
            let ce = compileExpr(items[0])
            // Not a plain list (a box, a string, …) or at the limit: `+`.
            let added: (UnsafeMutablePointer<Value>, Value) throws(BizError) -> Value = { f, e throws(BizError) in
                let x: Value = f[slot].unboxed
                let result = try rt.binary(.add, x, .list([e]), sa, sb, span)
                if case .box(let b) = f[slot] { rt.cells.setBox(b, result) } else { f[slot] = result }
                return .nothing
            }
            if items[0].assignsNoVariable {
                // `rows = rows + [{month: m, …}]`: the item cannot change
                // `rows`, so it is made first, and the list is then moved out
                // of its slot (so that it is unique and grows in place) and
                // back in. Every way out puts a value back in the slot.
                return { f throws(BizError) in
                    let e = try ce(f)
                    guard case .list(var xs) = f[slot], xs.count < Interpreter.maxListCount else { return try added(f, e) }
                    // The slot's reference goes (leaving it empty), so `xs` is unique.
                    _ = (f + slot).move()
                    if xs.count == xs.capacity {
                        do throws(BizError) { try rt.reserveList(growingTo: xs.count + 1, from: xs.count, span) } catch {
                            (f + slot).initialize(to: .list(xs))
                            throw error
                        }
                    }
                    xs.append(e)
                    (f + slot).initialize(to: .list(xs))
                    return .nothing
                }
            }
            return { f throws(BizError) in
                if case .list(var xs) = f[slot], xs.count < Interpreter.maxListCount {
                    let e = try ce(f)
                    if xs.count == xs.capacity { try rt.reserveList(growingTo: xs.count + 1, from: xs.count, span) }
                    f[slot] = .nothing
                    xs.append(e)
                    f[slot] = .list(xs)
                    return .nothing
                }
                return try added(f, try ce(f))
            }
        }
        let cr = compileExpr(right)
        let general: Code = { f throws(BizError) in
            let box: Box?
            var x: Value
            if case .box(let b) = f[slot] { box = b; x = b.value } else { box = nil; x = f[slot] }
            let y = try cr(f)
            let result: Value
            if case .num(let p, let dp) = x, case .num(let q, let dq) = y, let r = fastScalar(AddOp.self, p, dp, q, dq) {
                result = r
            } else if case .list(var xs) = x, case .list(let ys) = y {
                guard xs.count + ys.count <= Interpreter.maxListCount else { throw BizError.at(span, Message(RuntimeText.listTooLarge)) }
                if xs.count + ys.count > xs.capacity { try rt.reserveList(growingTo: xs.count + ys.count, from: xs.count, span) }
                // Drop every other reference this code holds, so that `xs`
                // is unique and grows in place (no tuple or switch copies).
                x = .nothing
                if let box { rt.cells.setBox(box, .nothing) } else { f[slot] = .nothing }
                xs.append(contentsOf: ys)
                result = .list(xs)
            } else if case .str(var a) = x, case .str(let b) = y {
                try rt.reserveStringGrowth(to: a.utf8.count + b.utf8.count, from: a.utf8.count, span)
                x = .nothing
                if let box { rt.cells.setBox(box, .nothing) } else { f[slot] = .nothing }
                a += b
                result = .str(a)
            } else {
                result = try rt.binary(.add, x, y, sa, sb, span, typedPercent: typed)
            }
            if let box { rt.cells.setBox(box, result) } else { f[slot] = result }
            return .nothing
        }
        // `n = n + 1`, `s = s + i`, `total = total + amount` on scalars: read
        // and write the slot in place (a number needs no destroying before
        // it is overwritten).
        // The plain-number test is all the closure does; units (money) and
        // the rest are one call out of line, so that its context stays two
        // words and a closure (see CompileNumeric.swift).
        if case .number(let q) = right.kind {
            let units: Code = { f throws(BizError) in
                if case .num(let p, let dp) = f[slot], let r = unitNumeric(AddOp.self, p, dp, q, .number) {
                    (f + slot).initialize(to: r)
                    return .nothing
                }
                return try general(f)
            }
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[slot], dp.isPlain, (p + q).isFinite {
                    (f + slot).initialize(to: .num(p + q, .number))
                    return .nothing
                }
                return try units(f)
            }
        }
        if case .name(let n) = right.kind, let j = scope.lookup(n) {
            let units: Code = { f throws(BizError) in
                if case .num(let p, let dp) = f[slot], case .num(let q, let dq) = f[j], let r = unitNumeric(AddOp.self, p, dp, q, dq) {
                    (f + slot).initialize(to: r)
                    return .nothing
                }
                return try general(f)
            }
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[slot], case .num(let q, let dq) = f[j], dp.isPlain, dq.isPlain, (p + q).isFinite {
                    (f + slot).initialize(to: .num(p + q, .number))
                    return .nothing
                }
                return try units(f)
            }
        }
        // `total = total + row.amount`, any right side: a scalar slot is read
        // first, as the general path reads it, and the sum written back with
        // no copy and no destroy of a `Value` in between (348 instructions
        // an addition on loans, through `general`).
        let anyRight: Code = { f throws(BizError) in
            guard case .num(let p, let dp) = f[slot] else { return try general(f) }
            let y = try cr(f)
            let result: Value
            if case .num(let q, let dq) = y, let r = fastScalar(AddOp.self, p, dp, q, dq) { result = r } else {
                result = try rt.binary(.add, .num(p, dp), y, sa, sb, span, typedPercent: typed)
            }
            // The right side may have stored something else there (a block).
            if case .num = f[slot] { (f + slot).initialize(to: result) } else { f[slot] = result }
            return .nothing
        }
        // `total = total + row.amount` with `row` a local: the field is read
        // in place (FieldCache) and added in the same closure. Anything
        // else (not a record, no such field, a pair of units the fast path
        // leaves to the general one) is `anyRight`, which has had nothing
        // done before it: reading a field has no effect.
        if case .member(let base, let field) = right.kind, case .name(let n) = base.kind, let j = scope.lookup(n) {
            let cache = FieldCache(field)
            return { f throws(BizError) in
                if case .num(let p, let dp) = f[slot], case .num(let q, let dq)? = cache.read(f[j]),
                   let r = fastScalar(AddOp.self, p, dp, q, dq) {
                    (f + slot).initialize(to: r)
                    return .nothing
                }
                return try anyRight(f)
            }
        }
        return anyRight
    }

    func compileFor(_ variable: String, _ sequence: Expr, _ body: Expr, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        let cs = compileExpr(sequence)
        let ss = sequence.span
        scope.blocks.append([:])
        let slot = scope.declare(variable)
        let cb = compileExpr(body)
        scope.blocks.removeLast()
        let m = rt.machine
        // `for row in schedule(…)`: the list a call returns is, as a rule,
        // its own, so its items are moved into the loop variable one by
        // one (each left `nothing`) rather than copied and released twice.
        // A list the callee kept elsewhere is copied once by
        // withUnsafeMutableBufferPointer first: the same work as copying
        // each item, and the same result.
        if case .call = sequence.kind {
            return { f throws(BizError) in
                var seq = try cs(f)
                guard case .list(var items) = seq else { return try loopOver(seq, f) }
                seq = .nothing
                try items.withUnsafeMutableBufferPointer { (buffer: inout UnsafeMutableBufferPointer<Value>) throws(BizError) in
                    guard let base = buffer.baseAddress else { return }
                    for i in 0..<buffer.count {
                        try m.tick(span)
                        let item = (base + i).move()
                        (base + i).initialize(to: .nothing)
                        f[slot] = item
                        discard(try cb(f))
                    }
                }
                return .nothing
            }
        }
        return { f throws(BizError) in try loopOver(try cs(f), f) }

        func loopOver(_ seq: Value, _ f: UnsafeMutablePointer<Value>) throws(BizError) -> Value {
            switch seq {
            case .list(let items):
                for item in items {
                    try m.tick(span)
                    f[slot] = item
                    discard(try cb(f))
                }
            case .range(let r):
                guard r.hi - r.lo < 1e9 else { throw BizError.at(ss, Message(RuntimeText.rangeTooManySteps)) }
                var x = r.lo
                while x <= r.hi + 1e-9 {
                    try m.tick(span)
                    f[slot] = .num(x, r.dim)
                    discard(try cb(f))
                    x += 1
                }
            case .series(let s):
                for x in s.values {
                    try m.tick(span)
                    f[slot] = .num(x, s.dim)
                    discard(try cb(f))
                }
            case .record(let r):
                for n in r.names {
                    try m.tick(span)
                    f[slot] = .str(n)
                    discard(try cb(f))
                }
            default:
                throw BizError.at(ss, Message(RuntimeText.cannotLoop, seq.typeText), hint: Message(RuntimeText.loopOver))
            }
            return .nothing
        }
    }

    /// `EXPR given a = 1, smb.churn = 2%/month`: evaluate with those cells
    /// (or fields of declarations) replaced, then undo every change (the cell
    /// table journals them). A binding EXPR cannot read gets a note first.
    func compileGiven(_ body: Expr, _ bindings: [Field]) -> Code {
        unowned(unsafe) let rt = self.rt
        var inputs: [WhatIfCell] = []
        var codes: [Code] = []
        for b in bindings {
            guard let input = changingCell(b.name, b.nameSpan, "given") else { continue }
            inputs.append(input)
            codes.append(compileExpr(b.value))
        }
        let (cb, traced) = compileTracingDependencies(body)
        let direct = readsLocal(body) ? nil : traced
        let label = whatIfLabel(body), cellName = definingName
        return { f throws(BizError) in
            let values = try evaluateAll(codes, f)
            rt.noteUnread(inputs, by: label, reading: direct, report: rt.whatIfReports(in: cellName))
            return try rt.withReplacedCells(inputs, values) { () throws(BizError) in try cb(f) }
        }
    }

    /// Whether an expression reads a local variable: a function passed in
    /// may read any cell, so the dependency graph cannot say what it reads.
    func readsLocal(_ e: Expr) -> Bool {
        var found = false
        SyntaxWalker.visit(e) { sub in
            if case .name(let n) = sub.kind, scope.lookup(n) != nil { found = true }
        }
        return found
    }

    /// Compiles an expression and also returns the cells it reads itself
    /// (they still count as read by the formula around it).
    func compileTracingDependencies(_ e: Expr) -> (Code, [Int]) {
        let outer = dependencies
        dependencies = []
        let code = compileExpr(e)
        let direct = dependencies.sorted()
        dependencies.formUnion(outer)
        return (code, direct)
    }

    /// A declaration field. Two fields read words specially (LANGUAGE.md §2,
    /// §7): `currency: RUB` names a currency, and in `invest: 3% of revenue`
    /// revenue is the company's revenue in the same month, not a cell.
    func compileDeclarationField(_ field: Field) -> Code {
        if field.name == "currency", case .name(let code) = field.value.kind, Currency.isCode(code) {
            let v = Value.str(code)
            return { _ in v }
        }
        // `pushed_tenure: forever` (MODEL.md's default, written out), unless
        // a cell of that name exists.
        if field.name == "pushed_tenure", case .name("forever") = field.value.kind, resolve("forever", field.value.span) == nil {
            let v = Value.num(.infinity, .duration)
            return { _ in v }
        }
        if field.name == "invest", case .binary(.of, let share, let target) = field.value.kind,
           case .name("revenue") = target.kind {
            let c = compileExpr(share)
            let span = share.span
            return { f throws(BizError) in
                let v = try c(f)
                guard case .num(let x, let d) = v, d == .percent || d.isPlain, x >= 0, x <= 1 else {
                    throw BizError.at(span, Message(RuntimeText.shareOfRevenue, v.typeText))
                }
                return .record(Record([("of_revenue", .num(x, .percent))]))
            }
        }
        return compileFieldValue(field.value)
    }

    /// A declaration field value, possibly a schedule `A until month M then B`.
    func compileFieldValue(_ e: Expr) -> Code {
        guard case .schedule(let first, let steps) = e.kind else { return compileExpr(e) }
        let cf = compileExpr(first)
        let months = steps.map { compileExpr($0.month) }
        let values = steps.map { compileExpr($0.value) }
        let signed = steps.map(\.signed)
        let monthSpans = steps.map(\.month.span)
        return { f throws(BizError) in
            var stepRecords: [Value] = []
            for i in 0..<steps.count {
                let m = try months[i](f)
                guard case .num(let month, let d) = m, d.isPlain || d == .duration, month >= 0, month <= 1200, month == month.rounded() else {
                    throw BizError.at(monthSpans[i], Message(RuntimeText.scheduleMonth, Display(locale: .en).repr(m)))
                }
                stepRecords.append(.record(Record([("month", .num(month, .number)), ("value", try values[i](f)), ("relative", .bool(signed[i]))])))
            }
            return .object(ModelObject(kind: .schedule, name: "schedule",
                                       fields: Record([("initial", try cf(f)), ("steps", .list(stepRecords))])))
        }
    }
}

extension FunctionScope {
    /// A variable of the current function only (not captured from outside).
    func lookupLocalInCurrentFunction(_ name: String) -> Int? {
        for block in blocks.reversed() { if let s = block[name] { return s } }
        return nil
    }
}

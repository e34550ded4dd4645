/// Top-level statements: definitions make cells, expressions print, `expect`
/// counts, `use` loads modules. A whole file is compiled (every parse and
/// name error reported) before any of it runs.
struct TopStatement {
    enum Kind {
        /// A cell gets a formula. `previous` is the hidden cell holding the
        /// value a self-referencing definition froze. `deps` are the cells
        /// the formula names; `rates` the exchange-rate cells every formula
        /// reads implicitly (through conversions), minus, when it runs, any
        /// rate computed from this cell (`rate USD = usd`), so that such a
        /// cell can be redefined.
        case define(cell: Int, previous: Int?, deps: [Int], rates: [Int] = [])
        /// `reported`: the statement printed its own report (a what-if's
        /// table or line), so a script does not echo its value as well; the
        /// REPL still gets the value.
        case evaluate(print: Bool, reported: Bool = false)
        case effect
    }
    let kind: Kind
    let code: Code
    let frameSize: Int
    let span: SourceSpan
    /// A declaration's fields that read no cell (see CellTable.Formula).
    var ownFields: [String]? = nil
}

extension Compiler {
    func compileTopLevel(_ stmts: [Stmt]) -> [TopStatement] {
        var out: [TopStatement] = []
        noteDeclaredSegments(stmts)
        for s in stmts { compileTop(s, into: &out) }
        return out
    }

    private func resetForStatement(defining name: String?) {
        scope = FunctionScope(parent: nil)
        dependencies = []
        definingName = name
        selfReference = nil
        selfReferenceInLambda = false
        sitesInCell = 0
        atTopLevel = true
    }

    func compileTop(_ s: Stmt, into out: inout [TopStatement]) {
        switch s.kind {
        case .assign(let name, let nameSpan, let value):
            resetForStatement(defining: name)
            var previous: Int?
            if rt.globals[name] != nil, references(value, name) {
                // `n = n + 1`: the right side sees the previous value, frozen.
                guard let hidden = rt.previousCell(for: name) else { return tooManyCells(nameSpan) }
                previous = hidden
                selfReference = (name, hidden)
            } else {
                rt.readsNoPreviousCell(name)
            }
            let code = compileExpr(value)
            if selfReferenceInLambda, let previous { rt.pinPreviousCell(previous, of: name) }
            let frameSize = scope.frameSize
            // Made after the right side is compiled, which must not see it.
            guard let cell = rt.cell(named: name) else { return tooManyCells(nameSpan) }
            let deps = dependencies.subtracting([cell]).sorted()
            if case .declaration(let kind, _, _) = value.kind { rt.declarationKinds[name] = ModelObject.Kind(rawValue: kind) } else { rt.declarationKinds[name] = nil }
            out.append(TopStatement(kind: .define(cell: cell, previous: previous, deps: deps, rates: rt.rateCells), code: code, frameSize: frameSize, span: s.span,
                                    ownFields: ownFields(of: value)))
        case .function(let fn, let nameSpan):
            let name = fn.name ?? "fn"
            resetForStatement(defining: name)
            // Made first, so that the body can call the function.
            guard let cell = rt.cell(named: name) else { return tooManyCells(nameSpan) }
            let code = compileLambda(fn, name: name, span: s.span)
            let deps = dependencies.subtracting([cell]).sorted()
            out.append(TopStatement(kind: .define(cell: cell, previous: nil, deps: deps, rates: rt.rateCells), code: code, frameSize: scope.frameSize, span: s.span))
        case .expr(let e):
            resetForStatement(defining: nil)
            let code = compileExpr(e)
            let isLoop: Bool
            switch e.kind { case .forLoop, .whileLoop: isLoop = true; default: isLoop = false }
            let reported: Bool
            switch e.kind { case .sweep, .goal, .optimize, .tornado: reported = true; default: reported = false }
            out.append(TopStatement(kind: .evaluate(print: !isLoop, reported: reported), code: code, frameSize: scope.frameSize, span: s.span))
        case .use(let module, let span):
            compileUse(module, span, into: &out)
        case .returnValue:
            error(s.span, Message(RuntimeText.returnOutside))
        case .rate(let code, let value):
            // A rate is a hidden cell ("rate USD"): its formula may use cells
            // (`rate USD = usd`), so `given usd = 70 RUB` moves the rate, and
            // every later formula depends on it.
            resetForStatement(defining: "rate \(code)")
            let valueCode = compileExpr(value)
            // Unowned, like all compiled code: the closure is kept in the
            // interpreter's cells, and a strong capture would keep it alive for ever.
            unowned(unsafe) let rt = self.rt
            let span = s.span
            let name = "rate \(code)"
            let body: Code = { f throws(BizError) in
                let v = try valueCode(f)
                try rt.declareRate(code, v, span)
                return v
            }
            let isNew = rt.globals[name] == nil
            guard let cell = rt.cell(named: name, hidden: true) else { return tooManyCells(s.span) }
            if isNew { rt.rateCells.append(cell) }
            let deps = dependencies.subtracting([cell]).sorted()
            out.append(TopStatement(kind: .define(cell: cell, previous: nil, deps: deps), code: body, frameSize: scope.frameSize, span: s.span))
        case .expect, .show, .plot, .export, .report:
            resetForStatement(defining: nil)
            let code = compileInnerStatement(s)
            out.append(TopStatement(kind: .effect, code: code, frameSize: scope.frameSize, span: s.span))
        }
    }

    /// A declaration's fields whose values name no cell: inputs of their
    /// own. (A field that reads a cell moves when that cell does.)
    func ownFields(of e: Expr) -> [String]? {
        guard case .declaration(_, _, let fields) = e.kind else { return nil }
        return fields.filter { field in
            var value = field.value
            // In `invest: 20% of revenue`, revenue is the company's own.
            if field.name == "invest", case .binary(.of, let share, let target) = value.kind, case .name("revenue") = target.kind { value = share }
            var readsCell = false
            SyntaxWalker.visit(value) { sub in
                if case .name(let n) = sub.kind, rt.globals[n] != nil, !(field.name == "currency" && Currency.isCode(n)) { readsCell = true }
            }
            return !readsCell
        }.map(\.name)
    }

    private func tooManyCells(_ span: SourceSpan) {
        error(span, Message(RuntimeText.tooManyCells, String(CellTable.capacity)))
    }

    /// `stress(c, price: +20%)`: a price written with a sign is a relative
    /// change (LANGUAGE.md §4, decided from the source text, so `+vat` is
    /// one too). The builtin gets it as `{relative_change: value}`.
    func markingSignedChanges(_ callee: Expr, _ args: [CallArgument]) -> [CallArgument] {
        guard case .name("stress") = callee.kind, scope.lookup("stress") == nil, rt.globals["stress"] == nil else { return args }
        var positional = 0
        return args.map { a in
            if a.label == nil { positional += 1 }
            guard a.label == "price" || (a.label == nil && positional == 2),
                  let first = a.value.span.file?.slice(a.value.span).first, first == "+" || first == "-" || first == "−" else { return a }
            let marked = Expr(.record([Field(name: "relative_change", nameSpan: a.value.span, value: a.value)]), a.value.span)
            return CallArgument(label: a.label, value: marked)
        }
    }

    /// Whether an expression mentions a name (for self-reference).
    func references(_ e: Expr, _ name: String) -> Bool {
        var found = false
        SyntaxWalker.visit(e) { sub in
            if case .name(let n) = sub.kind, n == name { found = true }
        }
        return found
    }

    func compileUse(_ module: String, _ span: SourceSpan, into out: inout [TopStatement]) {
        guard !rt.loadedModules.contains(module) else { return }
        let source: SourceFile
        switch rt.moduleLoader.lookup(module, from: rt.scriptFolder, using: span.file?.name) {
        case .found(let file): source = file
        case .refused(let why):
            diagnostics.append(Diagnostic(why, at: span))
            return
        case .missing:
            error(span, Message(ModuleText.noModule, module),
                  hint: Message(ModuleText.lookedFor, module, rt.scriptFolder, ModuleLoader.embeddedNames.sorted().joined(separator: ", ")))
            return
        }
        rt.loadedModules.insert(module)
        var parser = Parser(file: source)
        let stmts = parser.parseProgram()
        diagnostics.append(contentsOf: parser.diagnostics)
        noteDeclaredSegments(stmts)
        for s in stmts { compileTop(s, into: &out) }
    }
}

/// Visits every expression node below a root (for small analyses).
enum SyntaxWalker {
    static func visit(_ e: Expr, _ f: (Expr) -> Void) {
        f(e)
        func v(_ x: Expr) { visit(x, f) }
        switch e.kind {
        case .number, .quantity, .bool, .name: break
        case .string(let pieces): for case .expr(let x) in pieces { v(x) }
        case .list(let xs): xs.forEach(v)
        case .record(let fs): fs.forEach { v($0.value) }
        case .unary(_, let a), .percent(let a), .rate(let a, _), .convert(let a, _), .member(let a, _): v(a)
        case .binary(_, let a, let b), .range(let a, let b), .to(let a, let b), .index(let a, let b): v(a); v(b)
        case .approx(let a, let b, let t): v(a); v(b); t.map(v)
        case .call(let c, let args): v(c); args.forEach { v($0.value) }
        case .with(let a, let fs): v(a); fs.forEach { v($0.value) }
        case .lambda(let fn): visitFunction(fn, f)
        case .ifElse(let c, let a, let b): v(c); v(a); b.map(v)
        case .block(let stmts): stmts.forEach { visitStmt($0, f) }
        case .forLoop(_, _, let s, let b): v(s); v(b)
        case .whileLoop(let c, let b): v(c); v(b)
        case .given(let b, let fs): v(b); fs.forEach { v($0.value) }
        case .declaration(_, _, let fs): fs.forEach { v($0.value) }
        case .schedule(let a, let steps): v(a); steps.forEach { v($0.month); v($0.value) }
        case .sweep(let axes, let outs): axes.forEach { v($0.values); $0.step.map(v) }; outs.forEach(v)
        case .goal(let t, let val, _, _, let r): v(t); v(val); v(r)
        case .optimize(_, let t, _, _, let r): v(t); v(r)
        case .tornado(let t, let s): v(t); s.map(v)
        }
    }

    static func visitFunction(_ fn: FunctionSyntax, _ f: (Expr) -> Void) {
        fn.params.forEach { $0.defaultValue.map { visit($0, f) } }
        visit(fn.body, f)
    }

    static func visitStmt(_ s: Stmt, _ f: (Expr) -> Void) {
        switch s.kind {
        case .expr(let e), .assign(_, _, let e), .rate(_, let e): visit(e, f)
        case .show(let xs): xs.forEach { visit($0, f) }
        case .function(let fn, _): visitFunction(fn, f)
        case .expect(let c, let m): visit(c, f); m.map { visit($0, f) }
        case .use: break
        case .returnValue(let e): e.map { visit($0, f) }
        case .plot(let xs, let d, let t): xs.forEach { visit($0, f) }; d.map { visit($0, f) }; t.map { visit($0, f) }
        case .export(let xs, let d): xs.forEach { visit($0, f) }; visit(d, f)
        case .report(let xs, let b): xs.forEach { visit($0, f) }; visit(b, f)
        }
    }
}

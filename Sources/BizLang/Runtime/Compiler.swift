/// Turns syntax into closures over frame slots. Names are resolved here, once:
/// locals to slots, top-level names to cells, the rest to builtins; an
/// unknown name is an error with a did-you-mean. The compiler also collects
/// which cells each cell formula reads: the dependency graph.
final class Compiler {
    unowned let rt: Interpreter
    var diagnostics: [Diagnostic] = []
    var scope: FunctionScope
    /// Cells read by the formula being compiled.
    var dependencies: Set<Int> = []
    /// The cell being defined, for self-reference and for naming random streams.
    var definingName: String?
    var selfReference: (name: String, hidden: Int)?
    /// The self-reference was read inside a lambda (PreviousCells: pinned).
    var selfReferenceInLambda = false
    var sitesInCell = 0
    /// Whether the current statement is at the top level (definitions make cells).
    var atTopLevel = true
    /// The segments the file and its modules declare (DeclarationCheck).
    var declaredSegments: Set<String> = []

    init(rt: Interpreter) {
        self.rt = rt
        scope = FunctionScope(parent: nil)
    }

    func error(_ span: SourceSpan, _ message: Message, hint: Message? = nil) {
        diagnostics.append(Diagnostic(message, at: span).hint(hint))
    }

    /// A text not yet in the catalog (the same in every language).
    func error(_ span: SourceSpan, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(message, at: span).hint(hint))
    }

    // MARK: Names

    enum Resolved {
        case local(Int)
        case cell(Int)
        case builtin(Builtin)
    }

    func resolve(_ name: String, _ span: SourceSpan) -> Resolved? {
        if let s = scope.lookup(name) { return .local(s) }
        if let sr = selfReference, sr.name == name {
            if scope.parent != nil { selfReferenceInLambda = true }
            dependencies.insert(sr.hidden)
            return .cell(sr.hidden)
        }
        if let c = rt.globals[name] {
            dependencies.insert(c)
            return .cell(c)
        }
        if let b = Builtins.table[name] ?? (rt.loadedModules.contains("finance") ? Builtins.financeTable[name] : nil) {
            // The model builtins read the declared market: a formula that
            // simulates must recompute when the market changes.
            if ["simulate", "stress"].contains(name), let m = rt.globals["market"] { dependencies.insert(m) }
            return .builtin(b)
        }
        return nil
    }

    func unknownName(_ name: String, _ span: SourceSpan) {
        // Hidden cells (frozen previous values `n'`, the last result `_`) are
        // never worth suggesting: `x` misspelt is not "did you mean '_'?".
        let candidates = scope.visibleNames + Array(rt.globals.keys.filter { !$0.contains("'") && $0 != "_" }) + Array(Builtins.table.keys)
        var hint: Message?
        if let module = Builtins.module(of: name) { hint = Message(RuntimeText.inLibrary, name, module) }
        else if let c = closest(to: name, among: candidates) { hint = Message(RuntimeText.didYouMeanName, c) }
        else if Period(word: name) != nil { hint = Message(RuntimeText.periodWordUse) }
        error(span, Message(RuntimeText.unknownName, name), hint: hint ?? Message(RuntimeText.defineBeforeUse))
    }

    // MARK: Functions

    /// Compiles a function body in a new scope nested in the current one.
    /// Returns the function and the slots of the current frame it captures.
    func compileFunction(_ f: FunctionSyntax, name: String, span: SourceSpan) -> (CompiledFunction, captures: [Int]) {
        let outer = scope
        let inner = FunctionScope(parent: outer)
        scope = inner
        let wasTop = atTopLevel
        atTopLevel = false
        defer { scope = outer; atTopLevel = wasTop }
        for p in f.params { _ = inner.declare(p.name) }
        let params = f.params.map { CompiledFunction.Param(name: $0.name, defaultValue: $0.defaultValue.map { compileExpr($0) }) }
        let general = compileExpr(f.body)
        var body = general
        var numeric: NumericFunction?
        // A numeric body only where a numeric call may go straight to it:
        // no captures, not the stdlib (whose errors are the caller's).
        if rt.settings.numericBodies, inner.captures.isEmpty, span.file?.name.hasPrefix("stdlib/") != true, let code = compileNumericBody(f) {
            let nf = NumericFunction(body: code, arity: params.count, frameSize: inner.frameSize)
            numeric = nf
            body = numericEntry(nf, general, rt.machine)
        }
        let cf = CompiledFunction(name: name, params: params, frameSize: inner.frameSize, body: body,
                                  captureSlots: inner.captures.map(\.inner), span: span, numeric: numeric)
        return (cf, inner.captures.map(\.outer))
    }

    /// Code that makes a closure value, boxing the captured variables of the
    /// current frame so that both frames share them.
    func compileLambda(_ f: FunctionSyntax, name: String, span: SourceSpan) -> Code {
        let (cf, outerSlots) = compileFunction(f, name: name, span: span)
        if outerSlots.isEmpty {
            let closure = Closure(code: cf, captured: [])
            return { _ in .function(closure) }
        }
        return { frame in
            var boxes: [Box] = []
            boxes.reserveCapacity(outerSlots.count)
            for s in outerSlots {
                if case .box(let b) = frame[s] { boxes.append(b) } else {
                    let b = Box(frame[s])
                    frame[s] = .box(b)
                    boxes.append(b)
                }
            }
            return .function(Closure(code: cf, captured: boxes))
        }
    }
}

/// Calling closures and builtins, with positional then named arguments and
/// defaults. Arguments of a closure are evaluated straight into its new
/// frame: no argument array on the hot path.
extension Interpreter {
    func call(_ fn: Value, positional: [Code], named: [(String, Code)], callerFrame: UnsafeMutablePointer<Value>,
              site: String, argSpans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        switch fn {
        case .function(let c):
            return try callClosure(c, positional: positional, named: named, callerFrame: callerFrame, argSpans: argSpans, span)
        case .builtin(let b):
            var args: [Value] = []
            args.reserveCapacity(positional.count)
            for p in positional { args.append(try p(callerFrame)) }
            var namedValues: [(String, Value)] = []
            for (n, c) in named { namedValues.append((n, try c(callerFrame))) }
            return try callBuiltin(b, args, named: namedValues, site: site, argSpans: argSpans, span)
        default:
            throw BizError.at(span, Message(RuntimeText.notAFunction, fn.typeText))
        }
    }

    func callClosure(_ c: Closure, positional: [Code], named: [(String, Code)], callerFrame: UnsafeMutablePointer<Value>,
                     argSpans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        let cf = c.code
        let params = cf.params
        return try enterClosure(c, given: positional.count, argSpans: argSpans, span) { (base) throws(BizError) in
            for i in 0..<positional.count { base[i] = try positional[i](callerFrame) }
            for (k, (label, code)) in named.enumerated() {
                guard let i = params.firstIndex(where: { $0.name == label }) else {
                    let hint = closest(to: label, among: params.map(\.name)).map { Message(RuntimeText.didYouMeanName, $0) }
                    throw BizError.at(argSpans[positional.count + k], Message(RuntimeText.noParameter, cf.name, label), hint: hint)
                }
                guard i >= positional.count else {
                    throw BizError.at(argSpans[positional.count + k], Message(RuntimeText.givenTwice, label))
                }
                base[i] = try code(callerFrame)
            }
        }
    }

    /// Runs closure `c` in a new frame whose first `given` slots `fill`
    /// writes (positional arguments, then named ones); the rest of the
    /// parameters take their defaults, the captured boxes their slots.
    @inline(__always)
    private func enterClosure(_ c: Closure, given: Int, argSpans: [SourceSpan], _ span: SourceSpan,
                              fill: (UnsafeMutablePointer<Value>) throws(BizError) -> Void) throws(BizError) -> Value {
        try tick(span)
        let cf = c.code
        let params = cf.params
        guard given <= params.count else {
            throw BizError.at(span, Message(RuntimeText.takesArguments, cf.name, String(params.count), String(given)))
        }
        return try withFrame(size: cf.frameSize, span: span) { (base) throws(BizError) -> Value in
            try fill(base)
            for i in given..<params.count {
                if case .nothing = base[i] {
                    guard let d = params[i].defaultValue else {
                        throw BizError.at(span, Message(RuntimeText.needsArgument, cf.name, params[i].name))
                    }
                    base[i] = try d(base)
                }
            }
            for (k, slot) in cf.captureSlots.enumerated() { base[slot] = .box(c.captured[k]) }
            do throws(BizError) { return try cf.body(base) } catch {
                if case .returning(let v) = error { return v }
                throw atCaller(error, cf, base, argSpans: argSpans, span)
            }
        }
    }

    /// An error inside a standard-library function (stdlib/*.biz) is the
    /// caller's: it is reported at the call, with each argument's type, so
    /// that nobody is sent to read a line of the stdlib (issue 9, item 4).
    private func atCaller(_ error: BizError, _ cf: CompiledFunction, _ frame: UnsafeMutablePointer<Value>,
                          argSpans: [SourceSpan], _ span: SourceSpan) -> BizError {
        guard case .failure(let d) = error, d.span.file?.name.hasPrefix("stdlib/") == true,
              cf.span.file?.name.hasPrefix("stdlib/") == true,
              span.file != nil, span.file?.name.hasPrefix("stdlib/") != true else { return error }
        let signature = "\(cf.name)(\(cf.params.map(\.name).joined(separator: ", ")))"
        var out = Diagnostic(Message(FinanceText.inFunction, cf.name, d.text), at: span, hints: d.hintTexts)
        for (i, p) in cf.params.enumerated() where i < argSpans.count {
            out = out.note(Message(FinanceText.argumentIs, p.name, frame[i].unboxed.typeText), at: argSpans[i])
        }
        return .failure(out.hint(Message.verbatim("\(signature) — :help \(cf.name)")))
    }

    /// Calls a closure with values already computed (from builtins like `map`).
    func apply(_ fn: Value, _ args: [Value], _ span: SourceSpan) throws(BizError) -> Value {
        switch fn {
        case .function(let c):
            if c.code.simpleArity == args.count, args.count <= 2 {
                return try machine.invokeSimple(c.code, args.count, args.first ?? .nothing, args.count > 1 ? args[1] : .nothing, .nothing, span)
            }
            return try enterClosure(c, given: args.count, argSpans: [], span) { (base) throws(BizError) in
                for (i, v) in args.enumerated() { base[i] = v }
            }
        case .builtin(let b):
            return try callBuiltin(b, args, named: [], site: "apply", argSpans: [], span)
        default:
            throw BizError.at(span, Message(RuntimeText.notAFunction, fn.typeText))
        }
    }

    /// `apply(fn, [x])` without the array: the fast call of compiled code
    /// (Machine.invokeSimple) when the closure takes exactly one argument.
    @inline(__always)
    func apply(_ fn: Value, _ x: Value, _ span: SourceSpan) throws(BizError) -> Value {
        if case .function(let c) = fn, c.code.simpleArity == 1 { return try machine.invokeSimple(c.code, 1, x, .nothing, .nothing, span) }
        return try apply(fn, [x], span)
    }

    /// `apply(fn, [x, y])` without the array (see above).
    @inline(__always)
    func apply(_ fn: Value, _ x: Value, _ y: Value, _ span: SourceSpan) throws(BizError) -> Value {
        if case .function(let c) = fn, c.code.simpleArity == 2 { return try machine.invokeSimple(c.code, 2, x, y, .nothing, span) }
        return try apply(fn, [x, y], span)
    }

    func callBuiltin(_ b: Builtin, _ args: [Value], named: [(String, Value)], site: String,
                     argSpans: [SourceSpan], _ span: SourceSpan) throws(BizError) -> Value {
        try tick(span)
        var call = BuiltinCall(rt: self, name: b.name, args: args, named: named, site: site, argSpans: argSpans, span: span)
        if !b.variadic {
            if args.count > b.params.count {
                throw BizError.at(span, Message(RuntimeText.takesAtMost, b.name, String(b.params.count), String(args.count)),
                                  hint: .verbatim("\(b.name)(\(b.params.joined(separator: ", ")))"))
            }
            for (label, _) in named where !b.params.contains(label) {
                let hint = closest(to: label, among: b.params).map { Message(RuntimeText.didYouMeanName, $0) }
                throw BizError.at(span, Message(RuntimeText.noParameter, b.name, label),
                                  hint: hint ?? .verbatim("\(b.name)(\(b.params.joined(separator: ", ")))"))
            }
        }
        return try finiteResult(try b.body(&call), of: b.name, span)
    }
}

/// What a builtin sees: its arguments, with helpers that check their kinds
/// and point errors at the right argument.
struct BuiltinCall {
    unowned(unsafe) let rt: Interpreter
    let name: String
    let args: [Value]
    let named: [(String, Value)]
    let site: String
    let argSpans: [SourceSpan]
    let span: SourceSpan

    func spanOf(_ i: Int) -> SourceSpan { i < argSpans.count ? argSpans[i] : span }

    /// CallArgument i (positional) or the named one.
    func arg(_ i: Int, _ label: String) -> Value? {
        if i < args.count { return args[i] }
        return named.first { $0.0 == label }?.1
    }

    func required(_ i: Int, _ label: String) throws(BizError) -> Value {
        guard let v = arg(i, label) else { throw BizError.at(span, Message(RuntimeText.needsArgument, name, label)) }
        return v
    }

    func number(_ i: Int, _ label: String) throws(BizError) -> Double {
        let v = try required(i, label)
        guard case .num(let x, let d) = v, d.isPlain || d == .percent else {
            throw BizError.at(spanOf(i), Message(RuntimeText.needsNumberFor, name, label, v.typeText))
        }
        return x
    }

    func list(_ i: Int, _ label: String) throws(BizError) -> [Value] {
        let v = try required(i, label)
        guard case .list(let xs) = v else { throw BizError.at(spanOf(i), Message(RuntimeText.needsListFor, name, label, v.typeText)) }
        return xs
    }

    func fail(_ message: Message, at i: Int? = nil, hint: Message? = nil) -> BizError {
        BizError.at(i.map(spanOf) ?? span, message, hint: hint)
    }

    /// A text not yet in the catalog (the same in every language).
    func fail(_ message: String, at i: Int? = nil, hint: String? = nil) -> BizError {
        BizError.at(i.map(spanOf) ?? span, message, hint: hint)
    }
}

/// The declaration checks of the up-front pass (LANGUAGE.md §1): `biz check`,
/// and `run`/`test` before anything runs, report every unknown key, every
/// literal field value the declaration itself would refuse (`size: 0`,
/// `conversion: 120%`) and every unknown segment in per-segment `leads`,
/// with the same messages as when the declaration is made. Values that read
/// names or call functions are left to run time: only literals are known
/// without running anything.
extension Compiler {
    func checkDeclaration(_ kind: String, _ name: String, _ fields: [Field]) {
        guard let k = ModelObject.Kind(rawValue: kind) else { return }
        let schema = Schema.fields(k)
        for field in fields {
            guard let spec = schema.first(where: { $0.name == field.name }) else {
                report(Interpreter.unknownField(field.name, kind: kind, name: name, schema: schema, at: field.nameSpan))
                continue
            }
            if spec.type == .countRate, case .record(let entries) = field.value.kind {
                checkLeadSegments(entries, strategy: name)
            }
            guard Compiler.isLiteral(field.value), let value = literalValue(field.value) else { continue }
            do { _ = try rt.check(value, spec, kind: kind, name: name, at: field.value.span) } catch { report(error) }
        }
    }

    private func report(_ e: BizError) {
        if case .failure(let d) = e { diagnostics.append(d) }
    }

    /// `leads: {smb: 2k/month}`: each key must name a segment declared in
    /// the file (or its modules) or the session. Unchecked when none is.
    private func checkLeadSegments(_ entries: [Field], strategy: String) {
        var segments = declaredSegments
        for (cellName, _) in rt.globals {
            if case .object(let o)? = rt.cachedValue(of: cellName), o.kind == .segment { segments.insert(o.name) }
        }
        guard !segments.isEmpty else { return }
        for entry in entries where !segments.contains(entry.name) {
            let hint = closest(to: entry.name, among: segments).map { Message(ModelText.didYouMean, $0) }
                ?? Message(ModelText.theSegmentsAre, segments.sorted().joined(separator: ", "))
            error(entry.nameSpan, Message(ModelText.leadsUnknownSegment, strategy, entry.name), hint: hint)
        }
    }

    /// Notes the segments a list of top-level statements declares, before
    /// any of them is compiled (a strategy may come before its segments).
    func noteDeclaredSegments(_ stmts: [Stmt]) {
        for s in stmts {
            if case .assign(let name, _, let value) = s.kind, case .declaration("segment", _, _) = value.kind {
                declaredSegments.insert(name)
            }
        }
    }

    /// Whether an expression is built from literals only: no names, calls
    /// or interpolation, so its value is known before anything runs.
    static func isLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .number, .quantity, .bool: return true
        case .string(let pieces): return pieces.allSatisfy { if case .text = $0 { true } else { false } }
        case .unary(_, let a), .percent(let a), .rate(let a, _): return isLiteral(a)
        case .binary(let op, let a, let b): return op != .of && isLiteral(a) && isLiteral(b)
        case .range(let a, let b), .to(let a, let b): return isLiteral(a) && isLiteral(b)
        case .list(let xs): return xs.allSatisfy(isLiteral)
        case .record(let fs): return fs.allSatisfy { isLiteral($0.value) }
        default: return false
        }
    }

    /// A literal's value, or nil when evaluating it fails (its error is
    /// reported when it runs). A compiler of its own, so that the random
    /// streams of this statement (numbered by position) stay as they are.
    private func literalValue(_ e: Expr) -> Value? {
        let sub = Compiler(rt: rt)
        sub.definingName = definingName
        let code = sub.compileExpr(e)
        guard sub.diagnostics.isEmpty else { return nil }
        return try? rt.machine.withFrame(size: sub.scope.frameSize, span: e.span) { f throws(BizError) in try code(f) }
    }
}

/// `expect COND` and `expect COND, "message"`. A comparison shows both sides
/// when it fails: `model.biz:12: expect failed: a == b (left: 3, right: 4)`.
extension Compiler {
    func compileExpect(_ cond: Expr, _ message: Expr?, _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        let text = cond.span.file?.slice(cond.span) ?? "condition"
        let location: String = {
            guard let file = span.file else { return "<unknown>" }
            return "\(file.name):\(file.line(of: Int(span.start)))"
        }()
        let cm = message.map { compileExpr($0) }
        // Comparisons evaluate their sides separately, to show them.
        var sides: (Code, Code, (Value, Value, UnsafeMutablePointer<Value>) throws(BizError) -> Value)?
        switch cond.kind {
        case .binary(let op, let a, let b) where [.eq, .ne, .lt, .le, .gt, .ge].contains(op):
            let sa = a.span, sb = b.span, s = cond.span
            sides = (compileExpr(a), compileExpr(b), { (x, y, _) throws(BizError) in try rt.binary(op, x, y, sa, sb, s) })
        case .approx(let a, let b, let tol):
            let sa = a.span, sb = b.span, s = cond.span
            let ct = tol.map { compileExpr($0) }
            sides = (compileExpr(a), compileExpr(b), { (x, y, f) throws(BizError) in
                try rt.approxEqual(x, y, tolerance: try ct?(f), sa, sb, s)
            })
        default: break
        }
        let whole = sides == nil ? compileExpr(cond) : nil
        let condSpan = cond.span
        return { f throws(BizError) in
            var detail = ""
            let result: Value
            if let (ca, cb, compare) = sides {
                let x = try ca(f), y = try cb(f)
                result = try compare(x, y, f)
                let d = Display(locale: rt.settings.locale)
                // Full digits here, also for counts: a failed expect shows what was compared.
                detail = " " + Message(RuntimeText.expectSides, d.repr(x.computed), d.repr(y.computed)).render(rt.settings.locale)
            } else if let whole {
                result = try whole(f)
            } else { result = .nothing }
            switch result {
            case .bool(true):
                rt.expectPassed += 1
            case .bool(false):
                rt.expectFailed += 1
                var line = "\(location): expect failed: \(text)\(detail)"
                if let cm, case .str(let m) = try cm(f) { line += " — \(m)" }
                rt.errorOutput(TerminalEscape.escape(line) + "\n")
            case .dist(let d) where d.isBool:
                // A probabilistic expectation holds when it holds in every sample.
                if d.samples.allSatisfy({ $0 != 0 }) { rt.expectPassed += 1 } else {
                    rt.expectFailed += 1
                    let holds = Message(RuntimeText.expectProbability, Display(locale: rt.settings.locale).scalar(d.mean, .percent)).render(rt.settings.locale)
                    rt.errorOutput(TerminalEscape.escape("\(location): expect failed: \(text) \(holds)") + "\n")
                }
            case let other:
                throw BizError.at(condSpan, Message(RuntimeText.expectBool, other.typeText))
            }
            return .nothing
        }
    }
}

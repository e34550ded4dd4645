import BizCore
import BizFormat

/// String literals with interpolation (`"item-{i}: {qty * price}"`).
///
/// The pieces are compiled into a chain of closures, each appending its
/// text and then its value and calling the next: no array of parts to walk
/// (a closure taken out of an array goes through two reabstraction thunks
/// and a retain). They append UTF-8 bytes (TextBytes, Display.write), made
/// into a string at the end, in a buffer that the literal keeps for the
/// next time: no allocation but the string's own (none up to 15 bytes).
extension Compiler {
    /// Appends the rest of the literal to the string being built.
    typealias Appender = (UnsafeMutablePointer<Value>, TextBytes, Display) throws(BizError) -> Void

    func compileString(_ pieces: [InterpolationPiece], _ span: SourceSpan) -> Code {
        unowned(unsafe) let rt = self.rt
        // texts[k] comes before exprs[k]; the last text ends the literal.
        var texts = [""]
        var exprs: [Expr] = []
        for p in pieces {
            switch p {
            case .text(let s): texts[texts.count - 1] += s
            case .expr(let e): exprs.append(e); texts.append("")
            }
        }
        if exprs.isEmpty {
            let v = Value.str(texts[0])
            return { _ in v }
        }
        // The budget check of every piece: a string can only pass the
        // budget by growing past a megabyte.
        let check: (Int) throws(BizError) -> Void = { bytes throws(BizError) in
            if bytes > MemoryBudget.smallRequest { try rt.reserveString(bytes, span) }
        }
        // The appender of piece k and the rest. Each expression is compiled
        // before the ones after it (the order of sites and errors), and
        // captured directly: a closure kept in an array is called through
        // a reabstraction thunk.
        func appender(_ k: Int) -> Appender {
            let text = texts[k]
            guard k < exprs.count else {
                return { _, out, _ throws(BizError) in
                    guard !text.isEmpty else { return }
                    out.append(text)
                    try check(out.count)
                }
            }
            let code = compileExpr(exprs[k])
            let next = appender(k + 1)
            return { f, out, display throws(BizError) in
                if !text.isEmpty {
                    out.append(text)
                    try check(out.count)
                }
                display.write(try code(f), into: out)
                try check(out.count)
                try next(f, out, display)
            }
        }
        // Past a few dozen pieces (generated code), a loop: a chain that
        // long would nest as deep in compiling and in running.
        let first = exprs.count <= 32 ? appender(0) : loop(texts, exprs.map { compileExpr($0) }, check)
        let m = rt.machine
        let site = InterpolationSite()
        return { f throws(BizError) in
            let out = site.take()
            try first(f, out, Display(locale: m.pointee.programLocale))
            let s = out.string
            site.keep(out)
            return .str(s)
        }
    }
}

/// The pieces of a long literal, appended in a loop.
private func loop(_ texts: [String], _ codes: [Code], _ check: @escaping (Int) throws(BizError) -> Void) -> Compiler.Appender {
    { f, out, display throws(BizError) in
        for (k, code) in codes.enumerated() {
            if !texts[k].isEmpty {
                out.append(texts[k])
                try check(out.count)
            }
            display.write(try code(f), into: out)
            try check(out.count)
        }
        if let ending = texts.last, !ending.isEmpty {
            out.append(ending)
            try check(out.count)
        }
    }
}

/// The buffer of one literal, kept between uses. A literal met again
/// while it is being built (a recursive function) finds none and makes
/// its own.
private final class InterpolationSite {
    private var buffer: TextBytes?

    func take() -> TextBytes {
        guard let b = buffer else { return TextBytes() }
        buffer = nil
        b.reset()
        return b
    }

    /// Keeps `used` unless it grew large: one long string must not hold
    /// its memory for the rest of the session.
    func keep(_ used: TextBytes) {
        if used.reserved <= 1 << 16 { buffer = used }
    }
}

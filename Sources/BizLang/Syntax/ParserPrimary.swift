/// Primary expressions: literals with units, names, lambdas, lists, records,
/// blocks, `if`/`for`/`while`, strings with interpolation, and the what-if
/// forms (`sweep`, `goal`, `maximize`, `minimize`, `tornado`).
extension Parser {
    mutating func parsePrimary() throws(ParseError) -> Expr {
        let t = current
        try enter(t)
        defer { depth -= 1 }
        switch t.kind {
        case .number(let v):
            advance()
            return numberWithUnit(v, start: t.start)
        case .currencySymbol(let code):
            advance()
            guard case .number(let v) = current.kind, current.start == t.end else {
                throw error(Message(SyntaxText.expectedAmount), at: current, hint: Message(SyntaxText.amountWrite, t.kind == .currencySymbol("USD") ? "$120" : "120"))
            }
            guard let currency = Currency(code: code) else {
                throw error(Message(SyntaxText.unknownCurrencySign), at: t)
            }
            advance()
            return Expr(.quantity(v, .money(currency)), span(t.start))
        case .string(let pieces):
            advance()
            return Expr(.string(try interpolation(pieces)), span(of: t))
        case .keyword(.true): advance(); return Expr(.bool(true), span(of: t))
        case .keyword(.false): advance(); return Expr(.bool(false), span(of: t))
        case .keyword(.if): return try parseIf()
        case .keyword(.for): return try parseFor()
        case .keyword(.while):
            advance()
            let cond = try parseExpr()
            let body = try parseBlock()
            return Expr(.whileLoop(cond, body), span(t.start))
        case .keyword(.fn):
            advance()
            let f = try parseFunctionRest()
            return Expr(.lambda(f), span(t.start))
        case .name(let name):
            if lookahead().isSymbol(.arrow) {
                advance(); advance(); skipNewlines()
                let body = try parseExpr()
                return Expr(.lambda(FunctionSyntax(name: nil, params: [Parameter(name: name, span: span(of: t), defaultValue: nil)], body: body)), span(t.start))
            }
            if let form = try parseWhatIf(name, t) { return form }
            advance()
            return Expr(.name(name), span(of: t))
        case .symbol(.lparen):
            if isLambdaAhead() {
                advance()
                let params = try parseParameters()
                try expect(.arrow, "'=>'")
                skipNewlines()
                return Expr(.lambda(FunctionSyntax(name: nil, params: params, body: try parseExpr())), span(t.start))
            }
            advance()
            return try with(newlinesIgnored: true) { (p: inout Parser) throws(ParseError) -> Expr in
                let inner = try p.parseExpr()
                try p.expect(.rparen, "')'", opener: t)
                return Expr(inner.kind, p.span(t.start))
            }
        case .symbol(.lbracket):
            advance()
            return try with(newlinesIgnored: true) { (p: inout Parser) throws(ParseError) -> Expr in
                var items: [Expr] = []
                while !p.current.isSymbol(.rbracket) {
                    items.append(try p.parseExpr())
                    if p.current.isSymbol(.comma) { p.advance() } else { break }
                }
                try p.expect(.rbracket, Message(SyntaxText.whatEither, "']'", "','"), opener: t)
                return Expr(.list(items), p.span(t.start))
            }
        case .symbol(.lbrace):
            if isRecordAhead() {
                let fields = try parseFields()
                return Expr(.record(fields), span(t.start))
            }
            return try parseBlock()
        case .invalid:
            throw ParseError(diagnostic: Diagnostic(Message.verbatim(""), at: span(of: t)))
        default:
            throw error(Message(SyntaxText.expectedExpression, describe(t)), at: t)
        }
    }

    /// A number followed, on the same line, by a currency code or a period
    /// word is a quantity: `120 RUB`, `3 months`; Russian forms too: `500 ₽`,
    /// `500 руб`, `3 месяца`, `3 мес.` (LANGUAGE.md §2).
    mutating func numberWithUnit(_ v: Double, start: Int) -> Expr {
        let next = tokens[min(index, tokens.count - 1)]
        if case .currencySymbol("RUB") = next.kind {
            advance()
            return Expr(.quantity(v, .money(.rub)), span(start))
        }
        if let word = next.name {
            if let c = Currency(code: word) {
                advance()
                return Expr(.quantity(v, .money(c)), span(start))
            }
            if word == "руб" {
                advance()
                takeAbbreviationDot()
                return Expr(.quantity(v, .money(.rub)), span(start))
            }
            if let p = Period(word: word) {
                advance()
                if Period.takesDot(word) { takeAbbreviationDot() }
                return Expr(.quantity(v * p.months, .duration), span(start))
            }
        }
        return Expr(.number(v), span(start))
    }

    /// The dot of `руб.` or `мес.`, when it touches the word (`мес. ` ends an
    /// abbreviation; `x.field` needs a name right after the dot, which a
    /// unit word never has).
    mutating func takeAbbreviationDot() {
        let t = tokens[min(index, tokens.count - 1)]
        guard t.isSymbol(.dot), t.start == lastEnd else { return }
        let after = tokens[min(index + 1, tokens.count - 1)]
        if after.name != nil && after.start == t.end { return }
        advance()
    }

    func isLambdaAhead() -> Bool {
        var i = index
        while i < tokens.count, case .newline = tokens[i].kind { i += 1 }
        var nesting = 0
        while i < tokens.count {
            switch tokens[i].kind {
            case .symbol(.lparen), .symbol(.lbracket), .symbol(.lbrace): nesting += 1
            case .symbol(.rparen), .symbol(.rbracket), .symbol(.rbrace):
                nesting -= 1
                if nesting == 0 { return i + 1 < tokens.count && tokens[i + 1].isSymbol(.arrow) }
            case .end: return false
            default: break
            }
            i += 1
        }
        return false
    }

    /// `{` then `}` or `name:` starts a record; anything else a block.
    func isRecordAhead() -> Bool {
        // From the current `{`, which may stand after newlines the brackets ignore.
        var i = index
        if ignoreNewlines.last == true {
            while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        }
        i += 1
        while i < tokens.count, case .newline = tokens[i].kind { i += 1 }
        guard i < tokens.count else { return false }
        if tokens[i].isSymbol(.rbrace) { return true }
        return tokens[i].name != nil && i + 1 < tokens.count && tokens[i + 1].isSymbol(.colon)
    }

    mutating func parseBlock() throws(ParseError) -> Expr {
        let t = current
        try expect(.lbrace, "'{'")
        let stmts: [Stmt] = try with(newlinesIgnored: false) { (p: inout Parser) throws(ParseError) -> [Stmt] in
            let saved = p.diagnostics.count
            let body = p.parseStatements(closing: .rbrace)
            if p.diagnostics.count > saved {
                // Report the inner error and stop this statement: the block is broken.
                let d = p.diagnostics.removeLast()
                throw ParseError(diagnostic: d)
            }
            guard p.current.isSymbol(.rbrace) else { throw p.error(Message(SyntaxText.unclosedBrace), at: t, hint: Message(SyntaxText.addBrace)) }
            p.advance()
            return body
        }
        return Expr(.block(stmts), span(t.start))
    }

    mutating func parseIf() throws(ParseError) -> Expr {
        let start = current.start
        advance()
        let cond = try parseExpr()
        if current.isKeyword(.then) {
            advance(); skipNewlines()
            let a = try parseExpr()
            var b: Expr?
            if elseFollows() { advance(); skipNewlines(); b = try parseExpr() }
            return Expr(.ifElse(cond, a, b), span(start))
        }
        guard current.isSymbol(.lbrace) else {
            throw error(Message(SyntaxText.expectedThen, describe(current)), at: current)
        }
        let a = try parseBlock()
        var b: Expr?
        if elseFollows() {
            advance()
            b = current.isKeyword(.if) ? try parseIf() : try parseBlock()
        }
        return Expr(.ifElse(cond, a, b), span(start))
    }

    /// `else` may begin the line after a `}`; consumes the newlines only when
    /// an `else` is there.
    mutating func elseFollows() -> Bool {
        var i = index
        while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        guard tokens[i].isKeyword(.else) else { return false }
        index = i
        return true
    }

    mutating func parseFor() throws(ParseError) -> Expr {
        let start = current.start
        advance()
        let (name, nameSpan) = try expectName(Message(SyntaxText.whatLoopVariable))
        guard current.isKeyword(.in) else { throw error(Message(SyntaxText.expectedInAfterLoopVariable), at: current) }
        advance(); skipNewlines()
        let seq = try parseExpr()
        let body = try parseBlock()
        return Expr(.forLoop(variable: name, variableSpan: nameSpan, sequence: seq, body: body), span(start))
    }

    /// After `fn` or `fn name`: `(params) = expr` or `(params) { block }`.
    mutating func parseFunctionRest() throws(ParseError) -> FunctionSyntax {
        guard current.isSymbol(.lparen) else { throw error(Message(SyntaxText.expectedParameters), at: current) }
        advance()
        let params = try parseParameters()
        if current.isSymbol(.assign) {
            advance(); skipNewlines()
            return FunctionSyntax(name: nil, params: params, body: try parseExpr())
        }
        guard current.isSymbol(.lbrace) else {
            throw error(Message(SyntaxText.expectedBody, describe(current)), at: current)
        }
        return FunctionSyntax(name: nil, params: params, body: try parseBlock())
    }

    /// After `(`: `a, b = 5%)`.
    mutating func parseParameters() throws(ParseError) -> [Parameter] {
        try with(newlinesIgnored: true) { (p: inout Parser) throws(ParseError) -> [Parameter] in
            var params: [Parameter] = []
            while !p.current.isSymbol(.rparen) {
                let (name, nameSpan) = try p.expectName(Message(SyntaxText.whatParameterName))
                if params.contains(where: { $0.name == name }) {
                    throw ParseError(diagnostic: Diagnostic(Message(SyntaxText.parameterTwice, name), at: nameSpan))
                }
                var def: Expr?
                if p.current.isSymbol(.assign) { p.advance(); def = try p.parseExpr() }
                else if params.last?.defaultValue != nil {
                    throw ParseError(diagnostic: Diagnostic(Message(SyntaxText.parameterNeedsDefault, name), at: nameSpan))
                }
                params.append(Parameter(name: name, span: nameSpan, defaultValue: def))
                if p.current.isSymbol(.comma) { p.advance() } else { break }
            }
            try p.expect(.rparen, Message(SyntaxText.whatEither, "')'", "','"))
            return params
        }
    }

    mutating func interpolation(_ pieces: [StringPiece]) throws(ParseError) -> [InterpolationPiece] {
        var out: [InterpolationPiece] = []
        for piece in pieces {
            switch piece {
            case .text(let s): out.append(.text(s))
            case .code(let s, let e):
                var sub = Parser(file: file, start: s, end: e)
                sub.depth = depth
                sub.operators = operators
                if let d = sub.diagnostics.first { throw ParseError(diagnostic: d) }
                let expr: Expr
                do { expr = try sub.parseExpr() } catch { throw error }
                guard case .end = sub.current.kind else {
                    throw sub.error(Message(SyntaxText.unexpectedInInterpolation, sub.describe(sub.current)), at: sub.current)
                }
                out.append(.expr(expr))
            }
        }
        return out
    }

    // MARK: What-if forms

    mutating func parseWhatIf(_ word: String, _ t: Token) throws(ParseError) -> Expr? {
        // `minimize(x)` touching its `(` is a call (the words are contextual);
        // `minimize (x - 1/3) ^ 2 by x in 0..1`, with a space, is the form.
        let next = lookahead()
        let takesOperand = word == "tornado" || word == "maximize" || word == "minimize" || word == "goal"
        let isForm = next.isSymbol(.lparen) ? takesOperand && next.start > t.end
            : next.name != nil || takesOperand && startsOperand(next)
        guard isForm else { return nil }
        switch word {
        case "sweep" where startsInput(at: 1, followedBy: { $0.isName("over") }):
            advance()
            var axes: [SweepAxis] = []
            repeat {
                if !axes.isEmpty, current.isSymbol(.comma) || current.isKeyword(.and) { advance() }
                let (cell, cellSpan) = try expectInputName(Message(SyntaxText.whatCellToSweep))
                guard current.isName("over") else { throw error(Message(SyntaxText.expectedOver, cell), at: current) }
                advance()
                // Values and step stop before `and`, which may join the next axis.
                let values = try parseRange()
                var step: Expr?
                if current.isName("step") { advance(); step = try parseRange() }
                axes.append(SweepAxis(cell: cell, cellSpan: cellSpan, values: values, step: step))
            } while (current.isSymbol(.comma) || current.isKeyword(.and)) && startsInput(at: 1, followedBy: { $0.isName("over") })
            try expect(.colon, Message(SyntaxText.whatOutputs))
            var outputs = [try parsePipe()]
            while current.isSymbol(.comma) { advance(); skipNewlines(); outputs.append(try parsePipe()) }
            return Expr(.sweep(axes: axes, outputs: outputs), span(t.start))
        case "goal":
            advance()
            let target = try parseRange()
            try expect(.assign, Message(SyntaxText.whatValueToReach))
            let value = try parseRange()
            let (cell, cellSpan, range) = try parseByIn(word)
            return Expr(.goal(target: target, value: value, cell: cell, cellSpan: cellSpan, range: range), span(t.start))
        case "maximize", "minimize":
            advance()
            let target = try parseRange()
            let (cell, cellSpan, range) = try parseByIn(word)
            return Expr(.optimize(maximize: word == "maximize", target: target, cell: cell, cellSpan: cellSpan, range: range), span(t.start))
        case "tornado":
            advance()
            let target = try parseRange()
            var swing: Expr?
            if current.isName("by") { advance(); swing = try parseRange() }
            return Expr(.tornado(target: target, swing: swing), span(t.start))
        default:
            return nil
        }
    }

    /// `by CELL in RANGE`.
    mutating func parseByIn(_ word: String) throws(ParseError) -> (String, SourceSpan, Expr) {
        guard current.isName("by") else {
            throw error(Message(SyntaxText.expectedByIn, word), at: current,
                        hint: Message(SyntaxText.byInExample, "\(word) profit\(word == "goal" ? " = 0" : "") by price in 50..300 RUB"))
        }
        advance()
        let (cell, cellSpan) = try expectInputName(Message(SyntaxText.whatCellToChange))
        guard current.isKeyword(.in) else { throw error(Message(SyntaxText.expectedInRange, cell), at: current) }
        advance(); skipNewlines()
        return (cell, cellSpan, try parseRange())
    }
}

/// A recursive-descent parser for LANGUAGE.md §2–7. On an error it records a
/// diagnostic, skips to the end of the statement and goes on, so one run
/// reports every independent mistake in a file.
public struct Parser {
    let file: SourceFile
    var tokens: [Token]
    var index = 0
    /// Whether newlines are ignored: true inside `( )` and `[ ]`, false inside
    /// `{ }` and at the top level.
    var ignoreNewlines: [Bool] = [false]
    var depth = 0
    /// Operators chained so far in the current statement and the ones
    /// around it (`a + b + c`, `x.a.b`, `f()()`): loops in the parser, but
    /// each one adds a level to the tree that the compiler and the evaluator
    /// recurse over. Bounds the tree's height together with `depth`.
    var operators = 0
    var lastEnd = 0
    public internal(set) var diagnostics: [Diagnostic] = []

    static let maxDepth = 160
    static let maxOperators = 1_000

    public init(file: SourceFile, start: Int = 0, end: Int? = nil) {
        self.file = file
        var lexer = Lexer(file: file, start: start, end: end)
        tokens = lexer.tokenize()
        diagnostics = lexer.diagnostics
    }

    /// Parses a whole file (or REPL entry) into statements.
    public mutating func parseProgram() -> [Stmt] {
        parseStatements(closing: nil)
    }

    // MARK: Tokens

    public struct ParseError: Error { public let diagnostic: Diagnostic }

    var current: Token {
        var i = index
        if ignoreNewlines.last == true {
            while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        }
        return tokens[min(i, tokens.count - 1)]
    }

    /// The token after the current one, newlines included.
    func lookahead(_ n: Int = 1) -> Token {
        var i = index
        if ignoreNewlines.last == true {
            while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        }
        return tokens[min(i + n, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        if ignoreNewlines.last == true { skipNewlines() }
        let t = tokens[min(index, tokens.count - 1)]
        if index < tokens.count - 1 { index += 1 }
        lastEnd = t.end
        return t
    }

    mutating func skipNewlines() {
        while index < tokens.count - 1, case .newline = tokens[index].kind { index += 1 }
    }

    func span(_ start: Int) -> SourceSpan { SourceSpan(file: file, start: start, end: max(start, lastEnd)) }
    func span(of t: Token) -> SourceSpan { SourceSpan(file: file, start: t.start, end: t.end) }

    func error(_ message: Message, at t: Token, hint: Message? = nil) -> ParseError {
        ParseError(diagnostic: Diagnostic(message, at: span(of: t)).hint(hint))
    }

    /// `what` names what was expected: a symbol as code (`"')'"`), else a
    /// message (SyntaxText.what…).
    mutating func expect(_ s: Symbol, _ what: String, opener: Token? = nil) throws(ParseError) {
        try expect(s, Message.verbatim(what), opener: opener)
    }

    mutating func expect(_ s: Symbol, _ what: Message, opener: Token? = nil) throws(ParseError) {
        guard current.isSymbol(s) else {
            if let opener, case .end = current.kind {
                throw error(Message(SyntaxText.neverClosed, file.slice(span(of: opener))), at: opener, hint: Message(SyntaxText.add, what))
            }
            throw error(Message(SyntaxText.expectedFound, what, describe(current)), at: current)
        }
        advance()
    }

    /// What a what-if changes: `NAME` or `NAME.FIELD` (a declaration's
    /// field), returned as one name, `smb.churn`, with its whole span.
    mutating func expectInputName(_ what: Message) throws(ParseError) -> (String, SourceSpan) {
        var (name, nameSpan) = try expectName(what)
        if current.isSymbol(.dot), let field = lookahead().name {
            advance()
            let end = current
            advance()
            name += "." + field
            nameSpan = SourceSpan(file: nameSpan.file, start: Int(nameSpan.start), end: Int(span(of: end).end))
        }
        return (name, nameSpan)
    }

    /// Whether the tokens from `lookahead(k)` are `NAME` or `NAME.FIELD`
    /// followed by a token that `next` accepts.
    func startsInput(at k: Int, followedBy next: (Token) -> Bool) -> Bool {
        guard lookahead(k).name != nil else { return false }
        if next(lookahead(k + 1)) { return true }
        return lookahead(k + 1).isSymbol(.dot) && lookahead(k + 2).name != nil && next(lookahead(k + 3))
    }

    mutating func expectName(_ what: Message) throws(ParseError) -> (String, SourceSpan) {
        let t = current
        guard let n = t.name else { throw error(Message(SyntaxText.expectedFound, what, describe(t)), at: t) }
        advance()
        return (n, span(of: t))
    }

    func describe(_ t: Token) -> Message {
        switch t.kind {
        case .number: return Message(SyntaxText.aNumber)
        case .string: return Message(SyntaxText.aString)
        case .name(let n): return .verbatim("'\(n)'")
        case .keyword(let k): return .verbatim("'\(k.rawValue)'")
        case .currencySymbol: return Message(SyntaxText.aCurrencySign)
        case .symbol(let s): return .verbatim("'\(s.rawValue)'")
        case .newline: return Message(SyntaxText.endOfLine)
        case .end: return Message(SyntaxText.endOfInput)
        case .invalid: return Message(SyntaxText.invalidToken)
        }
    }

    mutating func enter(_ t: Token) throws(ParseError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw error(Message(SyntaxText.tooDeep, String(Parser.maxDepth)), at: t, hint: Message(SyntaxText.splitIntoCells))
        }
    }

    /// Counts one chained operator (see `operators`).
    mutating func chain(_ t: Token) throws(ParseError) {
        operators += 1
        if operators > Parser.maxOperators {
            throw error(Message(SyntaxText.tooLong, String(Parser.maxOperators)), at: t, hint: Message(SyntaxText.splitIntoCells))
        }
    }

    /// Runs `body` with newlines ignored (inside brackets) or significant.
    mutating func with<T>(newlinesIgnored: Bool, _ body: (inout Parser) throws(ParseError) -> T) throws(ParseError) -> T {
        ignoreNewlines.append(newlinesIgnored)
        defer { ignoreNewlines.removeLast() }
        return try body(&self)
    }

    // MARK: Statements

    mutating func parseStatements(closing: Symbol?) -> [Stmt] {
        let baseOperators = operators
        defer { operators = baseOperators }
        var stmts: [Stmt] = []
        while true {
            // Inside `{ }` a comma separates statements as `;` does (§2).
            while current.isNewlineOrEnd || current.isSymbol(.semicolon) || closing != nil && current.isSymbol(.comma) {
                if case .end = current.kind { return stmts }
                advance()
            }
            if let closing, current.isSymbol(closing) { return stmts }
            let before = index
            // The parser state of this statement list, restored after an
            // error: an error deep inside brackets must not leave the
            // newline mode or the nesting depth of those brackets behind.
            let savedNewlines = ignoreNewlines, savedDepth = depth
            // Statements of a block are siblings: each starts from the count
            // of the expression around the block.
            operators = baseOperators
            do throws(ParseError) {
                let s = try parseStatement()
                stmts.append(s)
                let t = current
                let inBraces = closing != nil
                if !(t.isNewlineOrEnd || t.isSymbol(.semicolon) || inBraces && t.isSymbol(.comma)
                     || (closing.map { t.isSymbol($0) } ?? false)) {
                    throw error(Message(SyntaxText.expectedEndOfStatement, describe(t)), at: t,
                                hint: Message(inBraces ? SyntaxText.separateInBraces : SyntaxText.onePerLine))
                }
            } catch {
                // An invalid token was already reported by the lexer.
                if !error.diagnostic.text.isEmpty { diagnostics.append(error.diagnostic) }
                ignoreNewlines = savedNewlines
                depth = savedDepth
                synchronize(closing: closing)
                if index == before { advance() }
            }
        }
    }

    /// Skips to the end of the broken statement: the next newline or `;` not
    /// inside brackets, or the closing brace of the enclosing block.
    mutating func synchronize(closing: Symbol?) {
        var nesting = 0
        while true {
            let t = tokens[min(index, tokens.count - 1)]
            switch t.kind {
            case .end: return
            case .newline where nesting == 0: return
            case .symbol(.semicolon) where nesting == 0: return
            case .symbol(.lparen), .symbol(.lbracket), .symbol(.lbrace): nesting += 1
            case .symbol(.rparen), .symbol(.rbracket), .symbol(.rbrace):
                if nesting == 0, let closing, t.isSymbol(closing) { return }
                nesting = max(0, nesting - 1)
            default: break
            }
            index += 1
        }
    }

    mutating func parseStatement() throws(ParseError) -> Stmt {
        let t = current
        let start = t.start
        let next = lookahead()
        if t.isKeyword(.return) {
            advance()
            if current.isNewlineOrEnd || current.isSymbol(.semicolon) || current.isSymbol(.rbrace) {
                return Stmt(.returnValue(nil), span(start))
            }
            let e = try parseExpr()
            return Stmt(.returnValue(e), span(start))
        }
        if t.isKeyword(.fn), case .name(let name) = next.kind {
            advance(); advance()
            let nameSpan = span(of: next)
            var f = try parseFunctionRest()
            f.name = name
            return Stmt(.function(f, nameSpan: nameSpan), span(start))
        }
        guard case .name(let word) = t.kind else {
            return Stmt(.expr(try parseExpr()), span(start))
        }
        let third = lookahead(2)
        if next.isSymbol(.assign) {
            advance(); advance()
            skipNewlines()
            let value = try parseExpr()
            return Stmt(.assign(name: word, nameSpan: span(of: t), value: value), span(start))
        }
        switch word {
        case "expect" where !next.isNewlineOrEnd:
            advance()
            let cond = try parseExpr()
            var message: Expr?
            // A line ending in `,` continues with the message (§2).
            if current.isSymbol(.comma) { advance(); skipNewlines(); message = try parseExpr() }
            return Stmt(.expect(cond, message: message), span(start))
        case "use" where next.name != nil:
            advance()
            let (module, moduleSpan) = try expectName(Message(SyntaxText.whatModuleName))
            return Stmt(.use(module: module, moduleSpan: moduleSpan), span(start))
        case "rate" where next.name.map(Currency.isCode) == true && third.isSymbol(.assign):
            advance(); advance(); advance()
            let value = try parseExpr()
            return Stmt(.rate(currency: next.name ?? "", value: value), span(start))
        case "band" where next.name != nil && third.isSymbol(.assign):
            advance(); advance(); advance()
            let value = try parseExpr()
            let decl = Expr(.declaration(kind: "band", name: next.name ?? "", fields: [Field(name: "range", nameSpan: value.span, value: value)]), span(start))
            return Stmt(.assign(name: next.name ?? "", nameSpan: span(of: next), value: decl), span(start))
        case "market" where next.isSymbol(.lbrace):
            advance()
            let fields = try parseFields()
            let decl = Expr(.declaration(kind: "market", name: "market", fields: fields), span(start))
            return Stmt(.assign(name: "market", nameSpan: span(of: t), value: decl), span(start))
        case "segment", "competitor", "strategy", "company":
            if let name = next.name, third.isSymbol(.lbrace) {
                advance(); advance()
                let fields = try parseFields()
                let decl = Expr(.declaration(kind: word, name: name, fields: fields), span(start))
                return Stmt(.assign(name: name, nameSpan: span(of: next), value: decl), span(start))
            }
        case "show" where startsOperand(next):
            advance()
            var items = [try parseExpr()]
            // `show a, b`: several series in one month table.
            while current.isSymbol(.comma) { advance(); skipNewlines(); items.append(try parseExpr()) }
            return Stmt(.show(items), span(start))
        case "plot" where startsOperand(next):
            advance()
            var items = [try parsePipe()]
            var title: Expr?
            /// `title: "…"`, after the items (with or without a comma) or after the destination.
            func parseTitle() throws(ParseError) -> Bool {
                guard title == nil, current.isName("title"), lookahead().isSymbol(.colon) else { return false }
                advance(); advance()
                title = try parsePipe()
                return true
            }
            while current.isSymbol(.comma) {
                advance(); skipNewlines()
                if try parseTitle() { break }
                items.append(try parsePipe())
            }
            _ = try parseTitle()
            var dest: Expr?
            if current.isName("to") { advance(); dest = try parsePrimaryOperand() }
            if current.isSymbol(.comma), lookahead().isName("title") { advance() }
            _ = try parseTitle()
            return Stmt(.plot(items, destination: dest, title: title), span(start))
        case "export" where startsOperand(next), "report" where startsOperand(next):
            advance()
            var values = [try parsePipe()]
            // `export a, b to "f.xlsx"`: a sheet (or JSON key) per value;
            // `report a, b to "r.html"`: a section per run and a comparison.
            while current.isSymbol(.comma) { advance(); skipNewlines(); values.append(try parsePipe()) }
            guard current.isName("to") else {
                let last = values[values.count - 1]
                throw error(Message(SyntaxText.expectedToFile, word, file.slice(values[0].span.to(last.span))), at: current)
            }
            advance()
            let dest = try parsePrimaryOperand()
            return Stmt(word == "export" ? .export(values, destination: dest) : .report(values, destination: dest), span(start))
        default: break
        }
        return Stmt(.expr(try parseExpr()), span(start))
    }

    /// Whether a token can begin an operand of a statement word like `show`.
    func startsOperand(_ t: Token) -> Bool {
        switch t.kind {
        case .name, .number, .string, .currencySymbol: return true
        case .keyword(let k): return k == .if || k == .not || k == .true || k == .false
        case .symbol(let s): return s == .lbracket || s == .lbrace || s == .lparen || s == .minus
        default: return false
        }
    }

    /// `{ key: value, … }` of a declaration or record. Field values may end
    /// with `until month M then V` steps.
    mutating func parseFields() throws(ParseError) -> [Field] {
        try expect(.lbrace, "'{'")
        return try with(newlinesIgnored: false) { (p: inout Parser) throws(ParseError) -> [Field] in
            var fields: [Field] = []
            while true {
                while p.current.isNewlineOrEnd || p.current.isSymbol(.comma) || p.current.isSymbol(.semicolon) {
                    if case .end = p.current.kind { throw p.error(Message(SyntaxText.unclosedBrace), at: p.current) }
                    p.advance()
                }
                if p.current.isSymbol(.rbrace) { p.advance(); return fields }
                let (name, nameSpan) = try p.expectName(Message(SyntaxText.whatFieldName))
                try p.expect(.colon, Message(SyntaxText.whatColonAfterField, name))
                p.skipNewlines()
                let value = try p.parseFieldValue()
                fields.append(Field(name: name, nameSpan: nameSpan, value: value))
                let t = p.current
                if !(t.isNewlineOrEnd || t.isSymbol(.comma) || t.isSymbol(.semicolon) || t.isSymbol(.rbrace)) {
                    throw p.error(Message(SyntaxText.expectedAfterField, name, p.describe(t)), at: t)
                }
            }
        }
    }

    mutating func parseFieldValue() throws(ParseError) -> Expr {
        let start = current.start
        let first = try parseExpr()
        var steps: [ScheduleStep] = []
        while current.isName("until") {
            advance()
            guard current.isName("month") else {
                throw error(Message(SyntaxText.expectedMonthAfterUntil), at: current, hint: Message(SyntaxText.untilExample))
            }
            advance()
            let month = try parseAdditive()
            guard current.isKeyword(.then) else { throw error(Message(SyntaxText.expectedThenAfterMonth), at: current) }
            advance()
            let signed = current.isSymbol(.plus) || current.isSymbol(.minus)
            let value = try parseExpr()
            steps.append(ScheduleStep(month: month, value: value, signed: signed))
        }
        return steps.isEmpty ? first : Expr(.schedule(first, steps), span(start))
    }

    // MARK: Expressions, loosest first

    public mutating func parseExpr() throws(ParseError) -> Expr {
        let t = current
        try enter(t)
        defer { depth -= 1 }
        let e = try parsePipe()
        guard current.isKeyword(.given) else { return e }
        advance()
        var bindings: [Field] = []
        repeat {
            if !bindings.isEmpty { advance() }
            skipNewlines()
            let (name, nameSpan) = try expectInputName(Message(SyntaxText.whatCellAfterGiven))
            try expect(.assign, Message(SyntaxText.whatAssignAfter, name))
            skipNewlines()
            bindings.append(Field(name: name, nameSpan: nameSpan, value: try parsePipe()))
        } while current.isSymbol(.comma) && bindingFollowsComma()
        return Expr(.given(e, bindings), span(t.start))
    }

    /// Whether the comma at the current token is followed by another `given`
    /// binding (`NAME =` or `NAME.FIELD =`), possibly on the next line: a
    /// line ending in `,` continues the bindings, and a comma not followed by
    /// a binding ends them (§5), e.g. inside a call's arguments.
    func bindingFollowsComma() -> Bool {
        var i = index
        while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        guard tokens[i].isSymbol(.comma) else { return false }
        i += 1
        while i < tokens.count - 1, case .newline = tokens[i].kind { i += 1 }
        func at(_ k: Int) -> Token { tokens[min(i + k, tokens.count - 1)] }
        guard at(0).name != nil else { return false }
        if at(1).isSymbol(.assign) { return true }
        return at(1).isSymbol(.dot) && at(2).name != nil && at(3).isSymbol(.assign)
    }

    mutating func parsePipe() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseOr()
        while current.isSymbol(.pipe) {
            try chain(current)
            advance(); skipNewlines()
            let right = try parseOr()
            if case .call(let callee, var args) = right.kind {
                args.insert(CallArgument(label: nil, value: left), at: 0)
                left = Expr(.call(callee, args), span(start))
            } else {
                left = Expr(.call(right, [CallArgument(label: nil, value: left)]), span(start))
            }
        }
        return left
    }

    mutating func parseOr() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseAnd()
        while current.isKeyword(.or) {
            try chain(current)
            advance(); skipNewlines()
            left = Expr(.binary(.or, left, try parseAnd()), span(start))
        }
        return left
    }

    mutating func parseAnd() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseNot()
        while current.isKeyword(.and) {
            try chain(current)
            advance(); skipNewlines()
            left = Expr(.binary(.and, left, try parseNot()), span(start))
        }
        return left
    }

    mutating func parseNot() throws(ParseError) -> Expr {
        let t = current
        if t.isKeyword(.not) {
            try enter(t); defer { depth -= 1 }
            advance()
            return Expr(.unary(.not, try parseNot()), span(t.start))
        }
        return try parseComparison()
    }

    static let comparisons: [Symbol: BinaryOp] = [
        .equal: .eq, .notEqual: .ne, .less: .lt, .lessEqual: .le, .greater: .gt, .greaterEqual: .ge,
    ]

    mutating func parseComparison() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseRange()
        while true {
            let t = current
            if t.isKeyword(.in) || t.isSymbol(.approx) || t.isSymbol(.approxAscii) { try chain(t) }
            else if case .symbol(let s) = t.kind, Parser.comparisons[s] != nil { try chain(t) }
            if case .symbol(let s) = t.kind, let op = Parser.comparisons[s] {
                advance(); skipNewlines()
                left = Expr(.binary(op, left, try parseRange()), span(start))
            } else if t.isSymbol(.approx) || t.isSymbol(.approxAscii) {
                advance(); skipNewlines()
                let right = try parseRange()
                var tolerance: Expr?
                if current.isName("within") { advance(); tolerance = try parseRange() }
                left = Expr(.approx(left, right, tolerance: tolerance), span(start))
            } else if t.isKeyword(.in) {
                advance(); skipNewlines()   // a line ending in `in` continues
                let u = current
                if let name = u.name, Currency.isCode(name) {
                    advance()
                    left = Expr(.convert(left, .currency(name)), span(start))
                } else if u.name == "руб" || u.kind == .currencySymbol("RUB") {
                    advance()
                    if u.name != nil { takeAbbreviationDot() }
                    left = Expr(.convert(left, .currency("RUB")), span(start))
                } else if let name = u.name, let p = Period(word: name) {
                    advance()
                    if Period.takesDot(name) { takeAbbreviationDot() }
                    left = Expr(.convert(left, .period(p)), span(start))
                } else if u.isSymbol(.percent) {
                    advance()
                    left = Expr(.convert(left, .percent), span(start))
                } else {
                    throw error(Message(SyntaxText.expectedAfterIn, describe(u)), at: u, hint: Message(SyntaxText.inExample))
                }
            } else {
                return left
            }
        }
    }

    mutating func parseRange() throws(ParseError) -> Expr {
        let start = current.start
        let left = try parseAdditive()
        if current.isSymbol(.dotdot) {
            advance(); skipNewlines()
            return Expr(.range(left, try parseAdditive()), span(start))
        }
        // `to "file"` is a destination, not a distribution.
        if current.isName("to"), !isStringToken(lookahead()) {
            advance(); skipNewlines()
            return Expr(.to(left, try parseAdditive()), span(start))
        }
        return left
    }

    func isStringToken(_ t: Token) -> Bool { if case .string = t.kind { return true } else { return false } }

    mutating func parseAdditive() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOp
            if current.isSymbol(.plus) { op = .add } else if current.isSymbol(.minus) { op = .sub } else { return left }
            try chain(current)
            advance(); skipNewlines()
            left = Expr(.binary(op, left, try parseMultiplicative()), span(start))
        }
    }

    mutating func parseMultiplicative() throws(ParseError) -> Expr {
        let start = current.start
        var left = try parseUnary()
        while true {
            let t = current
            if t.isSymbol(.star) || t.isSymbol(.slash) || t.isName("per") || t.isName("of") { try chain(t) }
            if t.isSymbol(.star) {
                advance(); skipNewlines()
                left = Expr(.binary(.mul, left, try parseUnary()), span(start))
            } else if t.isSymbol(.slash) || t.isName("per") {
                advance(); skipNewlines()
                // `x / month` is a rate; `x / months` divides by a name
                // (a parameter may well be called `years`). After `per`
                // both forms make a rate.
                if let name = current.name, let p = t.isName("per") ? Period(word: name) : Period.rateWord(name) {
                    advance()
                    if Period.takesDot(name) { takeAbbreviationDot() }
                    left = Expr(.rate(left, p), span(start))
                } else if t.isName("per") {
                    throw error(Message(SyntaxText.expectedPeriodAfterPer, describe(current)), at: current, hint: Message(SyntaxText.perExample))
                } else {
                    left = Expr(.binary(.div, left, try parseUnary()), span(start))
                }
            } else if t.isName("of") {
                advance(); skipNewlines()
                left = Expr(.binary(.of, left, try parseUnary()), span(start))
            } else {
                return left
            }
        }
    }

    mutating func parseUnary() throws(ParseError) -> Expr {
        let t = current
        if t.isSymbol(.minus) || t.isSymbol(.plus) {
            try enter(t); defer { depth -= 1 }
            advance()
            let operand = try parseUnary()
            // Fold signs into literals so that `-5%` is one value.
            if t.isSymbol(.minus) {
                switch operand.kind {
                case .number(let v): return Expr(.number(-v), span(t.start))
                case .quantity(let v, let d): return Expr(.quantity(-v, d), span(t.start))
                default: return Expr(.unary(.negate, operand), span(t.start))
                }
            }
            return Expr(.unary(.plus, operand), span(t.start))
        }
        return try parsePower()
    }

    mutating func parsePower() throws(ParseError) -> Expr {
        let start = current.start
        let base = try parsePostfix()
        if current.isSymbol(.caret) {
            // Right-associative: `2^2^2…` recurses, so it counts as nesting.
            try enter(current); defer { depth -= 1 }
            advance(); skipNewlines()
            return Expr(.binary(.pow, base, try parseUnary()), span(start))
        }
        return base
    }

    mutating func parsePostfix() throws(ParseError) -> Expr {
        let start = current.start
        // `%` applies to a number literal or a parenthesised expression (§2).
        var parenthesised = current.isSymbol(.lparen)
        var e = try parsePrimary()
        if case .lambda = e.kind { parenthesised = false }
        while true {
            defer { parenthesised = false }
            let t = current
            if t.isSymbol(.lparen) || t.isSymbol(.lbracket) || t.isSymbol(.dot) || t.isSymbol(.percent)
                || t.isName("with") && lookahead().isSymbol(.lbrace) { try chain(t) }
            if t.isSymbol(.lparen) {
                let args = try parseArguments()
                e = Expr(.call(e, args), span(start))
            } else if t.isSymbol(.lbracket) {
                advance()
                let i = try with(newlinesIgnored: true) { (p: inout Parser) throws(ParseError) -> Expr in
                    let i = try p.parseExpr()
                    try p.expect(.rbracket, "']'")
                    return i
                }
                e = Expr(.index(e, i), span(start))
            } else if t.isSymbol(.dot) {
                advance()
                let (name, _) = try expectName(Message(SyntaxText.whatFieldAfterDot))
                e = Expr(.member(e, name), span(start))
            } else if t.isSymbol(.percent) {
                if case .number(let v) = e.kind, !parenthesised {
                    advance()
                    e = Expr(.quantity(v / 100, .percent), span(start))
                } else if parenthesised {
                    advance()
                    e = Expr(.percent(e), span(start))
                } else {
                    // `x%` would read as a percent of a name; say how to write it.
                    let text = file.slice(e.span)
                    advance()
                    throw ParseError(diagnostic: Diagnostic(Message(SyntaxText.percentAfter, describePercentOperand(e)), at: span(start))
                        .hint(Message(SyntaxText.percentWrite, "(\(text))%")))
                }
            } else if t.isName("with"), lookahead().isSymbol(.lbrace) {
                advance()
                e = Expr(.with(e, try parseFields()), span(start))
            } else {
                return e
            }
        }
    }

    mutating func parseArguments() throws(ParseError) -> [CallArgument] {
        let open = current
        try expect(.lparen, "'('")
        return try with(newlinesIgnored: true) { (p: inout Parser) throws(ParseError) -> [CallArgument] in
            var args: [CallArgument] = []
            while !p.current.isSymbol(.rparen) {
                var label: String?
                if let n = p.current.name, p.lookahead().isSymbol(.colon) {
                    label = n
                    p.advance(); p.advance()
                }
                args.append(CallArgument(label: label, value: try p.parseExpr()))
                if p.current.isSymbol(.comma) { p.advance() } else { break }
            }
            try p.expect(.rparen, Message(SyntaxText.whatEither, "')'", "','"), opener: open)
            return args
        }
    }

    func describePercentOperand(_ e: Expr) -> Message {
        switch e.kind {
        case .name: return Message(SyntaxText.aName)
        case .call: return Message(SyntaxText.aCall)
        case .member: return Message(SyntaxText.aField)
        default: return Message(SyntaxText.thisExpression)
        }
    }

    /// A destination after `to`: normally a string literal.
    mutating func parsePrimaryOperand() throws(ParseError) -> Expr { try parsePostfix() }
}

// What the server knows about a document without running it: its top-level
// statements and what each defines, from the parser alone (parsing is
// bounded in depth and time, so it is safe to do in the server). Symbols,
// go-to-definition and completion use it; values come from the evaluation.

import BizLang

struct Outline: Sendable {
    enum Kind: Sendable, Equatable {
        case cell
        case function
        /// `segment smb { … }` and friends: the declaration's kind.
        case declaration(String)
        /// `rate USD = …`: a hidden cell named like the currency.
        case rate
    }

    struct Named: Sendable {
        var name: String
        var start: Int
        var end: Int
    }

    struct Definition: Sendable {
        var name: String
        var kind: Kind
        /// The name where it is defined.
        var nameStart: Int
        var nameEnd: Int
        /// The whole statement.
        var start: Int
        var end: Int
        var parameters: [Named] = []
        /// A declaration's fields, or a record literal's.
        var fields: [Named] = []
    }

    struct Use: Sendable {
        var module: String
        var start: Int
        var end: Int
    }

    var definitions: [Definition] = []
    var uses: [Use] = []
    /// Every top-level statement, in order (byte ranges).
    var statements: [(start: Int, end: Int)] = []

    init(_ file: SourceFile) {
        var parser = Parser(file: file)
        for s in parser.parseProgram() { add(s) }
    }

    private mutating func add(_ s: Stmt) {
        let start = Int(s.span.start), end = Int(s.span.end)
        statements.append((start, end))
        switch s.kind {
        case .assign(let name, let nameSpan, let value):
            var d = Definition(name: name, kind: .cell, nameStart: Int(nameSpan.start), nameEnd: Int(nameSpan.end), start: start, end: end)
            if case .declaration(let kind, _, let fields) = value.kind {
                d.kind = .declaration(kind)
                d.fields = fields.map { Named(name: $0.name, start: Int($0.nameSpan.start), end: Int($0.nameSpan.end)) }
            } else if case .record(let fields) = value.kind {
                d.fields = fields.map { Named(name: $0.name, start: Int($0.nameSpan.start), end: Int($0.nameSpan.end)) }
            } else if case .lambda(let fn) = value.kind {
                d.kind = .function
                d.parameters = fn.params.map { Named(name: $0.name, start: Int($0.span.start), end: Int($0.span.end)) }
            }
            definitions.append(d)
        case .function(let fn, let nameSpan):
            definitions.append(Definition(name: fn.name ?? "fn", kind: .function, nameStart: Int(nameSpan.start), nameEnd: Int(nameSpan.end),
                                          start: start, end: end,
                                          parameters: fn.params.map { Named(name: $0.name, start: Int($0.span.start), end: Int($0.span.end)) }))
        case .rate(let currency, _):
            definitions.append(Definition(name: currency, kind: .rate, nameStart: start, nameEnd: start, start: start, end: end))
        case .use(let module, let span):
            uses.append(Use(module: module, start: Int(span.start), end: Int(span.end)))
        default: break
        }
    }

    /// The definition of `name` that a use at `offset` sees: the last one
    /// before it, else the first (a formula may name a later cell).
    func definition(of name: String, at offset: Int) -> Definition? {
        let all = definitions.filter { $0.name == name && $0.kind != .rate }
        return all.last { $0.start <= offset } ?? all.first
    }

    /// The top-level statement containing a byte offset.
    func statement(containing offset: Int) -> (start: Int, end: Int)? {
        statements.first { $0.start <= offset && offset <= $0.end }
    }
}

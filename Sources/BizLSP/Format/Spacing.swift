// The space between two tokens on one line, in canonical layout: one space
// around binary operators (`*`, `/`, `^` may stay tight) and after commas,
// none inside brackets, before a comma or a colon, after a unary sign, or
// around `.` and `..`. A space the
// parser reads (`$5`, `мес.`) is never added or removed: a gap that was empty
// stays empty unless an operator's spaces are due, and rates (`2%/month`)
// and ranges (`80..120`) keep their tight form.

import BizLang

enum Spacing {
    /// The gap between `a` and `b` (`previous` is the token before `a`),
    /// given the width of the original gap.
    static func gap(_ previous: Token?, _ a: Token, _ b: Token, original: Int, text: [UInt8]) -> Int {
        // What the parser reads by adjacency: a currency symbol's number, `.`.
        if case .currencySymbol = a.kind { return original }
        if a.isDot || b.isDot || a.isSymbol(.dotdot) || b.isSymbol(.dotdot) { return original == 0 ? 0 : 1 }
        if b.isSymbol(.comma) || b.isSymbol(.semicolon) || b.isSymbol(.rparen) || b.isSymbol(.rbracket) { return 0 }
        if a.isSymbol(.lparen) || a.isSymbol(.lbracket) { return 0 }
        if b.isSymbol(.colon) { return 0 }
        if a.isSymbol(.comma) || a.isSymbol(.semicolon) || a.isSymbol(.colon) { return 1 }
        if b.isSymbol(.percent) { return original == 0 ? 0 : 1 }
        // Braces: `{a: 1}` and `{ a: 1 }` are both fine; one space at most.
        if a.isSymbol(.lbrace) || b.isSymbol(.rbrace) { return min(original, 1) }
        // A rate: `2%/month`, `100 RUB/month` keep the slash tight if it was.
        if a.isSymbol(.slash), let word = b.name, Period.rateWord(word) != nil { return original == 0 ? 0 : 1 }
        if b.isSymbol(.slash), let next = nextName(after: b, text), Period.rateWord(next) != nil { return original == 0 ? 0 : 1 }
        // `*`, `/` and `^` may be tight to show precedence (`2*x + 1`, `1/3`).
        if b.isSymbol(.star) || b.isSymbol(.slash) || b.isSymbol(.caret) { return original == 0 ? 0 : 1 }
        if a.isSymbol(.star) || a.isSymbol(.slash) || a.isSymbol(.caret) { return original == 0 ? 0 : 1 }
        if isBinaryOperator(b, after: a) { return 1 }
        if isBinaryOperator(a, after: previous) { return 1 }
        if (b.isSymbol(.plus) || b.isSymbol(.minus)) && isContextualWord(a) { return original }
        if (a.isSymbol(.plus) || a.isSymbol(.minus)) && isContextualWord(previous) { return original }
        if isSign(a, after: previous) { return 0 }
        // A call: `f(x)`; `if (x)` keeps its space.
        if b.isSymbol(.lparen) || b.isSymbol(.lbracket) { return original == 0 ? 0 : 1 }
        return original == 0 ? 0 : 1
    }

    /// The name right after `slash` in the text, skipping spaces.
    private static func nextName(after slash: Token, _ text: [UInt8]) -> String? {
        var i = slash.end
        while i < text.count, text[i] == 32 || text[i] == 9 { i += 1 }
        var j = i
        while j < text.count, text[j] >= 0x80 || (text[j] | 0x20 >= 97 && text[j] | 0x20 <= 122) || text[j] == 95 { j += 1 }
        return j > i ? String(decoding: text[i..<j], as: UTF8.self) : nil
    }

    static let binarySymbols: Set<Symbol> = [.plus, .minus, .star, .slash, .caret, .assign, .equal, .notEqual, .less, .lessEqual,
                                             .greater, .greaterEqual, .approx, .approxAscii, .arrow, .pipe]

    /// Whether `t` (after `before`) is an infix operator: `+`/`-` only when
    /// an operand comes before them.
    static func isBinaryOperator(_ t: Token, after before: Token?) -> Bool {
        if case .keyword(let k) = t.kind { return k == .and || k == .or }
        guard case .symbol(let s) = t.kind, binarySymbols.contains(s) else { return false }
        if s == .plus || s == .minus { return (before.map(isOperand) ?? false) && !isContextualWord(before) }
        return true
    }

    /// Words after which a `+`/`-` is usually a sign (`step -10`, `to -5`):
    /// there the gaps stay as written.
    static func isContextualWord(_ t: Token?) -> Bool {
        guard let name = t?.name else { return false }
        return ["step", "by", "within", "to", "over", "of", "per", "until", "with"].contains(name)
    }

    /// A `+`/`-` that is a sign: nothing, an operator or an opening before it.
    static func isSign(_ t: Token, after before: Token?) -> Bool {
        guard t.isSymbol(.plus) || t.isSymbol(.minus) else { return false }
        return !(before.map(isOperand) ?? false)
    }

    /// What can end an operand: a number, a name, a string, a closing bracket, `%`.
    static func isOperand(_ t: Token) -> Bool {
        switch t.kind {
        case .number, .string, .name: return true
        case .keyword(let k): return k == .true || k == .false
        case .symbol(let s): return s == .rparen || s == .rbracket || s == .rbrace || s == .percent || s == .dot
        default: return false
        }
    }
}

extension Token {
    var isDot: Bool { if case .symbol(.dot) = kind { return true } else { return false } }
    func isSymbol(_ s: Symbol) -> Bool { if case .symbol(s) = kind { return true } else { return false } }
    var name: String? { if case .name(let n) = kind { return n } else { return nil } }
}

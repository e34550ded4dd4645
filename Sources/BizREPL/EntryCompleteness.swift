// Whether a REPL entry needs another line (LANGUAGE.md §2): a bracket or
// brace is still open, or the last token is a binary operator or a comma.
// Decided on tokens, not on a parse, so that a genuine mistake is reported
// at once instead of leaving the user at `...>`: an unterminated string or a
// stray closing bracket makes the entry complete (and an error).

import BizLang

enum EntryCompleteness {
    static func isIncomplete(_ text: String) -> Bool {
        if text.hasPrefix(":") { return false }   // a :command is one line
        let file = SourceFile(name: "<repl>", text: text)
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        guard lexer.diagnostics.isEmpty else { return false }
        var open: [Symbol] = []
        var significant: [Token] = []
        for token in tokens {
            switch token.kind {
            case .symbol(let s) where s == .lparen || s == .lbracket || s == .lbrace:
                open.append(s)
            case .symbol(let s) where s == .rparen || s == .rbracket || s == .rbrace:
                guard let opener = open.popLast(), closer(of: opener) == s else { return false }
            case .newline, .end:
                continue
            default:
                break
            }
            significant.append(token)
        }
        if !open.isEmpty { return true }
        guard let last = significant.last else { return false }
        return continues(after: last, previous: significant.dropLast().last)
    }

    private static func closer(of s: Symbol) -> Symbol {
        switch s {
        case .lparen: return .rparen
        case .lbracket: return .rbracket
        default: return .rbrace
        }
    }

    /// Symbols after which an expression must go on.
    private static let continuingSymbols: Set<Symbol> = [
        .plus, .minus, .star, .slash, .caret, .comma, .assign, .equal, .notEqual,
        .less, .lessEqual, .greater, .greaterEqual, .approx, .approxAscii, .dotdot, .arrow, .pipe,
    ]
    private static let continuingKeywords: Set<Keyword> = [.and, .or, .not, .given, .then, .else, .in]
    /// Contextual operator words: only operators when something precedes them
    /// that can be their left operand (`20% of`, not `x = of`).
    private static let operatorWords: Set<String> = ["of", "per", "to"]

    private static func continues(after last: Token, previous: Token?) -> Bool {
        switch last.kind {
        case .symbol(let s): return continuingSymbols.contains(s)
        case .keyword(let k): return continuingKeywords.contains(k)
        case .name(let n) where operatorWords.contains(n):
            guard let previous else { return false }
            switch previous.kind {
            case .number, .name, .string: return true
            case .symbol(let s): return s == .rparen || s == .rbracket || s == .percent
            default: return false
            }
        default: return false
        }
    }
}

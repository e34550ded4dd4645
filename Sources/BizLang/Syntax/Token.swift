/// The kinds of token. Words (`segment`, `by`, `to`, …) other than the
/// reserved ones are `.name`: the parser gives them meaning where its grammar
/// expects them.
public enum TokenKind: Equatable, Sendable {
    case number(Double)
    /// A string literal: its pieces of text and of `{code}` (byte ranges).
    case string([StringPiece])
    case name(String)
    case keyword(Keyword)
    /// `$`, `€`, `£`, `₽`, `¥` written before a number: the currency code.
    case currencySymbol(String)
    case symbol(Symbol)
    case newline
    case end
    /// Something that is not a token; the lexer has reported it.
    case invalid
}

public enum StringPiece: Equatable, Sendable {
    case text(String)
    case code(start: Int, end: Int)
}

public enum Keyword: String, CaseIterable, Sendable {
    case fn, `if`, then, `else`, `for`, `in`, `while`, `return`, and, or, not, `true`, `false`, given
}

public enum Symbol: String, CaseIterable, Sendable {
    case plus = "+", minus = "-", star = "*", slash = "/", caret = "^", percent = "%"
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
    case comma = ",", semicolon = ";", colon = ":", dot = ".", dotdot = ".."
    case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<=",
         greater = ">", greaterEqual = ">=", approx = "≈", approxAscii = "~="
    case arrow = "=>", pipe = "|>"
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int

    var isNewlineOrEnd: Bool {
        switch kind { case .newline, .end: return true
        default: return false }
    }
    func isSymbol(_ s: Symbol) -> Bool { if case .symbol(s) = kind { return true } else { return false } }
    func isKeyword(_ k: Keyword) -> Bool { if case .keyword(k) = kind { return true } else { return false } }
    func isName(_ n: String) -> Bool { if case .name(n) = kind { return true } else { return false } }
    var name: String? { if case .name(let n) = kind { return n } else { return nil } }
}

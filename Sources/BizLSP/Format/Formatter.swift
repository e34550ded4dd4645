// `biz fmt`: the canonical layout of a .biz file. Only the space inside
// lines changes — indentation (two spaces per open bracket), the spaces
// between tokens (Spacing.swift), trailing spaces, runs of blank lines, the
// final newline; line breaks stay where they are, comments stay (a comment
// after code keeps its column, so aligned comments stay aligned). A file
// with a parse error is not touched. As a safety net the result is lexed
// again and must give the same tokens (kinds, texts, and the adjacency the
// parser reads), else the file is left as it was.

import BizFormat
import BizLang

public enum Formatter {
    public enum Outcome: Equatable {
        case formatted(String)
        /// The file does not parse: these diagnostics, rendered.
        case notFormatted([String])
    }

    /// `locale`: the language of the errors of a file that does not parse.
    public static func format(_ text: String, name: String = "<fmt>", locale: OutputLocale = .en) -> Outcome {
        let file = SourceFile(name: name, text: text)
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file)
        _ = parser.parseProgram()
        // The parser reports the lexer's errors too.
        let problems = parser.diagnostics.isEmpty ? lexer.diagnostics : parser.diagnostics
        guard problems.isEmpty else { return .notFormatted(problems.prefix(10).map { $0.render(locale: locale) }) }
        let result = layout(file, tokens.filter { if case .end = $0.kind { return false }; return true })
        guard sameTokens(text, result) else { return .formatted(text) }
        return .formatted(result)
    }

    private struct Opening { let line: Int }

    private static func layout(_ file: SourceFile, _ tokens: [Token]) -> String {
        let bytes = file.bytes
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { lineStarts.append(i + 1) }
        var out: [String] = []
        var open: [Opening] = []          // unclosed brackets, with the line that opened each
        var t = 0                          // the next token
        var continued = false              // the previous code line ends in an operator or comma
        for line in 0..<lineStarts.count {
            let start = lineStarts[line]
            var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 13 { end -= 1 }
            let raw = String(decoding: bytes[start..<end], as: UTF8.self)
            // A line inside a token (a string over several lines), or after a `\` join: as it is.
            if t > 0, tokens[t - 1].end > start || (out.last?.hasSuffix("\\") ?? false) {
                while t < tokens.count, tokens[t].start < end || isNewline(tokens[t]) && tokens[t].start <= end { t += 1 }
                out.append(raw)
                continue
            }
            var lineTokens: [Token] = []
            while t < tokens.count, tokens[t].start < end {
                if !isNewline(tokens[t]) { lineTokens.append(tokens[t]) }
                t += 1
            }
            if t < tokens.count, isNewline(tokens[t]), tokens[t].start == end { t += 1 }
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if lineTokens.isEmpty {
                if trimmed.isEmpty { out.append("") } else {
                    out.append(indent(open, closing: 0) + String(trimmed).trimmingTrailingSpaces())   // a comment line
                }
                continue
            }
            // Closers at the start of the line belong to the level outside them.
            var leadingClosers = 0
            for tok in lineTokens {
                if isCloser(tok) { leadingClosers += 1 } else { break }
            }
            var code = indent(open, closing: leadingClosers)
            if continued && leadingClosers == 0 { code += "  " }
            for (i, tok) in lineTokens.enumerated() {
                if i > 0 {
                    let a = lineTokens[i - 1]
                    let original = a.end <= tok.start ? String(decoding: bytes[a.end..<tok.start], as: UTF8.self) : ""
                    if original.contains(where: { $0 != " " && $0 != "\t" }) {
                        code += original   // a `\` line join or something unusual: keep it
                    } else {
                        let before = i > 1 ? lineTokens[i - 2] : nil
                        code += String(repeating: " ", count: Spacing.gap(before, a, tok, original: original.count, text: bytes))
                    }
                }
                code += String(decoding: bytes[tok.start..<tok.end], as: UTF8.self)
                if isOpener(tok) { open.append(Opening(line: line)) } else if isCloser(tok), !open.isEmpty { open.removeLast() }
            }
            // A comment after the code keeps its column when there is room.
            if let last = lineTokens.last, last.end < end {
                let rest = String(decoding: bytes[last.end..<end], as: UTF8.self)
                let comment = rest.drop { $0 == " " || $0 == "\t" }
                if comment.hasPrefix("#") {
                    let gap = rest.count - comment.count
                    let column = String(decoding: bytes[start..<last.end], as: UTF8.self).count + gap
                    let width = code.count
                    code += gap <= 1 ? " " : String(repeating: " ", count: max(2, column - width))
                    code += String(comment).trimmingTrailingSpaces()
                } else if !comment.isEmpty {
                    code += " " + String(comment).trimmingTrailingSpaces()   // a `\` line join
                }
            }
            out.append(code)
            continued = continues(lineTokens.last, depth: open.count)
        }
        // At most one blank line in a row; none at the start or the end.
        var lines: [String] = []
        for l in out {
            if l.isEmpty && (lines.isEmpty || lines.last == "") { continue }
            lines.append(l)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Two spaces for each line that opened a bracket still open (`f({` is one level).
    private static func indent(_ open: [Opening], closing: Int) -> String {
        let still = open.dropLast(min(closing, open.count))
        let levels = Set(still.map(\.line)).count
        return String(repeating: "  ", count: levels)
    }

    /// A line ending in an operator or (outside brackets) a comma goes on.
    private static func continues(_ last: Token?, depth: Int) -> Bool {
        guard let last else { return false }
        if last.isSymbol(.comma) { return depth == 0 }
        if case .keyword(let k) = last.kind { return k == .and || k == .or || k == .in }
        return Spacing.isBinaryOperator(last, after: nil) || last.isSymbol(.plus) || last.isSymbol(.minus)
    }

    private static func isNewline(_ t: Token) -> Bool { if case .newline = t.kind { return true } else { return false } }
    private static func isOpener(_ t: Token) -> Bool { t.isSymbol(.lparen) || t.isSymbol(.lbracket) || t.isSymbol(.lbrace) }
    private static func isCloser(_ t: Token) -> Bool { t.isSymbol(.rparen) || t.isSymbol(.rbracket) || t.isSymbol(.rbrace) }

    /// Whether two texts lex to the same tokens, with the same adjacency
    /// where the parser reads it (a currency symbol and its number, `.`).
    static func sameTokens(_ a: String, _ b: String) -> Bool {
        func signature(_ text: String) -> [String] {
            let file = SourceFile(name: "<fmt>", text: text)
            var lexer = Lexer(file: file)
            let tokens = lexer.tokenize()
            var out: [String] = []
            for (i, t) in tokens.enumerated() {
                var s = "\(t.kind.tag) " + file.slice(SourceSpan(file: file, start: t.start, end: t.end))
                if i > 0, tokens[i - 1].end == t.start, t.isDot || tokens[i - 1].isDot || tokenIsCurrencySymbol(tokens[i - 1]) { s += " touching" }
                out.append(s)
            }
            return out
        }
        return signature(a) == signature(b)
    }

    private static func tokenIsCurrencySymbol(_ t: Token) -> Bool { if case .currencySymbol = t.kind { return true } else { return false } }
}

extension TokenKind {
    /// The kind without its payload, for comparing token streams.
    var tag: String {
        switch self {
        case .number(let x): return "number \(x)"
        case .string: return "string"
        case .name(let n): return "name \(n)"
        case .keyword(let k): return "keyword \(k.rawValue)"
        case .currencySymbol(let c): return "currency \(c)"
        case .symbol(let s): return "symbol \(s.rawValue)"
        case .newline: return "newline"
        case .end: return "end"
        case .invalid: return "invalid"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}

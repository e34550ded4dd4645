/// Turns a source file into tokens. Newlines are tokens: the parser decides
/// where they end statements (§2 of LANGUAGE.md). Errors are collected, not
/// thrown, so one bad character does not hide the rest of the file.
public struct Lexer {
    let file: SourceFile
    let bytes: [UInt8]
    var pos: Int
    let endPos: Int
    /// Whether the not-UTF-8 error was reported (it is reported once).
    var reportedEncoding = false
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: SourceFile, start: Int = 0, end: Int? = nil) {
        self.file = file
        self.bytes = file.bytes
        self.pos = start
        self.endPos = min(end ?? file.bytes.count, file.bytes.count)
    }

    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(endPos / 3 + 2)
        while true {
            let t = next()
            // Collapse runs of newlines: they carry no extra meaning.
            if case .newline = t.kind, let last = tokens.last, case .newline = last.kind { continue }
            tokens.append(t)
            if case .end = t.kind { break }
        }
        return tokens
    }

    private func span(_ s: Int, _ e: Int) -> SourceSpan { SourceSpan(file: file, start: s, end: e) }

    private mutating func error(_ message: Message, _ s: Int, _ e: Int, hint: Message? = nil) {
        diagnostics.append(Diagnostic(message, at: span(s, e)).hint(hint))
    }

    private func peek(_ offset: Int = 0) -> UInt8 {
        let i = pos + offset
        return i < endPos ? bytes[i] : 0
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// Decodes the scalar at `i`; nil for invalid UTF-8.
    private func scalar(at i: Int) -> (Unicode.Scalar, Int)? {
        var it = bytes[i..<endPos].makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&it) {
        case .scalarValue(let s): return (s, UTF8.width(s))
        default: return nil
        }
    }

    private static func isIdentStart(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic
    }
    private static func isIdentContinue(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil
            || s.properties.generalCategory == .nonspacingMark
    }

    mutating func next() -> Token {
        // Skip spaces and comments.
        while pos < endPos {
            let b = bytes[pos]
            if b == 32 || b == 9 || b == 13 { pos += 1; continue }
            if b == UInt8(ascii: "#") {
                while pos < endPos, bytes[pos] != 10 { pos += 1 }
                continue
            }
            // A backslash at the end of a line joins the next line.
            if b == UInt8(ascii: "\\"), peek(1) == 10 { pos += 2; continue }
            break
        }
        let start = pos
        guard pos < endPos else { return Token(kind: .end, start: endPos, end: endPos) }
        let b = bytes[pos]
        if b == 10 { pos += 1; return Token(kind: .newline, start: start, end: pos) }
        if Lexer.isDigit(b) || (b == UInt8(ascii: ".") && Lexer.isDigit(peek(1))) { return number() }
        if b == UInt8(ascii: "\"") { return string() }
        if b < 128 {
            if Lexer.isASCIILetter(b) || b == UInt8(ascii: "_") { return identifier() }
            if b == UInt8(ascii: "$") { pos += 1; return Token(kind: .currencySymbol("USD"), start: start, end: pos) }
            return symbol()
        }
        guard let (s, width) = scalar(at: pos) else {
            pos += 1
            while pos < endPos, bytes[pos] & 0xC0 == 0x80 { pos += 1 }
            error(Message(SyntaxText.invalidUTF8), start, pos)
            return Token(kind: .invalid, start: start, end: pos)
        }
        switch s {
        case "€": pos += width; return Token(kind: .currencySymbol("EUR"), start: start, end: pos)
        case "£": pos += width; return Token(kind: .currencySymbol("GBP"), start: start, end: pos)
        case "₽": pos += width; return Token(kind: .currencySymbol("RUB"), start: start, end: pos)
        case "¥": pos += width; return Token(kind: .currencySymbol("JPY"), start: start, end: pos)
        case "≈": pos += width; return Token(kind: .symbol(.approx), start: start, end: pos)
        case "≠": pos += width; return Token(kind: .symbol(.notEqual), start: start, end: pos)
        case "≤": pos += width; return Token(kind: .symbol(.lessEqual), start: start, end: pos)
        case "≥": pos += width; return Token(kind: .symbol(.greaterEqual), start: start, end: pos)
        case "→": pos += width; return Token(kind: .symbol(.arrow), start: start, end: pos)
        case "\u{A0}", "\u{2009}", "\u{202F}", "\u{FEFF}": pos += width; return next()
        default: break
        }
        if Lexer.isIdentStart(s) { return identifier() }
        pos += width
        if s == "\u{FFFD}" {
            // Files are decoded with invalid bytes as U+FFFD: one error for
            // the whole text, not one per byte of a Windows-1251 file.
            if !reportedEncoding {
                reportedEncoding = true
                let name = file.name.hasSuffix(".biz") ? file.name : "OLD.biz"
                let base = name.split(separator: "/").last.map(String.init) ?? name
                error(Message(SyntaxText.notUTF8), start, pos, hint: Message(SyntaxText.convertFromCP1251, name, base))
            }
            return Token(kind: .invalid, start: start, end: pos)
        }
        error(Message(SyntaxText.unexpectedCharacter, String(s)), start, pos)
        return Token(kind: .invalid, start: start, end: pos)
    }

    private mutating func identifier() -> Token {
        let start = pos
        while pos < endPos {
            let b = bytes[pos]
            if b < 128 {
                if Lexer.isASCIILetter(b) || Lexer.isDigit(b) || b == UInt8(ascii: "_") { pos += 1; continue }
                break
            }
            guard let (s, w) = scalar(at: pos), Lexer.isIdentContinue(s) else { break }
            pos += w
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if let k = Keyword(rawValue: text) { return Token(kind: .keyword(k), start: start, end: pos) }
        return Token(kind: .name(text), start: start, end: pos)
    }

    private mutating func number() -> Token {
        let start = pos
        var digits = ""
        func takeDigits(_ lexer: inout Lexer) {
            while lexer.pos < lexer.endPos {
                let b = lexer.bytes[lexer.pos]
                if Lexer.isDigit(b) { digits.append(Character(Unicode.Scalar(b))); lexer.pos += 1 }
                else if b == UInt8(ascii: "_"), Lexer.isDigit(lexer.peek(1)) { lexer.pos += 1 }
                else { break }
            }
        }
        takeDigits(&self)
        // A dot is a decimal point only when a digit follows it (`80..120`).
        if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
            digits.append("."); pos += 1
            takeDigits(&self)
        }
        if (peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E")),
           Lexer.isDigit(peek(1)) || ((peek(1) == UInt8(ascii: "-") || peek(1) == UInt8(ascii: "+")) && Lexer.isDigit(peek(2))) {
            digits.append("e"); pos += 1
            if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") {
                digits.append(Character(Unicode.Scalar(peek()))); pos += 1
            }
            takeDigits(&self)
        }
        var value = Double(digits) ?? .nan
        // Scale suffixes written against the digits: 2.5k, 1.2M, 3B.
        let suffix = peek()
        let scale: Double? = suffix == UInt8(ascii: "k") ? 1e3 : suffix == UInt8(ascii: "M") ? 1e6 : suffix == UInt8(ascii: "B") ? 1e9 : nil
        if let scale, !continuesIdentifier(at: pos + 1) {
            pos += 1
            value *= scale
        }
        if continuesIdentifier(at: pos) {
            // `12abc`: a number glued to a word.
            let wordStart = pos
            while continuesIdentifier(at: pos) { pos += 1 }
            error(Message(SyntaxText.numberRunsIntoName), start, pos,
                  hint: Message(SyntaxText.putSpace, String(decoding: bytes[start..<wordStart], as: UTF8.self)))
            return Token(kind: .invalid, start: start, end: pos)
        }
        if !value.isFinite {
            error(Message(SyntaxText.numberTooLarge), start, pos, hint: Message(SyntaxText.numberLimit))
            return Token(kind: .invalid, start: start, end: pos)
        }
        return Token(kind: .number(value), start: start, end: pos)
    }

    private func continuesIdentifier(at i: Int) -> Bool {
        guard i < endPos else { return false }
        let b = bytes[i]
        if b < 128 { return Lexer.isASCIILetter(b) || Lexer.isDigit(b) || b == UInt8(ascii: "_") }
        guard let (s, _) = scalar(at: i) else { return false }
        return Lexer.isIdentContinue(s)
    }

    private mutating func string() -> Token {
        let start = pos
        pos += 1
        var pieces: [StringPiece] = []
        var text = ""
        var chunkStart = pos
        func flush(_ lexer: Lexer) {
            text += String(decoding: lexer.bytes[chunkStart..<lexer.pos], as: UTF8.self)
        }
        while pos < endPos {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                flush(self); pos += 1
                if !text.isEmpty || pieces.isEmpty { pieces.append(.text(text)) }
                return Token(kind: .string(pieces), start: start, end: pos)
            }
            if b == 10 { break }
            if b == UInt8(ascii: "\\") {
                flush(self)
                let e = peek(1)
                switch e {
                case UInt8(ascii: "n"): text += "\n"
                case UInt8(ascii: "t"): text += "\t"
                case UInt8(ascii: "\""): text += "\""
                case UInt8(ascii: "\\"): text += "\\"
                case UInt8(ascii: "{"): text += "{"
                case UInt8(ascii: "}"): text += "}"
                default:
                    error(Message(SyntaxText.unknownEscape), pos, pos + 2, hint: Message(SyntaxText.theEscapes, "\\n \\t \\\" \\\\ \\{"))
                }
                pos += 2
                chunkStart = pos
                continue
            }
            if b == UInt8(ascii: "{") {
                flush(self)
                if !text.isEmpty { pieces.append(.text(text)); text = "" }
                let codeStart = pos + 1
                var depth = 1
                pos += 1
                while pos < endPos, bytes[pos] != 10 {
                    if bytes[pos] == UInt8(ascii: "{") { depth += 1 }
                    if bytes[pos] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { break } }
                    if bytes[pos] == UInt8(ascii: "\"") { break }
                    pos += 1
                }
                guard pos < endPos, bytes[pos] == UInt8(ascii: "}") else {
                    error(Message(SyntaxText.unclosedBraceInString), codeStart - 1, codeStart, hint: Message(SyntaxText.literalBrace))
                    return Token(kind: .invalid, start: start, end: pos)
                }
                pieces.append(.code(start: codeStart, end: pos))
                pos += 1
                chunkStart = pos
                continue
            }
            pos += 1
        }
        error(Message(SyntaxText.unterminatedString), start, pos, hint: Message(SyntaxText.closeString))
        return Token(kind: .invalid, start: start, end: pos)
    }

    private mutating func symbol() -> Token {
        let start = pos
        let two = pos + 1 < endPos ? String(decoding: bytes[pos...pos + 1], as: UTF8.self) : ""
        if let s = Symbol(rawValue: two), two.count == 2 {
            pos += 2
            return Token(kind: .symbol(s), start: start, end: pos)
        }
        let one = String(decoding: bytes[pos...pos], as: UTF8.self)
        pos += 1
        if let s = Symbol(rawValue: one) { return Token(kind: .symbol(s), start: start, end: pos) }
        let word = one == "&" ? "and" : one == "|" ? "or" : one == "!" ? "not" : nil
        error(Message(SyntaxText.unexpectedCharacter, one), start, pos, hint: word.map { Message(SyntaxText.writeWord, $0) })
        return Token(kind: .invalid, start: start, end: pos)
    }
}

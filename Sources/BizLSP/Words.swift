// The word under the cursor and what surrounds it, by bytes of the text: an
// identifier is letters (Cyrillic too), digits and `_`, as the lexer reads it.

struct WordAt: Sendable {
    var text: String
    var start: Int
    var end: Int
}

enum Words {
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    /// The identifier around (or just before) a byte offset.
    static func word(in bytes: [UInt8], at offset: Int) -> WordAt? {
        let offset = max(0, min(offset, bytes.count))
        var start = offset, end = offset
        while start > 0, let (s, w) = scalar(endingAt: start, bytes), isWordScalar(s) { start -= w }
        while end < bytes.count, let (s, w) = scalar(startingAt: end, bytes), isWordScalar(s) { end += w }
        guard start < end else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let first = text.unicodeScalars.first, first.properties.numericType == nil else { return nil }
        return WordAt(text: text, start: start, end: end)
    }

    /// The scalar that ends at byte `end` and its width in bytes.
    static func scalar(endingAt end: Int, _ bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
        guard start >= 0 else { return nil }
        return scalar(startingAt: start, bytes).flatMap { $0.1 == end - start ? $0 : nil }
    }

    static func scalar(startingAt start: Int, _ bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        guard start < bytes.count else { return nil }
        let b = bytes[start]
        let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard start + width <= bytes.count else { return nil }
        return String(decoding: bytes[start..<(start + width)], as: UTF8.self).unicodeScalars.first.map { ($0, width) }
    }

    /// The text of the current line before `offset`.
    static func linePrefix(_ bytes: [UInt8], _ offset: Int) -> String {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self)
    }

    /// The declaration (`segment smb {`, `market {`) whose braces enclose
    /// `offset`, found by scanning back for an unclosed `{` (strings and
    /// comments are rare enough in declarations to be ignored); its kind.
    static func enclosingDeclaration(_ bytes: [UInt8], _ offset: Int, kinds: [String]) -> String? {
        var depth = 0
        var i = min(offset, bytes.count) - 1
        while i >= 0 {
            switch bytes[i] {
            case UInt8(ascii: "}"): depth += 1
            case UInt8(ascii: "{"):
                if depth > 0 { depth -= 1; break }
                let before = linePrefix(bytes, i).split(whereSeparator: { $0 == " " || $0 == "\t" })
                // `segment smb {`, `market {`, `x = segment smb {`.
                for word in before.suffix(2) where kinds.contains(String(word)) { return String(word) }
                return nil
            default: break
            }
            i -= 1
        }
        return nil
    }

    /// Whether the cursor is where a field's name goes inside a declaration:
    /// only spaces or a name since the last `{`, `,` or line start.
    static func atFieldKey(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var i = min(offset, bytes.count) - 1
        while i >= 0 {
            let b = bytes[i]
            if b == UInt8(ascii: "{") || b == UInt8(ascii: ",") || b == UInt8(ascii: "\n") { return true }
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "_") || b >= 0x80
                || (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122) { i -= 1; continue }
            return false
        }
        return true
    }
}

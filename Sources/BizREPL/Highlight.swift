// Colours for results: numbers and quantities in cyan, quoted strings in
// green, cell names in bold. Applied to the text `display` produced, so the
// colours never change what is printed, only how it looks.

enum Highlight {
    /// A displayed value with its numbers and strings coloured.
    static func value(_ text: String, enabled: Bool) -> String {
        guard enabled else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\"" {
                let end = closingQuote(in: text, after: index)
                out += Terminal.paint(String(text[index..<end]), .green, enabled: true)
                index = end
            } else if c.isLetter || c == "_" {
                // A whole word, so that digits inside names (`p95`) stay plain.
                let end = text[index...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? text.endIndex
                out += text[index..<end]
                index = end
            } else if c.isNumber || (c == "-" && startsNumber(text, after: index)) {
                let end = numberEnd(in: text, from: text.index(after: index))
                out += Terminal.paint(String(text[index..<end]), .cyan, enabled: true)
                index = end
            } else {
                out.append(c)
                index = text.index(after: index)
            }
        }
        return out
    }

    static func name(_ text: String, enabled: Bool) -> String {
        Terminal.paint(text, .bold, enabled: enabled)
    }

    static func dim(_ text: String, enabled: Bool) -> String {
        Terminal.paint(text, .dim, enabled: enabled)
    }

    /// A `-` right before a digit, at the start or after a space or bracket.
    private static func startsNumber(_ text: String, after minus: String.Index) -> Bool {
        let next = text.index(after: minus)
        guard next < text.endIndex, text[next].isNumber else { return false }
        guard minus > text.startIndex else { return true }
        return " ([{,".contains(text[text.index(before: minus)])
    }

    /// Digits with their group separators, decimal mark, suffix `%` and a
    /// currency code or symbol: `12,000.50 RUB`, `1 234,5`, `20%`.
    private static func numberEnd(in text: String, from start: String.Index) -> String.Index {
        var index = start
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            let nextIsDigit = next < text.endIndex && text[next].isNumber
            if c.isNumber || c == "%" || ((c == "," || c == "." || c == "\u{A0}" || c == "\u{202F}" || c == " ") && nextIsDigit) {
                index = next
            } else {
                break
            }
        }
        // A currency after the number: ` RUB`, ` ₽`.
        let rest = text[index...]
        if rest.hasPrefix(" ") {
            let word = rest.dropFirst().prefix { $0.isUppercase || "₽$€£¥".contains($0) }
            if (word.count == 3 && word.allSatisfy(\.isUppercase)) || (word.count == 1 && "₽$€£¥".contains(word)) {
                return text.index(index, offsetBy: word.count + 1)
            }
        }
        return index
    }

    private static func closingQuote(in text: String, after start: String.Index) -> String.Index {
        var index = text.index(after: start)
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index] == "\"" { return text.index(after: index) }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}

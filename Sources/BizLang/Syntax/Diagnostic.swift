import BizFormat

/// An error or note about a place in the source, rendered as
/// `FILE:LINE:COL: error: MESSAGE`, the source line, a caret/underline under
/// the span, then `note:`/`hint:` lines.
public struct Diagnostic: Error, Sendable {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity = .error
    /// What went wrong, put into words when rendered (Messages/).
    public var text: Message
    public var span: SourceSpan
    /// Other places worth underlining (the second operand of a unit error).
    public var noteTexts: [(text: Message, span: SourceSpan)] = []
    public var hintTexts: [Message] = []
    /// Ctrl-C or the step limit, not a mistake at one point: a search must
    /// not step around it (SearchProblem) but stop.
    public var stopsEvaluation = false

    public init(_ text: Message, at span: SourceSpan, notes: [(text: Message, span: SourceSpan)] = [],
                hints: [Message] = []) {
        self.text = text
        self.span = span
        self.noteTexts = notes
        self.hintTexts = hints
    }

    /// A diagnostic whose text is not in the catalog (the same in every language).
    public init(_ message: String, at span: SourceSpan, notes: [(message: String, span: SourceSpan)] = [], hints: [String] = []) {
        self.init(.verbatim(message), at: span, notes: notes.map { (Message.verbatim($0.message), $0.span) },
                  hints: hints.map(Message.verbatim))
    }

    /// The texts in English (for tests and logs).
    public var message: String { text.render(.en) }
    public var hints: [String] { hintTexts.map { $0.render(.en) } }
    public var notes: [(message: String, span: SourceSpan)] { noteTexts.map { ($0.text.render(.en), $0.span) } }

    public func hint(_ message: Message?) -> Diagnostic {
        guard let message else { return self }
        var d = self
        d.hintTexts.append(message)
        return d
    }

    public func hint(_ text: String?) -> Diagnostic { hint(text.map(Message.verbatim)) }

    public func note(_ message: Message, at span: SourceSpan) -> Diagnostic {
        var d = self
        d.noteTexts.append((message, span))
        return d
    }

    public func note(_ text: String, at span: SourceSpan) -> Diagnostic { note(.verbatim(text), at: span) }

    /// The one-line location prefix, e.g. `model.biz:3:7`.
    public var location: String {
        guard let file = span.file else { return "<unknown>" }
        return "\(file.name):\(file.line(of: Int(span.start))):\(file.column(of: Int(span.start)))"
    }

    /// The rendering tools parse keeps its English words (`error:`, `note:`,
    /// `hint:`) in every language; the texts after them are in `locale`.
    public func render(color: Bool = false, locale: OutputLocale = .en) -> String {
        // A note is cyan throughout, an error red.
        let cyan = color ? "\u{1B}[1;36m" : "", red = color ? (severity == .note ? cyan : "\u{1B}[1;31m") : "",
            bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        // Texts quote the source (names, characters): escaped, never sent raw (TerminalEscape).
        let say = { (m: Message) in TerminalEscape.escape(m.render(locale).shortened) }
        var out = "\(bold)\(TerminalEscape.escape(location)): \(red)\(severity.rawValue):\(reset)\(bold) \(say(text))\(reset)\n"
        // Notes on the same line as the error are underlined in the same
        // excerpt (`^^^` for the error, `---` for each note).
        let line = span.file.map { $0.line(of: Int(span.start)) }
        let sameLine = noteTexts.filter { $0.span.file === span.file && $0.span.file != nil && $0.span.file?.line(of: Int($0.span.start)) == line }
        out += Diagnostic.excerpt(span, extra: sameLine.map(\.span), color: color ? red : "", noteColor: color ? cyan : "", reset: reset)
        for note in noteTexts {
            out += "\(cyan)note:\(reset) \(say(note.text))\n"
            if note.span.file != nil, !sameLine.contains(where: { $0.span == note.span }) {
                out += Diagnostic.excerpt(note.span, extra: [], color: color ? cyan : "", noteColor: "", reset: reset, marker: "-")
            }
        }
        for h in hintTexts { out += "\(cyan)hint:\(reset) \(say(h))\n" }
        return out
    }

    /// The source line with an underline under the span (the first line of a
    /// multi-line span), and `-` under other spans on that line.
    static func excerpt(_ span: SourceSpan, extra: [SourceSpan], color: String, noteColor: String, reset: String, marker: Character = "^") -> String {
        guard let file = span.file else { return "" }
        let line = file.line(of: Int(span.start))
        let text = file.lineText(line)
        let lineLength = text.unicodeScalars.count
        func columns(_ s: SourceSpan) -> (Int, Int) {
            let col = file.column(of: Int(s.start))
            let endLine = file.line(of: Int(max(s.start, s.end - 1)))
            let endCol = endLine == line ? file.column(of: Int(s.end)) : lineLength + 1
            return (col, max(col + 1, endCol))
        }
        // A long line shows a window around the span (`…` where it is cut):
        // a 1 MB line quoted in full by each of its errors made 200 MB of output.
        let (a, b) = columns(span)
        let window = ExcerptWindow(lineLength: lineLength, column: a)
        let visible = window.cut(text)
        var marks = [Character](repeating: " ", count: window.width + 2)
        var colors = [Int](repeating: 0, count: window.width + 2)
        for s in extra {
            let (a, b) = columns(s)
            for c in window.indices(a, b) { marks[c] = "-"; colors[c] = 2 }
        }
        for c in window.indices(a, b) { marks[c] = marker; colors[c] = 1 }
        while let last = marks.last, last == " " { marks.removeLast() }
        // Each source column is as wide as it is shown: 1, or 6 for `\u{1B}`.
        let shown = visible.unicodeScalars.map { $0 == "\t" ? " " : TerminalEscape.shown($0) }
        var underline = ""
        var current = 0
        for (i, m) in marks.enumerated() {
            if colors[i] != current {
                underline += current != 0 ? reset : ""
                underline += colors[i] == 1 ? color : colors[i] == 2 ? noteColor : ""
                current = colors[i]
            }
            let width = i < shown.count ? shown[i].unicodeScalars.count : 1
            underline += String(repeating: m, count: width)
        }
        if current != 0 { underline += reset }
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        return "\(pad) |\n\(gutter) | \(shown.joined())\n\(pad) | \(underline)\n"
    }
}

/// Which columns of a source line an excerpt shows: all of a line up to
/// `maxColumns`, else `maxColumns` of it starting a little before the
/// span, with `…` for the parts left out.
struct ExcerptWindow {
    static let maxColumns = 160
    /// First column shown (1-based), how many, and whether text is cut off on each side.
    let first: Int
    let count: Int
    let cutBefore: Bool
    let cutAfter: Bool

    init(lineLength: Int, column: Int) {
        guard lineLength > ExcerptWindow.maxColumns else {
            first = 1; count = lineLength; cutBefore = false; cutAfter = false
            return
        }
        first = max(1, min(column - 40, lineLength - ExcerptWindow.maxColumns + 1))
        count = ExcerptWindow.maxColumns
        cutBefore = first > 1
        cutAfter = first + count - 1 < lineLength
    }

    /// Columns of the shown text, with the `…`s.
    var width: Int { count + (cutBefore ? 1 : 0) + (cutAfter ? 1 : 0) }

    /// The shown part of the line.
    func cut(_ text: String) -> String {
        guard cutBefore || cutAfter else { return text }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: first - 1)
        let end = scalars.index(start, offsetBy: count)
        var out = cutBefore ? "…" : ""
        out.unicodeScalars.append(contentsOf: scalars[start..<end])
        return out + (cutAfter ? "…" : "")
    }

    /// Positions in the shown text (0-based) of columns a..<b of the line;
    /// the column just past the end stays markable (a caret at end of line).
    func indices(_ a: Int, _ b: Int) -> Range<Int> {
        let shift = first - (cutBefore ? 1 : 0)
        let lo = max(a, first) - shift, hi = min(b, first + count + 1) - shift
        return lo < hi ? lo..<min(hi, width + 2) : 0..<0
    }
}

extension String {
    /// A message that quotes source (a name, a value) cut to a readable
    /// length: a 5,000-letter name is not repeated in full.
    var shortened: String {
        let limit = 2 * ExcerptWindow.maxColumns
        guard unicodeScalars.count > limit else { return self }
        var out = ""
        out.unicodeScalars.append(contentsOf: unicodeScalars.prefix(limit))
        return out + "…"
    }
}

/// Several diagnostics at once (parse and name errors of a whole file).
public struct DiagnosticList: Error, Sendable {
    public var items: [Diagnostic]
    public init(_ items: [Diagnostic]) { self.items = items }
}

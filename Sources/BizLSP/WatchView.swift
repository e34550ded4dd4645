// What `biz watch` prints for one run: each top-level statement's value on
// its own line (`revenue = 36,000 RUB`), whether each `expect` holds, each
// error as the CLI renders it; a value that differs from the previous run is
// highlighted and shows what it was.

import BizFormat
import BizLang
import BizREPL

struct WatchLine: Equatable, Sendable {
    /// What the line is about: the cell's name, or the statement's source.
    var label: String
    var value: String
    /// A cell's line: names are aligned in a column, statements are not.
    var isCell = false
}

struct WatchView {
    let locale: OutputLocale
    let color: Bool

    /// The lines of one run, from its statement results.
    static func lines(_ results: [StatementResult], _ rt: Interpreter, file: SourceFile) -> (lines: [WatchLine], errors: [String]) {
        var lines: [WatchLine] = [], errors: [String] = []
        let locale = rt.settings.locale
        for r in results {
            if let error = r.error {
                errors.append(error.render(color: false, locale: locale))
                continue
            }
            guard r.span.file === file else { continue }
            let source = file.slice(r.span)
            let label = r.name ?? WatchView.shortened(source)
            if let holds = r.expectHolds {
                lines.append(WatchLine(label: label, value: Message(holds ? EditorText.expectHolds : EditorText.expectFails).render(locale)))
            } else if let v = r.value, let text = rt.editorInlineText(v) {
                lines.append(WatchLine(label: label, value: "= " + text, isCell: r.name != nil))
            }
            for path in r.skippedWrites { lines.append(WatchLine(label: label, value: Message(EditorText.notWritten, path).render(locale))) }
        }
        return (lines, errors)
    }

    /// The first line of a statement, cut to 40 characters.
    static func shortened(_ source: String) -> String {
        var first = String(source.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if first.count > 40 { first = String(first.prefix(39)) + "…" }
        return first
    }

    /// The text of a run: lines whose value changed since `previous` (by
    /// label, in order) are highlighted and say what they were.
    func render(_ lines: [WatchLine], errors: [String], previous: [WatchLine]?) -> String {
        var before: [String: [String]] = [:]
        for l in previous ?? [] { before[l.label, default: []].append(l.value) }
        let width = min(40, lines.filter(\.isCell).map(\.label.count).max() ?? 0)
        var out = ""
        for l in lines {
            let pad = l.isCell ? String(repeating: " ", count: max(0, width - l.label.count)) : ""
            var text = l.label + pad + "  " + l.value
            if previous != nil {
                if var olds = before[l.label], !olds.isEmpty {
                    let old = olds.removeFirst()
                    before[l.label] = olds
                    if old != l.value {
                        text = Terminal.paint(text, .yellow, enabled: color) + "  "
                            + Terminal.paint("(" + Message(EditorText.watchChanged, old).render(locale) + ")", .dim, enabled: color)
                        text = (color ? "" : "* ") + text
                    } else if !color { text = "  " + text }
                } else {
                    text = Terminal.paint(text, .green, enabled: color) + "  " + Terminal.paint("(" + Message(EditorText.watchNew).render(locale) + ")", .dim, enabled: color)
                    text = (color ? "" : "+ ") + text
                }
            } else if !color { text = "  " + text }
            out += text + "\n"
        }
        for e in errors { out += "\n" + e }
        return out
    }
}

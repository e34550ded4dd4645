// Hover: a cell's value, type and formula (from the latest evaluation and
// the source); a declaration field's meaning, unit and default; the `:help`
// text of a builtin, a standard-library function, a keyword or a topic.

import BizLang
import BizREPL
import Foundation

extension LanguageServer {
    func hover(_ doc: Document, _ params: JSONObject) -> Any {
        guard let position = Position(json: params["position"]) else { return NSNullValue }
        let bytes = doc.index.bytes
        let offset = doc.index.byteOffset(of: position)
        guard let word = Words.word(in: bytes, at: offset) else { return NSNullValue }
        let range = doc.index.range(word.start, word.end)
        func answer(_ markdown: String) -> Any {
            ["contents": ["kind": "markdown", "value": markdown], "range": range.json] as JSONObject
        }
        if let kind = Words.enclosingDeclaration(bytes, word.start, kinds: EditorHelp.declarationKinds), Words.atFieldKey(bytes, word.start),
           let field = EditorHelp.fields(of: kind, locale: locale).first(where: { $0.name == word.text }) {
            return answer(fieldHover(field, kind))
        }
        let before = Words.linePrefix(bytes, word.start).trimmingCharacters(in: .whitespaces)
        if before == "use", let help = EditorHelp.help(on: word.text, locale: locale) { return answer(fenced(help)) }
        if let cell = cellHover(doc, word) { return answer(cell) }
        if let help = EditorHelp.help(on: word.text, locale: locale) { return answer(fenced(help)) }
        return NSNullValue
    }

    private func fieldHover(_ field: EditorHelp.FieldHelp, _ kind: String) -> String {
        let title = Message(EditorText.field, field.name, kind).render(locale)
        return "**\(title)**\n\n\(field.meaning)\n\n- \(Message(EditorText.unit).render(locale)): \(field.unit)\n"
            + "- \(Message(EditorText.defaultValue).render(locale)): \(field.defaultValue)"
    }

    /// A name the document defines (or a parameter of the function the
    /// cursor is in): its value after the run, its type, its formula.
    private func cellHover(_ doc: Document, _ word: WordAt) -> String? {
        let outline = doc.outline
        if let fn = outline.definitions.first(where: { $0.start <= word.start && word.end <= $0.end && $0.kind == .function }),
           fn.parameters.contains(where: { $0.name == word.text }) {
            return "`\(word.text)`: " + Message(EditorText.parameter, fn.name).render(locale)
        }
        let definition = outline.definition(of: word.text, at: word.start)
        let cell = doc.currentEvaluation?.cells[word.text]
        guard definition != nil || cell != nil else { return nil }
        var parts: [String] = []
        if let cell {
            parts.append("**\(cell.name)**: \(cell.type)")
            let detail = cell.detail.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
            if cell.parameters == nil { parts.append(fenced(detail)) }
        } else {
            parts.append("**\(word.text)**")
        }
        if let d = definition {
            let source = doc.file.slice(SourceSpan(file: doc.file, start: d.start, end: d.end))
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let shown = lines.prefix(12).joined(separator: "\n") + (lines.count > 12 ? "\n…" : "")
            parts.append(Message(EditorText.formula).render(locale) + ":\n" + fenced(shown, language: "biz"))
        }
        return parts.joined(separator: "\n\n")
    }

    func fenced(_ text: String, language: String = "text") -> String {
        // A fence longer than any run of backticks inside.
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        return "\(fence)\(language)\n\(text)\n\(fence)"
    }
}

/// JSON null for a result.
var NSNullValue: Any { NSNull() }

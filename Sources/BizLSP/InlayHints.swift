// Inlay hints: each top-level statement's value at the end of its last line
// (`revenue = price * 300` → `= 36,000 RUB`), whether an `expect` holds,
// and a note for an `export`/`plot … to`/`report … to` the editor skipped.

import BizLang

extension LanguageServer {
    func inlayHints(_ doc: Document, _ params: JSONObject) -> Any {
        guard let state = doc.currentEvaluation else { return [Any]() }
        let index = state.index
        var wanted = 0..<Int.max
        if let r = params["range"] as? JSONObject, let a = Position(json: r["start"]), let b = Position(json: r["end"]) {
            wanted = a.line..<(b.line + 1)
        }
        var hints: [JSONObject] = []
        for s in state.statements where s.file == nil && s.error == nil {
            var labels: [String] = []
            if let holds = s.holds { labels.append(Message(holds ? EditorText.expectHolds : EditorText.expectFails).render(locale)) }
            else if let inline = s.inline { labels.append("= " + inline) }
            for path in s.writes { labels.append(Message(EditorText.notWritten, path).render(locale)) }
            guard !labels.isEmpty else { continue }
            let line = index.line(ofByte: max(s.start, s.end - 1))
            guard wanted.contains(line) else { continue }
            hints.append(["position": index.endOfLine(line).json, "label": labels.joined(separator: "  "), "paddingLeft": true,
                          "kind": s.holds == nil && s.writes.isEmpty ? 1 : 2])
        }
        return hints
    }
}

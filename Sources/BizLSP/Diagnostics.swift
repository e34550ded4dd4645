// Diagnostics as LSP wants them: parse, name and unit errors from compiling,
// runtime errors of the statements that failed, and the server's own note
// when a run was stopped. Ranges are converted from byte offsets in the text
// that was evaluated; a span in a module goes to the `use` line that loaded it.

import BizLang

extension LanguageServer {
    func diagnostics(_ doc: Document, _ state: EvaluationState) -> [JSONObject] {
        var reports = state.compileErrors
        reports += state.statements.compactMap(\.error)
        var out = reports.prefix(200).map { lspDiagnostic($0, doc, state.index) }
        if let stopped = state.stopped {
            out.append(["range": state.index.range(stopped.start, stopped.end).json, "severity": 2, "source": "biz",
                        "message": stopped.message])
        }
        return out
    }

    private func lspDiagnostic(_ d: DiagnosticReport, _ doc: Document, _ index: LineIndex) -> JSONObject {
        var message = d.message
        for h in d.hints { message += "\nhint: " + h }
        var related: [JSONObject] = []
        for note in d.notes {
            if note.file == nil {
                related.append(["location": ["uri": doc.uri, "range": index.range(note.start, note.end).json], "message": note.message])
            } else {
                message += "\nnote: " + note.message
            }
        }
        let severity: Int
        switch d.severity {
        case "warning": severity = 2
        case "note": severity = 3
        default: severity = 1
        }
        var out: JSONObject = ["range": range(of: d.start, d.end, file: d.file, doc, index).json, "severity": severity,
                               "source": "biz", "message": message]
        if d.id != "common.verbatim" { out["code"] = d.id }
        if !related.isEmpty { out["relatedInformation"] = related }
        if let file = d.file { out["message"] = "\(file): " + message }
        return out
    }

    /// A range in the document; for a span in a module, its `use` statement.
    func range(of start: Int, _ end: Int, file: String?, _ doc: Document, _ index: LineIndex) -> TextRange {
        guard let file else { return index.range(start, end) }
        let module = String((file.split(separator: "/").last ?? "").dropLast(file.hasSuffix(".biz") ? 4 : 0))
        if let use = doc.outline.uses.first(where: { $0.module == module }) ?? doc.outline.uses.first {
            return index.range(use.start, use.end)
        }
        return index.range(0, 0)
    }
}

// Starting background evaluations and taking in what they report: a new
// version supersedes the running one, diagnostics are published when a run
// ends, and the requests waiting for values are answered then.

import BizLang
import Foundation

extension LanguageServer {
    /// Evaluates the document's current text after a short quiet time; the
    /// run of an older text is stopped at once.
    func schedule(_ uri: String) {
        guard let doc = documents[uri] else { return }
        runs[uri]?.kill(.superseded)
        runs[uri] = nil
        let version = doc.version
        doc.evaluation = EvaluationState(version: version, index: doc.index)
        DispatchQueue.global().asyncAfter(deadline: .now() + options.debounce) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard let doc = documents[uri], doc.version == version, runs[uri] == nil else { return }
            start(doc)
        }
    }

    private func start(_ doc: Document) {
        let run = EvaluationRun(uri: doc.uri, version: doc.version)
        runs[doc.uri] = run
        let s = options.settings
        var arguments = ["lsp", "--evaluate", doc.path, "--seed", String(s.seed), "--samples", String(s.samples),
                         "--sampling", s.samplingName,
                         "--max-steps", String(options.maxSteps)]
        if options.passLocale { arguments += ["--locale", s.locale.rawValue] }
        for folder in s.allowWrite { arguments += ["--allow-write", folder] }
        run.start(executable: options.executable, arguments: arguments, text: doc.text, timeLimit: options.timeLimit,
                  onLine: { [self] run, line in
                      lock.lock()
                      defer { lock.unlock() }
                      received(line, from: run)
                  },
                  onEnd: { [self] run, end in
                      lock.lock()
                      defer { lock.unlock() }
                      ended(run, end)
                  })
    }

    private func isCurrent(_ run: EvaluationRun) -> Document? {
        guard runs[run.uri] === run, let doc = documents[run.uri], doc.version == run.version else { return nil }
        return doc
    }

    private func received(_ line: EvaluationLine, from run: EvaluationRun) {
        guard let doc = isCurrent(run), doc.evaluation?.version == run.version else { return }
        // In place: a copy of the state per line would make a long file quadratic.
        if let s = line.statement { doc.evaluation?.statements.append(s) }
        if let errors = line.compileErrors { doc.evaluation?.compileErrors = errors }
        if let cells = line.cells { for c in cells { doc.evaluation?.cells[c.name] = c } }
    }

    private func ended(_ run: EvaluationRun, _ end: RunEnd) {
        guard let doc = isCurrent(run), var state = doc.evaluation else { return }
        runs[run.uri] = nil
        if end == .timedOut || end == .died {
            // Point at the statement that was running: the first one after the last reported.
            let done = state.statements.filter { $0.file == nil }.map(\.end).max() ?? -1
            let next = doc.outline.statements.first { $0.start > done } ?? doc.outline.statements.last ?? (0, 0)
            let message = end == .timedOut
                ? Message(EditorText.timeLimit, options.timeLimit)
                : Message(EditorText.evaluationStopped)
            state.stopped = (message.render(locale), next.start, next.end)
        }
        state.done = true
        doc.evaluation = state
        if state.compileErrors.isEmpty && !state.cells.isEmpty { doc.lastCells = state.cells }
        publish(uri: doc.uri, version: doc.version, diagnostics(doc, state))
        let ready = waiting.filter { $0.uri == doc.uri }
        waiting.removeAll { $0.uri == doc.uri }
        for entry in ready { respond(entry.id, result: entry.answer(doc)) }
        if inlayRefreshSupported { request("workspace/inlayHint/refresh") }
    }
}

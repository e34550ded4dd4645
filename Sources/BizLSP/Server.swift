// `biz lsp`: reads JSON-RPC messages on stdin, answers on stdout. Requests
// are handled one at a time on the reading thread, under `lock`; background
// evaluations (Evaluator.swift) report under the same lock. Hover and inlay
// hints wait for the evaluation of the current text (they are answered when
// it ends, which the time limit bounds); everything else answers at once.

import BizFormat
import BizLang
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public struct LanguageServerOptions: Sendable {
    public var settings: Settings
    /// Wall-clock seconds a background evaluation may take.
    public var timeLimit: Double = 10
    /// Evaluation steps (calls and loop iterations) it may take.
    public var maxSteps: Int = Settings.backgroundMaxSteps
    /// The `biz` executable the evaluations run (this process's own).
    public var executable: String
    /// Quiet time after an edit before evaluating (typing fast runs once).
    public var debounce: Double = 0.05
    /// Whether the locale was chosen with --locale (else the evaluations
    /// take it from the environment, as `biz FILE` would).
    public var passLocale = false
    public var version: String

    public init(settings: Settings, executable: String, version: String) {
        self.settings = settings
        self.executable = executable
        self.version = version
    }
}

public final class LanguageServer: @unchecked Sendable {
    let options: LanguageServerOptions
    let writer = MessageWriter(fd: 1)
    let lock = NSLock()
    var documents: [String: Document] = [:]
    var runs: [String: EvaluationRun] = [:]
    /// Requests waiting for an evaluation: answered when it ends.
    var waiting: [(uri: String, id: Any, answer: (Document) -> Any)] = []
    var initialized = false
    var shutdownRequested = false
    var inlayRefreshSupported = false
    var nextRequestID = 1
    var locale: OutputLocale { options.settings.locale }

    public init(options: LanguageServerOptions) {
        self.options = options
    }

    /// Serves until the client sends `exit` or closes stdin. 0 after a
    /// proper shutdown, 1 otherwise (as the protocol asks).
    public func run() -> Int32 {
        // A killed child is an EPIPE on its stdin, not a fatal signal for us.
        signal(SIGPIPE, SIG_IGN)
        let reader = MessageReader(fd: 0)
        while let frame = reader.next() {
            switch frame {
            case .malformed:
                writer.send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": "parse error"]])
            case .message(let message):
                lock.lock()
                let exitNow = handle(message)
                lock.unlock()
                if let code = exitNow { stopAll(); return code }
            }
        }
        stopAll()
        return shutdownRequested ? 0 : 1
    }

    private func stopAll() {
        lock.lock()
        for run in runs.values { run.kill(.superseded) }
        lock.unlock()
    }

    // MARK: Dispatch

    /// Handles one message; an exit code when the server should stop.
    func handle(_ message: JSONObject) -> Int32? {
        guard let method = message["method"] as? String else { return nil }   // a response to our request
        let params = message["params"] as? JSONObject ?? [:]
        let id = message["id"]
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        guard let id else {
            notification(method, params)
            return nil
        }
        if !initialized && method != "initialize" {
            respond(id, error: -32002, "the server is not initialized")
            return nil
        }
        switch method {
        case "initialize":
            initialized = true
            let capabilities = params["capabilities"] as? JSONObject
            let workspace = capabilities?["workspace"] as? JSONObject
            inlayRefreshSupported = (workspace?["inlayHint"] as? JSONObject)?["refreshSupport"] as? Bool ?? false
            respond(id, result: initializeResult())
        case "shutdown":
            shutdownRequested = true
            respond(id, result: NSNull())
        case "textDocument/hover":
            withDocument(id, params, waitForEvaluation: true) { doc in self.hover(doc, params) }
        case "textDocument/inlayHint":
            withDocument(id, params, waitForEvaluation: true) { doc in self.inlayHints(doc, params) }
        case "textDocument/completion":
            withDocument(id, params) { doc in self.completion(doc, params) }
        case "textDocument/definition":
            withDocument(id, params) { doc in self.definition(doc, params) }
        case "textDocument/documentSymbol":
            withDocument(id, params) { doc in self.documentSymbols(doc) }
        case "textDocument/formatting":
            withDocument(id, params) { doc in self.formatting(doc) }
        default:
            respond(id, error: -32601, "method not found: \(method)")
        }
        return nil
    }

    private func notification(_ method: String, _ params: JSONObject) {
        let textDocument = params["textDocument"] as? JSONObject ?? [:]
        guard let uri = textDocument["uri"] as? String else {
            if method == "$/cancelRequest", let id = params["id"] { cancel(id) }
            return
        }
        switch method {
        case "textDocument/didOpen":
            let text = textDocument["text"] as? String ?? ""
            let version = textDocument["version"] as? Int ?? 0
            documents[uri] = Document(uri: uri, version: version, text: text)
            schedule(uri)
        case "textDocument/didChange":
            guard let doc = documents[uri] else { return }
            // Full sync: the last change holds the whole text.
            let changes = params["contentChanges"] as? [JSONObject] ?? []
            guard let text = changes.last?["text"] as? String else { return }
            doc.update(version: textDocument["version"] as? Int ?? doc.version + 1, text: text)
            schedule(uri)
        case "textDocument/didClose":
            documents[uri] = nil
            runs[uri]?.kill(.superseded)
            runs[uri] = nil
            waiting.removeAll { entry in
                if entry.uri == uri { respond(entry.id, result: NSNull()) }
                return entry.uri == uri
            }
            publish(uri: uri, version: nil, [])
        default: break
        }
    }

    private func initializeResult() -> JSONObject {
        [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 1],
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": ["."], "resolveProvider": false],
                "definitionProvider": true,
                "documentSymbolProvider": true,
                "documentFormattingProvider": true,
                "inlayHintProvider": ["resolveProvider": false],
            ] as JSONObject,
            "serverInfo": ["name": "biz", "version": options.version],
        ]
    }

    /// Runs `answer` on the request's document, now or (for requests that
    /// need values) once the current text has been evaluated.
    private func withDocument(_ id: Any, _ params: JSONObject, waitForEvaluation: Bool = false, _ answer: @escaping (Document) -> Any) {
        guard let uri = (params["textDocument"] as? JSONObject)?["uri"] as? String, let doc = documents[uri] else {
            respond(id, result: NSNull())
            return
        }
        if waitForEvaluation && !doc.isEvaluated {
            waiting.append((uri, id, answer))
            return
        }
        respond(id, result: answer(doc))
    }

    private func cancel(_ id: Any) {
        let key = "\(id)"
        waiting.removeAll { entry in
            guard "\(entry.id)" == key else { return false }
            respond(entry.id, error: -32800, "cancelled")
            return true
        }
    }

    // MARK: Output

    func respond(_ id: Any, result: Any) {
        writer.send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    func respond(_ id: Any, error code: Int, _ message: String) {
        writer.send(["jsonrpc": "2.0", "id": id, "error": ["code": code, "message": message]])
    }

    func notify(_ method: String, _ params: JSONObject) {
        writer.send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// A request of ours to the client (inlay hint refresh); its answer is ignored.
    func request(_ method: String) {
        writer.send(["jsonrpc": "2.0", "id": "biz-\(nextRequestID)", "method": method])
        nextRequestID += 1
    }

    func publish(uri: String, version: Int?, _ diagnostics: [JSONObject]) {
        var params: JSONObject = ["uri": uri, "diagnostics": diagnostics]
        if let version { params["version"] = version }
        notify("textDocument/publishDiagnostics", params)
    }
}

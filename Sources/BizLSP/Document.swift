// One open document: its text at the client's latest version, what the
// parser found in it, and the latest background evaluation's results.

import BizLang
import Foundation

/// The results of one background evaluation of one version of a document.
struct EvaluationState: Sendable {
    var version: Int
    /// The text evaluated: the byte offsets in the reports are into it.
    var index: LineIndex
    var statements: [StatementReport] = []
    var compileErrors: [DiagnosticReport] = []
    var cells: [String: CellReport] = [:]
    /// A diagnostic of the server's own: the time limit, a child that died.
    var stopped: (message: String, start: Int, end: Int)?
    var done = false
}

final class Document {
    let uri: String
    /// The file's path (for `use`, module folders and diagnostics' names).
    let path: String
    private(set) var version: Int
    private(set) var text: String
    private(set) var file: SourceFile
    private(set) var index: LineIndex
    private(set) var outline: Outline
    /// The latest evaluation (maybe of an older version, maybe still running).
    var evaluation: EvaluationState?
    /// The cells of the last evaluation that got to run: completion after
    /// `rec.` needs them while the text, being typed, does not parse.
    var lastCells: [String: CellReport] = [:]

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = Document.path(of: uri)
        self.version = version
        self.text = text
        file = SourceFile(name: path, text: text)
        index = LineIndex(text)
        outline = Outline(file)
    }

    func update(version: Int, text: String) {
        self.version = version
        self.text = text
        file = SourceFile(name: path, text: text)
        index = LineIndex(text)
        outline = Outline(file)
    }

    /// Whether the latest evaluation is of this text and has finished.
    var isEvaluated: Bool { evaluation.map { $0.version == version && $0.done } ?? false }

    /// The latest evaluation if it is of the current text.
    var currentEvaluation: EvaluationState? { evaluation.flatMap { $0.version == version ? $0 : nil } }

    var folder: String { EvaluationChild.folder(of: path) }

    /// `file:///home/a/model.biz` → `/home/a/model.biz` (percent-decoded);
    /// any other URI is used as a name.
    static func path(of uri: String) -> String {
        guard let url = URL(string: uri), url.isFileURL else { return uri }
        return url.path
    }

    static func uri(of path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}

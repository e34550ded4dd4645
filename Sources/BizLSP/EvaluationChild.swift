// The child side of background evaluation: `biz lsp --evaluate PATH` reads a
// document's text on stdin, runs it statement by statement with writes off
// and a step limit, and reports each outcome on stdout as it happens. It is
// a separate process so that the server can stop it at once (kill) when the
// text changes or the time limit passes, and so that nothing an evaluation
// does — a hang, a crash — can take the server down.

import BizFormat
import BizLang
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum EvaluationChild {
    public static func run(path: String, settings: Settings) -> Int32 {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var settings = settings
        settings.writesFiles = false
        settings.color = false
        settings.progress = false
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        rt.scriptFolder = folder(of: path)
        let file = SourceFile(name: path, text: text)
        let locale = settings.locale
        var names: [String] = [], seen = Set<String>()
        do {
            try rt.runEachStatement(file) { result in
                if let name = result.name, seen.insert(name).inserted { names.append(name) }
                emit(EvaluationLine(statement: report(result, of: file, rt)))
            }
        } catch {
            emit(EvaluationLine(compileErrors: error.items.map { report($0, of: file, locale) }))
            emit(EvaluationLine(done: true))
            return 0
        }
        let infos = Dictionary(rt.userNames.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
        let cells = names.compactMap { name -> CellReport? in
            guard let v = rt.value(of: name) else { return nil }
            return CellReport(name: name, inline: rt.editorInlineText(v), detail: rt.display(v), type: v.typeText.render(locale),
                              fields: Interpreter.fieldNames(of: v), parameters: infos[name].flatMap { $0.isFunction ? $0.parameters : nil })
        }
        emit(EvaluationLine(cells: cells))
        emit(EvaluationLine(done: true))
        return 0
    }

    static func report(_ r: StatementResult, of file: SourceFile, _ rt: Interpreter) -> StatementReport {
        StatementReport(start: Int(r.span.start), end: Int(r.span.end), file: r.span.file === file ? nil : r.span.file?.name,
                        name: r.name, inline: r.value.flatMap { rt.editorInlineText($0) }, holds: r.expectHolds,
                        error: r.error.map { report($0, of: file, rt.settings.locale) }, writes: r.skippedWrites)
    }

    static func report(_ d: Diagnostic, of file: SourceFile, _ locale: OutputLocale) -> DiagnosticReport {
        func fileName(_ s: SourceSpan) -> String? { s.file === file ? nil : s.file?.name }
        return DiagnosticReport(id: d.text.id, message: d.text.render(locale), severity: d.severity.rawValue,
                                start: Int(d.span.start), end: Int(d.span.end), file: fileName(d.span),
                                notes: d.noteTexts.map { NoteReport(message: $0.text.render(locale), start: Int($0.span.start), end: Int($0.span.end), file: fileName($0.span)) },
                                hints: d.hintTexts.map { $0.render(locale) })
    }

    private static func emit(_ line: EvaluationLine) {
        guard let data = try? JSONEncoder().encode(line) else { return }
        writeAll(1, String(decoding: data, as: UTF8.self) + "\n")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
    }
}

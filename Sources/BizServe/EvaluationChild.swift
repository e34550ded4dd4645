// The child side of a run: `biz serve --evaluate FOLDER` reads one
// EvaluationRequest on stdin, runs the participant's model statement by
// statement (the editor's notepad view, `runEachStatement`) with writes off,
// the step limit, and SIGINT as the stop (the server's time limit), and
// reports each outcome on stdout as it happens. A separate process per run:
// the server can kill a runaway at once (time, memory) and nothing a model
// does — a hang, a crash, a huge allocation — reaches the server or the
// other participants.

import BizFormat
import BizLang
import BizREPL
import Foundation

public enum ServeEvaluationChild {
    public static func run(folder: String, settings: Settings) -> Int32 {
        Interrupt.install()
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let request = try? JSONDecoder().decode(EvaluationRequest.self, from: input) else { return 2 }
        var settings = settings
        settings.writesFiles = false
        settings.color = false
        if let locale = OutputLocale(rawValue: request.locale) { settings.locale = locale }
        settings.localeFromEnvironment = false
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        rt.scriptFolder = folder
        var charts: [String] = []
        rt.chartOutput = { charts.append($0) }
        var downloadBytes = 0
        rt.skippedWriteOutput = { path, bytes in
            downloadBytes += bytes.count
            guard downloadBytes <= ServeLimits.downloadBytes else { return }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            emit(EvaluationEvent(download: DownloadReport(name: name, base64: Data(bytes).base64EncodedString())))
        }
        let lesson = request.lesson.flatMap { ServeLessons.lesson($0) }
        if let lesson { _ = LessonChecks.runQuietly(lesson.setup, name: "<lesson>", in: rt) }
        let file = SourceFile(name: ServeLimits.modelFileName, text: request.source)
        do {
            try rt.runEachStatement(file) { result in
                let line = lineReport(result, in: file, locale: settings.locale, rt)
                for svg in charts { emit(EvaluationEvent(chart: ChartReport(line: line.line, svg: svg))) }
                charts.removeAll()
                emit(EvaluationEvent(line: line))
            }
        } catch {
            emit(EvaluationEvent(compileErrors: error.items.map { errorReport($0, in: file, locale: settings.locale) }))
        }
        emit(EvaluationEvent(probes: request.probes.map { probe($0, rt) }))
        if let lesson, let step = request.step, lesson.steps.indices.contains(step) {
            emit(EvaluationEvent(stepDone: LessonChecks.hold(lesson.steps[step].checks, in: rt)))
        }
        emit(EvaluationEvent(done: true))
        return 0
    }

    static func lineReport(_ r: StatementResult, in file: SourceFile, locale: OutputLocale, _ rt: Interpreter) -> LineReport {
        // A module's failing statement is reported at the participant's `use`.
        let local = r.span.file === file
        let start = local ? Int(r.span.start) : 0, end = local ? Int(r.span.end) : 0
        return LineReport(line: file.line(of: start), endLine: file.line(of: max(start, end - 1)), name: r.name,
                          value: r.value.flatMap { rt.editorInlineText($0) }, holds: r.expectHolds,
                          error: r.error.map { errorReport($0, in: file, locale: locale) })
    }

    static func errorReport(_ d: Diagnostic, in file: SourceFile, locale: OutputLocale) -> ErrorReport {
        let local = d.span.file === file
        let start = local ? Int(d.span.start) : 0, end = local ? max(Int(d.span.end), start) : 0
        return ErrorReport(line: file.line(of: start), column: file.column(of: start), endLine: file.line(of: end),
                           endColumn: file.column(of: end), message: d.text.render(locale), rendered: d.render(color: false, locale: locale))
    }

    static func probe(_ expression: String, _ rt: Interpreter) -> ProbeReport {
        guard let value = try? rt.probe(expression) else { return ProbeReport(expression: expression) }
        var number: Double?
        switch value {
        case .num(let x, _): number = x
        case .dist(let d): number = d.quantile(0.5)
        default: number = nil
        }
        return ProbeReport(expression: expression, text: rt.inlineText(value), number: number.flatMap { $0.isFinite ? $0 : nil })
    }

    private static func emit(_ event: EvaluationEvent) {
        guard let data = try? JSONEncoder().encode(event) else { return }
        writeAll(1, String(decoding: data, as: UTF8.self) + "\n")
    }
}

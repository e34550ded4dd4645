// `biz learn`: the list of lessons, one lesson in the REPL, and
// `--check`, which proves every step can be done by its solution and cannot
// be passed by doing nothing.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BizFormat
import BizLang

public enum Learn {
    /// `biz learn`: the shipped lessons of the settings' locale, with the
    /// participant's progress.
    public static func list(settings: Settings, environment: [String: String] = ProcessEnvironment.current()) -> String {
        let texts = LessonTexts(locale: settings.locale)
        let progress = LessonProgress(environment: environment).all()
        var lines = [texts.listHeader]
        for shipped in LessonCatalog.lessons(in: settings.locale) {
            guard let lesson = try? LessonParser.parse(shipped.text, file: shipped.key) else { continue }
            var status = ""
            switch progress[shipped.key] {
            case .done?: status = "  ✓ " + texts.statusDone
            case .at(let n)? where n > 0: status = "  (" + texts.statusAt(n + 1, of: lesson.steps.count) + ")"
            default: break
            }
            lines.append("  \(shipped.number). \(lesson.title)\(status)")
            if !lesson.about.isEmpty { lines.append("     " + lesson.about) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A lesson to run or check: a shipped one by number or name, or a file.
    struct Source {
        let key: String
        let file: String
        let text: String
    }

    static func find(_ name: String, locale: OutputLocale) -> Source? {
        if Int(name) == nil, let text = readTextFile(name), !isDirectory(name) {
            return Source(key: absolute(name), file: name, text: text)
        }
        guard let shipped = LessonCatalog.find(name, in: locale) else { return nil }
        return Source(key: shipped.key, file: "lessons/\(shipped.key).lesson", text: shipped.text)
    }

    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `biz learn N|FILE`: the lesson in an interactive session. Returns the
    /// exit code (2 when there is no such lesson or it does not parse).
    public static func run(_ name: String, settings: Settings, version: String,
                           environment: [String: String] = ProcessEnvironment.current()) -> Int32 {
        let texts = LessonTexts(locale: settings.locale)
        guard let source = find(name, locale: settings.locale) else {
            Output.error("biz: " + texts.noLesson(name) + "\n")
            return 2
        }
        let lesson: Lesson
        do { lesson = try LessonParser.parse(source.text, file: source.file) } catch {
            Output.error(error.rendered)
            return 2
        }
        guard Terminal.stdinIsTerminal else {
            Output.error("biz: " + texts.needsTerminal + "\n")
            return 2
        }
        let session = BizSession(settings: settings)
        let host = LessonHost(session: session, lesson: lesson, key: source.key,
                              progress: LessonProgress(environment: environment))
        let driver = REPLDriver(host: host, historyPath: HistoryLocation.resolve(environment: environment), useColor: settings.color,
                                locale: settings.locale)
        Output.standard(REPL(settings: settings, version: version).welcome + "\n\n" + host.start() + "\n")
        return driver.run()
    }

    /// `biz learn --check [FILE…]`: every step's checks are false before its
    /// solution and true after it, in one fresh session per lesson. With no
    /// files, every shipped lesson in every language. Prints problems as
    /// `FILE:LINE: error: …` on stderr and a summary on stdout; returns the
    /// exit code.
    public static func check(_ names: [String], settings: Settings) -> Int32 {
        let texts = LessonTexts(locale: settings.locale)
        var sources: [Source] = []
        if names.isEmpty {
            sources = LessonCatalog.all.map { Source(key: $0.key, file: "lessons/\($0.key).lesson", text: $0.text) }
        } else {
            for name in names {
                guard let text = readTextFile(name), !isDirectory(name) else {
                    Output.error("biz: " + texts.cannotRead(name) + "\n")
                    return 2
                }
                sources.append(Source(key: name, file: name, text: text))
            }
        }
        var problems = 0, steps = 0
        for source in sources {
            let found = problemsIn(source, settings: settings, texts: texts)
            steps += found.steps
            problems += found.problems.count
            for p in found.problems { Output.error(p.rendered) }
        }
        Output.standard(texts.checked(sources.count, steps, problems) + "\n")
        return problems > 0 ? 1 : 0
    }

    static func problemsIn(_ source: Source, settings: Settings, texts: LessonTexts) -> (steps: Int, problems: [LessonError]) {
        let lesson: Lesson
        do { lesson = try LessonParser.parse(source.text, file: source.file) } catch { return (0, [error]) }
        let rt = Interpreter(settings: settings)
        rt.output = { _ in }
        rt.errorOutput = { _ in }
        var problems: [LessonError] = []
        if let failure = LessonChecks.runQuietly(lesson.setup, name: "<setup>", in: rt) {
            return (0, [LessonError(file: source.file, line: 1, message: texts.setupFailed + "\n" + failure)])
        }
        for (i, step) in lesson.steps.enumerated() {
            let name = "step \(i + 1) ('\(step.title)'): "
            func problem(_ message: String) { problems.append(LessonError(file: source.file, line: step.line, message: name + message)) }
            if LessonChecks.hold(step.checks, in: rt) { problem(texts.trueBefore(step.checks.joined(separator: "; "))) }
            if let failure = LessonChecks.runQuietly(step.solution, name: "<solution>", in: rt) {
                problem(texts.solutionFailed + "\n" + failure)
                continue
            }
            for c in step.checks where !LessonChecks.hold([c], in: rt) {
                problem(texts.falseAfter(c) + ": " + LessonChecks.whyNot(c, in: rt))
            }
        }
        return (lesson.steps.count, problems)
    }
}

// A lesson inside the REPL: wraps the ordinary session (every normal line
// and :command still works) and, after each entry, asks whether the current
// step's checks hold. Adds :hint, :skip, :back and :step.

import BizLang

final class LessonHost: REPLHost {
    let session: BizSession
    let lesson: Lesson
    let key: String
    let progress: LessonProgress
    let texts: LessonTexts
    /// The current step; `lesson.steps.count` once the lesson is complete.
    private(set) var index = 0
    /// Code entries since the step began that left its checks false.
    private var misses = 0

    var prompt: String { session.prompt }
    var continuationPrompt: String { session.continuationPrompt }
    var color: Bool { session.color }

    init(session: BizSession, lesson: Lesson, key: String, progress: LessonProgress) {
        self.session = session
        self.lesson = lesson
        self.key = key
        self.progress = progress
        texts = LessonTexts(locale: session.interpreter.settings.locale)
    }

    func isIncomplete(_ text: String) -> Bool { session.isIncomplete(text) }

    static let commands = [":hint", ":skip", ":back", ":step"]

    /// The session's completions, plus the lesson's own commands at the
    /// start of a line.
    func completions(line: String, wordStart: Int, cursor: Int) -> [String] {
        let found = session.completions(line: line, wordStart: wordStart, cursor: cursor)
        let typed = String(line.unicodeScalars.prefix(cursor))
        guard typed.hasPrefix(":"), !typed.contains(" ") else { return found }
        return (Self.commands.filter { $0.hasPrefix(typed) } + found).sorted()
    }

    /// What the participant sees first: the title, the intro, the first (or
    /// resumed) step. Runs the set-up and, when resuming, the solutions of
    /// the steps already done, so later checks find the cells they need.
    func start() -> String {
        var parts = [bold(texts.welcome(lesson.title))]
        if !lesson.intro.isEmpty { parts.append(lesson.intro) }
        switch progress.position(of: key) {
        case .at(let n)? where n > 0 && n < lesson.steps.count:
            index = n
            parts.append(dim(texts.resumed(n + 1, of: lesson.steps.count)))
        case .done?:
            parts.append(dim(texts.finishedBefore))
        default:
            break
        }
        if let failure = replay() { parts.append(texts.setupFailed + "\n" + failure) }
        progress.save(.at(index), for: key)
        parts.append(showStep(withCommands: true))
        return parts.joined(separator: "\n\n")
    }

    /// Set-up, then the solutions of the steps before the current one.
    private func replay() -> String? {
        var failures: [String] = []
        if let f = LessonChecks.runQuietly(lesson.setup, name: "<setup>", in: session.interpreter) { failures.append(f) }
        for step in lesson.steps.prefix(index) {
            if let f = LessonChecks.runQuietly(step.solution, name: "<solution>", in: session.interpreter) { failures.append(f) }
        }
        return failures.isEmpty ? nil : failures.joined()
    }

    func evaluate(_ text: String) -> REPLOutcome {
        let trimmed = text.trimmedBlank()
        switch trimmed {
        case ":hint": return .output(finished ? texts.afterFinish : hint())
        case ":skip": return finished ? .output(texts.afterFinish) : skip()
        case ":back": return back()
        case ":step": return .output(finished ? texts.afterFinish : showStep(withCommands: true))
        case ":reset":
            // A fresh session still has the lesson's cells up to this step.
            let outcome = session.evaluate(text)
            _ = replay()
            return outcome
        default:
            break
        }
        if trimmed == ":help" || trimmed == ":h" || trimmed == ":?", case .output(let help) = session.evaluate(text) {
            return .output(help + "\n\n" + texts.commands)
        }
        let outcome = session.evaluate(text)
        guard !finished, outcome != .quit else { return outcome }
        // A :command is no answer (not a miss), but one like :load may do the task.
        let isCommand = trimmed.hasPrefix(":")
        let feedback = react(countingMiss: !isCommand)
        switch outcome {
        case .error(let message):
            Output.error(message.hasSuffix("\n") ? message : message + "\n")
            return .output(feedback)
        case .output(let shown):
            return .output([shown, feedback].filter { !$0.isEmpty }.joined(separator: "\n"))
        case .quit:
            return .quit
        }
    }

    private var finished: Bool { index >= lesson.steps.count }

    /// After a code entry: move on when the checks hold; show the hint by
    /// itself after the second miss.
    private func react(countingMiss: Bool) -> String {
        let step = lesson.steps[index]
        if LessonChecks.hold(step.checks, in: session.interpreter) {
            var lines = [green(texts.solved)]
            if !step.done.isEmpty { lines.append(step.done) }
            return lines.joined(separator: "\n") + "\n\n" + advance()
        }
        guard countingMiss else { return "" }
        misses += 1
        return misses == 2 ? hint() : ""
    }

    private func hint() -> String {
        cyan(texts.hint) + " " + lesson.steps[index].hint
    }

    private func skip() -> REPLOutcome {
        let step = lesson.steps[index]
        var lines = [dim(texts.skipped(step.solution))]
        switch session.evaluateCode(step.solution, sourceName: "<solution>") {
        case .output(let shown) where !shown.isEmpty: lines.append(shown)
        case .error(let message): Output.error(message.hasSuffix("\n") ? message : message + "\n")
        default: break
        }
        return .output(lines.joined(separator: "\n") + "\n\n" + advance())
    }

    private func back() -> REPLOutcome {
        guard index > 0 else { return .output(texts.firstStep) }
        index -= 1
        misses = 0
        progress.save(.at(index), for: key)
        return .output(showStep(withCommands: false))
    }

    /// The next step, or the closing words after the last one.
    private func advance() -> String {
        index += 1
        misses = 0
        if finished {
            progress.save(.done, for: key)
            return bold(texts.finished)
        }
        progress.save(.at(index), for: key)
        return showStep(withCommands: false)
    }

    private func showStep(withCommands: Bool) -> String {
        let step = lesson.steps[index]
        var lines = [bold("── " + texts.step(index + 1, of: lesson.steps.count, step.title) + " ──")]
        if !step.text.isEmpty { lines.append(step.text) }
        if !step.task.isEmpty { lines.append((step.text.isEmpty ? "" : "\n") + bold(texts.task) + " " + step.task) }
        if withCommands { lines.append(dim(texts.commands)) }
        return lines.joined(separator: "\n")
    }

    private func bold(_ s: String) -> String { Terminal.paint(s, .bold, enabled: color) }
    private func dim(_ s: String) -> String { Terminal.paint(s, .dim, enabled: color) }
    private func green(_ s: String) -> String { Terminal.paint(s, .green, enabled: color) }
    private func cyan(_ s: String) -> String { Terminal.paint(s, .cyan, enabled: color) }
}

// Every text `biz learn` shows, in English and Russian. (The rest of the
// interface gets its catalogue with issue 10 item 1; these are kept apart so
// they can move into it as they are.)

import BizFormat

struct LessonTexts: Sendable {
    let locale: OutputLocale
    var ru: Bool { locale == .ru }

    func step(_ n: Int, of total: Int, _ title: String) -> String {
        ru ? "Шаг \(n) из \(total). \(title)" : "Step \(n) of \(total). \(title)"
    }
    var task: String { ru ? "Задание:" : "Task:" }
    var hint: String { ru ? "Подсказка:" : "Hint:" }
    var commands: String {
        ru ? "(:hint — подсказка, :skip — пропустить шаг, :back — вернуться, :step — показать шаг ещё раз)"
           : "(:hint for a hint, :skip to skip the step, :back to go back, :step to show the step again)"
    }
    var solved: String { ru ? "✓ Готово!" : "✓ Done!" }
    func skipped(_ solution: String) -> String {
        ru ? "Пропускаем шаг. Решение, которое выполнено за вас:\n" + indent(solution)
           : "Skipping the step. The solution, run for you:\n" + indent(solution)
    }
    var firstStep: String { ru ? "Это первый шаг: раньше ничего нет." : "This is the first step: there is nothing before it." }
    func resumed(_ n: Int, of total: Int) -> String {
        ru ? "Продолжаем с шага \(n) из \(total): решения прежних шагов уже выполнены."
           : "Resuming at step \(n) of \(total): the solutions of the earlier steps have been run."
    }
    var finished: String {
        ru ? "🎉 Урок пройден! Сессия остаётся открытой: пробуйте дальше, :quit — выход."
           : "🎉 Lesson complete! The session stays open: keep experimenting, :quit to leave."
    }
    var finishedBefore: String {
        ru ? "Вы уже прошли этот урок; начинаем заново." : "You finished this lesson before; starting again."
    }
    var afterFinish: String { ru ? "Урок уже пройден." : "The lesson is already complete." }
    func welcome(_ title: String) -> String {
        ru ? "Урок: \(title)" : "Lesson: \(title)"
    }
    var setupFailed: String { ru ? "Не удалось выполнить подготовку урока:" : "The lesson's set-up failed:" }

    // The list and --check.
    var listHeader: String { ru ? "Уроки (biz learn N — начать урок N):" : "Lessons (biz learn N starts lesson N):" }
    var statusDone: String { ru ? "пройден" : "done" }
    func statusAt(_ n: Int, of total: Int) -> String { ru ? "шаг \(n) из \(total)" : "step \(n) of \(total)" }
    func noLesson(_ name: String) -> String {
        ru ? "нет урока '\(name)': biz learn покажет список" : "no lesson '\(name)': biz learn lists them"
    }
    var needsTerminal: String {
        ru ? "урок идёт в REPL: запустите biz learn N в терминале (а biz learn --check FILE проверит урок без терминала)"
           : "a lesson runs in the REPL: start biz learn N in a terminal (biz learn --check FILE tests a lesson without one)"
    }
    func cannotRead(_ path: String) -> String { ru ? "не удаётся прочитать \(path)" : "cannot read \(path)" }
    func checked(_ lessons: Int, _ steps: Int, _ problems: Int) -> String {
        ru ? "проверено уроков: \(lessons), шагов: \(steps), ошибок: \(problems)"
           : "\(lessons) \(lessons == 1 ? "lesson" : "lessons"), \(steps) steps checked, \(problems) \(problems == 1 ? "problem" : "problems")"
    }
    func trueBefore(_ check: String) -> String {
        ru ? "проверка `\(check)` выполняется ещё до решения: шаг засчитается без дела"
           : "check `\(check)` already holds before the solution: the step would pass by doing nothing"
    }
    func falseAfter(_ check: String) -> String {
        ru ? "проверка `\(check)` не выполняется после решения" : "check `\(check)` does not hold after the solution"
    }
    var solutionFailed: String { ru ? "решение завершилось ошибкой:" : "the solution fails:" }

    private func indent(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

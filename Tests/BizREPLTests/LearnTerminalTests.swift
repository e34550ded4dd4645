// `biz learn 3` through a real pseudo-terminal, in Russian: every step, with
// wrong and right answers, :hint (asked for and shown by itself after two
// misses), :skip, :back, ordinary REPL lines in the middle of a lesson, and
// a restart that resumes where the participant left off.

import Foundation
import XCTest

final class LearnTerminalTests: REPLTestCase {
    var stateFolder: String { folder.appendingPathComponent("state").path }

    func startLesson(_ arguments: [String], environment: [String: String] = [:]) throws -> PTY {
        try startSession(extraEnvironment: ["BIZ_STATE_DIR": stateFolder].merging(environment) { $1 },
                         arguments: ["learn"] + arguments)
    }

    /// Types an entry and waits for the next prompt; returns what came
    /// between (escapes removed).
    @discardableResult
    func enter(_ repl: PTY, _ entry: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let before = repl.transcriptText.count
        repl.send(entry + "\r")
        // Only the start of the echo: a line longer than the 80-column
        // terminal comes back wrapped by the line editor.
        repl.expect(String(entry.prefix(24)), file: file, line: line)
        repl.expect("biz> ", file: file, line: line)
        return String(repl.transcriptText.dropFirst(before))
    }

    func testLessonThreeInRussianWithHintsSkipBackAndResume() throws {
        var repl = try startLesson(["3", "--locale", "ru"])
        // startSession already waited for the prompt; the opening came before it.
        let opening = repl.transcriptText
        XCTAssertTrue(opening.contains("Урок: Рынок: сегменты"), opening)
        XCTAssertTrue(opening.contains("Шаг 1 из 8. Ценовая полоса"), opening)
        XCTAssertTrue(opening.contains("Задание: объявите полосу"), opening)
        XCTAssertTrue(opening.contains(":hint — подсказка"), opening)

        // Step 1: a wrong band, then an unrelated line: the second miss shows the hint by itself.
        var shown = enter(repl, "band малый_бизнес = 90..110 RUB")
        XCTAssertFalse(shown.contains("✓"), shown)
        XCTAssertFalse(shown.contains("Подсказка"), shown)
        shown = enter(repl, "1 + 1")
        XCTAssertTrue(shown.contains("\n2\n"), shown)
        XCTAssertTrue(shown.contains("Подсказка: введите строку целиком: band малый_бизнес = 90..120 RUB"), shown)
        XCTAssertFalse(shown.contains("✓"), shown)
        // A line with an error is a miss too, and prints the error as usual.
        shown = enter(repl, "малый_бизнес + 3 months")
        XCTAssertTrue(shown.contains("error:"), shown)
        XCTAssertFalse(shown.contains("✓"), shown)
        shown = enter(repl, "band малый_бизнес = 90..120 RUB")
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Полоса — это цены"), shown)
        XCTAssertTrue(shown.contains("Шаг 2 из 8. Сегмент и готовность платить"), shown)

        // Step 2: :hint on request, then the right answer.
        shown = enter(repl, ":hint")
        XCTAssertTrue(shown.contains("Подсказка: segment магазины { size: 5k"), shown)
        shown = enter(repl, "segment магазины { size: 5k, customers: 500, band: малый_бизнес, wtp: 80 RUB to 200 RUB }")
        XCTAssertFalse(shown.contains("✓"), shown)   // 500 customers, not 1000
        shown = enter(repl, "segment магазины { size: 5k, customers: 1k, band: малый_бизнес, wtp: 80 RUB to 200 RUB }")
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Шаг 3 из 8. Наша компания"), shown)

        // Step 3: :skip runs the solution for us.
        shown = enter(repl, ":skip")
        XCTAssertTrue(shown.contains("Пропускаем шаг"), shown)
        XCTAssertTrue(shown.contains("company мы { price: 95 RUB, segments: [магазины] }"), shown)
        XCTAssertTrue(shown.contains("Шаг 4 из 8. Стресс-тест"), shown)

        // :back shows step 3 again; an ordinary line (its check already holds) moves on.
        shown = enter(repl, ":back")
        XCTAssertTrue(shown.contains("Шаг 3 из 8. Наша компания"), shown)
        shown = enter(repl, "мы.price")
        XCTAssertTrue(shown.contains("95 ₽"), shown)
        XCTAssertTrue(shown.contains("Шаг 4 из 8"), shown)
        shown = enter(repl, ":step")
        XCTAssertTrue(shown.contains("Шаг 4 из 8. Стресс-тест"), shown)

        // Step 4: right at once.
        shown = enter(repl, "тест = stress(мы)")
        XCTAssertTrue(shown.contains("stress test") || shown.contains("stay"), shown)
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Шаг 5 из 8. Осторожный шаг"), shown)

        // Step 5: a wrong answer, then leave.
        shown = enter(repl, "шаг = stress(мы, price: +20%)")
        XCTAssertFalse(shown.contains("✓"), shown)
        repl.send(":quit\r")
        XCTAssertEqual(repl.waitForExit(), 0)

        // Restart: it resumes at step 5, with the earlier steps' cells rebuilt.
        repl = try startLesson(["3", "--locale", "ru"])
        let resumed = repl.transcriptText
        XCTAssertTrue(resumed.contains("Продолжаем с шага 5 из 8"), resumed)
        XCTAssertTrue(resumed.contains("Шаг 5 из 8. Осторожный шаг"), resumed)
        shown = enter(repl, "тест.stay == stress(мы).stay")
        XCTAssertTrue(shown.contains("true"), shown)
        XCTAssertFalse(shown.contains("✓"), shown)
        shown = enter(repl, "шаг = stress(мы, price: +10%)")
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Шаг 6 из 8"), shown)

        // Steps 6–8.
        shown = enter(repl, "прыжок = stress(мы, to: 150 RUB)")
        XCTAssertTrue(shown.contains("Шаг 7 из 8. Соседи по рынку"), shown)
        shown = enter(repl, "competitor соседи { price: 100 RUB }")
        XCTAssertFalse(shown.contains("✓"), shown)   // half of the task
        shown = enter(repl, "с_соседями = stress(мы with {competitor: соседи})")
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Шаг 8 из 8. Ценность, а не цена"), shown)
        shown = enter(repl, "лучше = stress(мы with {competitor: соседи, value: 1.1})")
        XCTAssertFalse(shown.contains("✓"), shown)
        shown = enter(repl, "лучше = stress(мы with {competitor: соседи, value: 1.3})")
        XCTAssertTrue(shown.contains("✓ Готово!"), shown)
        XCTAssertTrue(shown.contains("Урок пройден!"), shown)
        // The session goes on after the lesson.
        shown = enter(repl, "лучше.stay > с_соседями.stay")
        XCTAssertTrue(shown.contains("true"), shown)
        repl.send(":quit\r")
        XCTAssertEqual(repl.waitForExit(), 0)

        // The list shows it done; the progress file says so too.
        let list = try runLearn(["--locale", "ru"])
        XCTAssertTrue(list.stdout.contains("3. Рынок: сегменты, готовность платить и стресс-тест лояльности  ✓ пройден"), list.stdout)
        let saved = try String(contentsOfFile: stateFolder + "/lessons-progress", encoding: .utf8)
        XCTAssertTrue(saved.contains("ru/3-market\tdone"), saved)
    }

    func testTheEnvironmentChoosesTheLanguageAndTheListShowsWhereYouAre() throws {
        let repl = try startLesson(["3"], environment: ["LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(repl.transcriptText.contains("Шаг 1 из 8"), repl.transcriptText)
        enter(repl, ":skip")
        repl.send(":quit\r")
        XCTAssertEqual(repl.waitForExit(), 0)
        let ru = try runLearn([], environment: ["LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(ru.stdout.hasPrefix("Уроки (biz learn N — начать урок N):"), ru.stdout)
        XCTAssertTrue(ru.stdout.contains("(шаг 2 из 8)"), ru.stdout)
        // LC_ALL wins over LANG; --locale wins over both.
        let en = try runLearn([], environment: ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"])
        XCTAssertTrue(en.stdout.hasPrefix("Lessons (biz learn N starts lesson N):"), en.stdout)
        XCTAssertTrue(en.stdout.contains("3. A market: segments"), en.stdout)
        XCTAssertFalse(en.stdout.contains("step 2 of 8"), en.stdout)   // progress is per lesson and language
        let explicit = try runLearn(["--locale", "en"], environment: ["LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(explicit.stdout.hasPrefix("Lessons"), explicit.stdout)
    }

    func testALessonFileResetHelpAndLoadInsideALesson() throws {
        let path = folder.appendingPathComponent("mine.lesson").path
        try """
            lesson: Mine
            step: One
            task: make x equal 2
            check: x == 2
            hint: x = 2
            solution:
              x = 2
            step: Two
            task: make y three times x
            check: y == 6
            hint: y = x * 3
            solution:
              y = x * 3
            """.write(toFile: path, atomically: true, encoding: .utf8)
        try "y = x * 3\n".write(toFile: folder.appendingPathComponent("answer.biz").path, atomically: true, encoding: .utf8)
        let repl = try startLesson([path])
        XCTAssertTrue(repl.transcriptText.contains("Lesson: Mine"), repl.transcriptText)
        XCTAssertTrue(repl.transcriptText.contains("Step 1 of 2. One"), repl.transcriptText)
        var shown = enter(repl, "x = 2")
        XCTAssertTrue(shown.contains("✓ Done!"), shown)
        XCTAssertTrue(shown.contains("Step 2 of 2. Two"), shown)
        // :help lists the lesson's commands after the REPL's; :cells is not a miss.
        shown = enter(repl, ":help")
        XCTAssertTrue(shown.contains(":hint for a hint, :skip to skip the step"), shown)
        enter(repl, ":cells")
        shown = enter(repl, "y = 5")
        XCTAssertFalse(shown.contains("Hint:"), shown)   // one miss only
        // :reset starts a fresh session rebuilt up to this step.
        enter(repl, ":reset")
        shown = enter(repl, "x")
        XCTAssertTrue(shown.contains("\n2\n"), shown)
        XCTAssertTrue(shown.contains("Hint: y = x * 3"), shown)   // the second miss
        // A :command that does the task completes the step.
        shown = enter(repl, ":load answer.biz")
        XCTAssertTrue(shown.contains("Lesson complete!"), shown)
        shown = enter(repl, ":hint")
        XCTAssertTrue(shown.contains("The lesson is already complete."), shown)
        repl.send(":quit\r")
        XCTAssertEqual(repl.waitForExit(), 0)
        let missing = try runLearn(["9"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "biz: no lesson '9': biz learn lists them\n")
        let noTerminal = try runLearn(["3"])
        XCTAssertEqual(noTerminal.status, 2)
        XCTAssertTrue(noTerminal.stderr.hasPrefix("biz: a lesson runs in the REPL"), noTerminal.stderr)
    }

    func runLearn(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.path(of: "biz"))
        process.arguments = ["learn"] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "BIZ_STATE_DIR": stateFolder]
            .merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

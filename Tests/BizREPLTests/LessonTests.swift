// The lesson format, progress file and `biz learn --check`, without a
// terminal. (LearnTerminalTests drives a lesson on a pseudo-terminal.)

import Foundation
import XCTest
@testable import BizREPL
import BizLang

final class LessonTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheFormatReadsFieldsBlocksAndComments() throws {
        let lesson = try LessonParser.parse("""
            # a comment
            lesson: Money
            about: one line
            intro:
              First line.

              After a blank line.
            setup:
              rate USD = 63.3028 RUB
            step: Price
            text: Set a price.
            task: price = 1200 RUB
            check: price == 1200 RUB
            check:
              defined(price)
              price > 0 RUB
            hint: type it
            solution:
              price = 1200 RUB
                # indented more: kept
            done: Good.
            step: Two
            task: y
            check: y == 1
            hint: y = 1
            solution: y = 1
            """, file: "m.lesson")
        XCTAssertEqual(lesson.title, "Money")
        XCTAssertEqual(lesson.about, "one line")
        XCTAssertEqual(lesson.intro, "First line.\n\nAfter a blank line.")
        XCTAssertEqual(lesson.setup, "rate USD = 63.3028 RUB")
        XCTAssertEqual(lesson.steps.count, 2)
        XCTAssertEqual(lesson.steps[0].checks, ["price == 1200 RUB", "defined(price)", "price > 0 RUB"])
        XCTAssertEqual(lesson.steps[0].solution, "price = 1200 RUB\n  # indented more: kept")
        XCTAssertEqual(lesson.steps[0].done, "Good.")
        XCTAssertEqual(lesson.steps[0].line, 10)
        XCTAssertEqual(lesson.steps[1].solution, "y = 1")
    }

    func testFormatErrorsNameTheLine() {
        func error(_ text: String) -> String {
            do { _ = try LessonParser.parse(text, file: "x.lesson"); return "no error" } catch { return error.rendered }
        }
        XCTAssertEqual(error("lesson: A\nstep: S\ntask: t\nchek: x == 1\n"),
                       "x.lesson:4: error: unknown field 'chek'; did you mean 'check:'?\n")
        XCTAssertEqual(error("lesson: A\nstep: S\ntask: t\nhint: h\nsolution: x = 1\n"),
                       "x.lesson:2: error: step 1 ('S') has no 'check:'\n")
        XCTAssertEqual(error("lesson: A\nstep: S\ntask: t\ncheck: x == 1\nsolution: x = 1\n"),
                       "x.lesson:2: error: step 1 ('S') has no 'hint:'\n")
        XCTAssertEqual(error("lesson: A\nstep: S\ntask: t\ncheck: x\nhint: h\nsolution: x = 1\nsetup: y = 1\n"),
                       "x.lesson:7: error: 'setup:' belongs before the first step\n")
        XCTAssertEqual(error("lesson: A\n"), "x.lesson:1: error: the lesson has no steps: add one with 'step: TITLE'\n")
        XCTAssertEqual(error("step: S\n"), "x.lesson:1: error: 'step:' needs a lesson first: start the file with 'lesson: TITLE'\n")
        XCTAssertEqual(error("lesson: A\nthis is prose\n"),
                       "x.lesson:2: error: expected 'key: value' (or an indented line continuing the field above)\n")
    }

    func testChecksAreTrueOnlyWhenTheyHoldAndLeaveTheSessionAlone() {
        let rt = Interpreter()
        rt.output = { _ in }
        XCTAssertFalse(LessonChecks.hold(["price == 1200 RUB"], in: rt))   // unknown name: not yet
        XCTAssertFalse(LessonChecks.hold(["defined(price)"], in: rt))
        _ = try? rt.evaluateEntry(SourceFile(name: "t", text: "price = 1200 RUB"))
        XCTAssertTrue(LessonChecks.hold(["defined(price)", "price == 1200 RUB"], in: rt))
        XCTAssertFalse(LessonChecks.hold(["price == 1200"], in: rt))        // a unit error: not yet
        XCTAssertFalse(LessonChecks.hold(["price"], in: rt))                 // not a Bool
        XCTAssertFalse(LessonChecks.hold(["price == 1200 RUB", "price > 2000 RUB"], in: rt))
        // A check that defines or prints changes nothing.
        XCTAssertFalse(LessonChecks.hold(["price = 5 RUB; print(\"x\"); price == 5 RUB and false"], in: rt))
        XCTAssertTrue(LessonChecks.hold(["price == 1200 RUB"], in: rt))
        XCTAssertEqual(LessonChecks.expandDefined("defined(a) and undefined(b) or defined( price )", in: rt),
                       "false and undefined(b) or true")
    }

    func testProgressIsKeptPerLessonInTheStateFolder() throws {
        let folder = NSTemporaryDirectory() + "biz-progress-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let progress = LessonProgress(environment: ["BIZ_STATE_DIR": folder + "/deep"])
        XCTAssertNil(progress.position(of: "ru/3-market"))
        progress.save(.at(4), for: "ru/3-market")
        progress.save(.done, for: "en/1-calculator")
        XCTAssertEqual(LessonProgress(environment: ["BIZ_STATE_DIR": folder + "/deep"]).position(of: "ru/3-market"), .at(4))
        XCTAssertEqual(progress.position(of: "en/1-calculator"), .done)
        XCTAssertEqual(try String(contentsOfFile: folder + "/deep/lessons-progress", encoding: .utf8),
                       "en/1-calculator\tdone\nru/3-market\t5\n")
        // XDG_STATE_HOME, then HOME.
        XCTAssertEqual(LessonProgress(environment: ["XDG_STATE_HOME": folder]).path, folder + "/biz/lessons-progress")
        XCTAssertEqual(LessonProgress(environment: ["HOME": folder]).path, folder + "/.local/state/biz/lessons-progress")
        XCTAssertNil(LessonProgress(environment: [:]).path)
    }

    func testInterfaceLocale() {
        XCTAssertEqual(InterfaceLocale.resolve(explicit: nil, environment: [:]), .en)
        XCTAssertEqual(InterfaceLocale.resolve(explicit: nil, environment: ["LANG": "ru_RU.UTF-8"]), .ru)
        XCTAssertEqual(InterfaceLocale.resolve(explicit: nil, environment: ["LANG": "ru_RU.UTF-8", "LC_MESSAGES": "C"]), .en)
        XCTAssertEqual(InterfaceLocale.resolve(explicit: nil, environment: ["LANG": "en_US", "LC_ALL": "ru_UA.UTF-8"]), .ru)
        XCTAssertEqual(InterfaceLocale.resolve(explicit: "en", environment: ["LC_ALL": "ru_RU.UTF-8"]), .en)
    }

    // MARK: Shipped lessons

    func testEveryShippedLessonHasBothLanguagesAndTheSameSteps() throws {
        let ru = LessonCatalog.lessons(in: .ru), en = LessonCatalog.lessons(in: .en)
        XCTAssertEqual(ru.map(\.number), en.map(\.number))
        for (r, e) in zip(ru, en) {
            XCTAssertEqual(r.key.dropFirst(3), e.key.dropFirst(3))
            let a = try LessonParser.parse(r.text, file: r.key), b = try LessonParser.parse(e.text, file: e.key)
            XCTAssertEqual(a.steps.count, b.steps.count, r.key)
        }
    }

    func testEmbeddedCopiesMatchTheFolder() throws {
        let lessons = root.appendingPathComponent("lessons")
        var onDisk: [String: String] = [:]
        for language in try FileManager.default.contentsOfDirectory(atPath: lessons.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: lessons.appendingPathComponent(language).path)
            where name.hasSuffix(".lesson") {
                onDisk["\(language)/\(name.dropLast(7))"] = try String(contentsOf: lessons.appendingPathComponent(language).appendingPathComponent(name), encoding: .utf8)
            }
        }
        XCTAssertFalse(onDisk.isEmpty)
        XCTAssertEqual(Set(onDisk.keys), Set(EmbeddedLessons.files.keys), "run scripts/embed-lessons")
        for (key, text) in onDisk {
            XCTAssertTrue(EmbeddedLessons.files[key] == text, "\(key) differs from the embedded copy: run scripts/embed-lessons")
        }
    }

    /// The acceptance check: every shipped lesson, in both languages, can be
    /// done by its solutions and cannot be passed by doing nothing.
    func testLearnCheckPassesForEveryShippedLesson() throws {
        let r = try runBiz(["learn", "--check"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        let count = LessonCatalog.all.count
        XCTAssertTrue(r.stdout.hasPrefix("\(count) lessons, "), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix(" steps checked, 0 problems\n"), r.stdout)
    }

    func testLearnCheckFindsAStepThatPassesByDoingNothingAndASolutionThatFails() throws {
        let path = NSTemporaryDirectory() + "broken-\(UUID().uuidString).lesson"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            lesson: Broken
            setup:
              price = 100 RUB
            step: Already true
            task: nothing
            check: price == 100 RUB
            hint: h
            solution:
              x = 1
            step: Wrong solution
            task: make y 2
            check: y == 2
            hint: h
            solution:
              y = 3
            step: Broken check
            task: w
            check: w == 1 RUB +
            hint: h
            solution:
              w = 1 RUB
            step: Failing solution
            task: z
            check: z == 1
            hint: h
            solution:
              z = price + 3 months
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try runBiz(["learn", "--check", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "1 lesson, 4 steps checked, 4 problems\n")
        XCTAssertTrue(r.stderr.contains("\(path):4: error: step 1 ('Already true'): check `price == 100 RUB` already holds before the solution"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(path):10: error: step 2 ('Wrong solution'): check `y == 2` does not hold after the solution: false\n"), r.stderr)
        // A check that cannot be read says why.
        XCTAssertTrue(r.stderr.contains("\(path):16: error: step 3 ('Broken check'): check `w == 1 RUB +` does not hold after the solution: <check>:1:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(path):22: error: step 4 ('Failing solution'): the solution fails:\n<solution>:1:5: error:"), r.stderr)
        let ru = try runBiz(["learn", "--check", "--locale", "ru", path])
        XCTAssertEqual(ru.stdout, "проверено уроков: 1, шагов: 4, ошибок: 4\n")
        XCTAssertTrue(ru.stderr.contains("проверка `y == 2` не выполняется после решения"), ru.stderr)
    }
}

extension LessonTests {
    /// docs/LESSONS.md's example lesson passes `biz learn --check`.
    func testTheDocumentedExampleLessonChecks() throws {
        let doc = try String(contentsOf: root.appendingPathComponent("docs/LESSONS.md"), encoding: .utf8)
        let start = try XCTUnwrap(doc.range(of: "<!-- example-lesson -->\n```text\n"))
        let end = try XCTUnwrap(doc.range(of: "```\n<!-- end-example-lesson -->"))
        let lesson = String(doc[start.upperBound..<end.lowerBound])
        let parsed = try LessonParser.parse(lesson, file: "example")
        XCTAssertEqual(parsed.steps.count, 2)
        let path = NSTemporaryDirectory() + "markup-\(UUID().uuidString).lesson"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try lesson.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try runBiz(["learn", "--check", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "1 lesson, 2 steps checked, 0 problems\n")
    }
}

import XCTest

/// LANGUAGE.md §1: commands, options and exit codes.
final class CommandLineTests: XCTestCase {
    func testEvaluateOneLine() throws {
        for (expr, out) in [("1000 - 20%", "800"), ("120 RUB + 20%", "144 RUB"), ("0.1 + 0.2", "0.3"),
                            ("rate USD = 63.30 RUB; 100 USD in RUB", "6,330 RUB"), ("500/month * 3 months", "1,500")] {
            let r = try BizProcess.run(["-e", expr])
            XCTAssertEqual(r.stdout, out + "\n", expr)
            XCTAssertEqual(r.code, 0)
        }
    }

    func testLocaleOption() throws {
        XCTAssertEqual(try BizProcess.run(["--locale", "ru", "-e", "1234567.5"]).stdout, "1 234 567,5\n")
    }

    func testUsageErrorsExitWithTwo() throws {
        XCTAssertEqual(try BizProcess.run(["--locale", "fr", "-e", "1"]).code, 2)
        XCTAssertEqual(try BizProcess.run(["--no-such-flag"]).code, 2)
        XCTAssertEqual(try BizProcess.run(["no-such-file.biz"]).code, 2)
    }

    func testRuntimeErrorExitsWithOneAndShowsTheCaret() throws {
        let r = try BizProcess.run(["-e", "120 RUB + 3 months"])
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.stderr, """
        <expr>:1:1: error: cannot add money (RUB) and duration
          |
        1 | 120 RUB + 3 months
          | ^^^^^^^   --------
        note: left: money (RUB)
        note: right: duration

        """)
    }

    func testStdinRunsAsAScript() throws {
        let r = try BizProcess.run([], stdin: "x = 2\nx * 3\n")
        XCTAssertEqual(r.stdout, "6\n")
        XCTAssertEqual(r.code, 0)
    }

    func testVersionAndHelp() throws {
        XCTAssertTrue(try BizProcess.run(["--version"]).stdout.hasPrefix("biz "))
        let help = try BizProcess.run(["--help"])
        XCTAssertEqual(help.code, 0)
        XCTAssertTrue(help.stdout.contains("--seed"))
    }

    func testRunSubcommandEqualsPlainFile() throws {
        let a = try BizProcess.run(["Tests/BizCLITests/golden/cells.biz"])
        let b = try BizProcess.run(["run", "Tests/BizCLITests/golden/cells.biz"])
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertEqual(a.code, b.code)
    }

    /// `biz FILE`, `biz -e EXPR` and `biz` alone start without ArgumentParser
    /// (ArgumentOrder.withoutOptions): they run with exactly the defaults
    /// the parsed options give — seed, samples and sampling included.
    func testRunsWithoutOptionsHaveTheDefaults() throws {
        let file = try script("x = uniform(0, 1)\nprint(mean(x * x * x))\n")
        let plain = try BizProcess.run([file])
        XCTAssertEqual(plain.code, 0, plain.stderr)
        XCTAssertEqual(try BizProcess.run(["--seed", "42", "--samples", "1000", "--sampling", "lhs", file]).stdout, plain.stdout)
        XCTAssertNotEqual(try BizProcess.run(["--seed", "7", file]).stdout, plain.stdout)
        let expr = "mean(uniform(0, 1) ^ 3)"
        let e = try BizProcess.run(["-e", expr])
        XCTAssertEqual(try BizProcess.run(["--seed", "42", "-e", expr]).stdout, e.stdout)
        XCTAssertNotEqual(try BizProcess.run(["--seed", "43", "-e", expr]).stdout, e.stdout)
        XCTAssertEqual(try BizProcess.run([], stdin: "print(\(expr))\n").stdout, e.stdout)
        // `-e` takes any value, as when parsed.
        XCTAssertEqual(try BizProcess.run(["-e", "-5 + 1"]).stdout, "-4\n")
    }

    /// A script in a fresh temporary folder.
    func script(_ text: String, name: String = "t.biz") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biz-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// v1.1 §1: options may stand before the subcommand.
    func testOptionsBeforeTheSubcommand() throws {
        // mean(x * x), not mean(x): a form's own mean is exact (§6) and the same for every seed.
        let file = try script("x = uniform(0, 1)\nmean(x * x)\nexpect 1234.5 == 1234.5\n")
        let before = try BizProcess.run(["--seed", "3", "--samples", "10", "run", file])
        let after = try BizProcess.run(["run", "--seed", "3", "--samples", "10", file])
        XCTAssertEqual(before.code, 0, before.stderr)
        XCTAssertEqual(before.stdout, after.stdout)
        XCTAssertNotEqual(before.stdout, try BizProcess.run(["--seed", "4", "--samples", "10", "run", file]).stdout)
        let test = try BizProcess.run(["--locale", "ru", "test", file])
        XCTAssertEqual(test.stdout, "1 passed, 0 failed\n", test.stderr)
        XCTAssertEqual(try BizProcess.run(["--seed=3", "--no-color", "check", file]).code, 0)
        XCTAssertEqual(try BizProcess.run(["--locale", "fr", "test", file]).code, 2)
    }

    /// v1.1 §1: `biz test` writes errors, notes and failures to stderr, the
    /// closing line to stdout.
    func testTestWritesFailuresAndErrorsToStderr() throws {
        let file = try script("expect 2 + 2 == 5\nexpect 1 == 1\nx = 1 RUB + 1 month\n")
        let r = try BizProcess.run(["test", file])
        XCTAssertEqual(r.stdout, "1 passed, 2 failed\n")
        // notes too
        let noted = try script("x = 1\ny = 2\nexpect (x given y = 5) == 1\n")
        let n = try BizProcess.run(["test", noted])
        XCTAssertEqual(n.stdout, "1 passed, 0 failed\n")
        XCTAssertTrue(n.stderr.hasPrefix("\(noted):3:17: note: x does not depend on y\n"), n.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("\(file):1: expect failed: 2 + 2 == 5 (left: 4, right: 5)\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(file):3:5: error: cannot add money (RUB) and duration"), r.stderr)
        XCTAssertEqual(r.code, 1)
    }

    /// v1.1 §1: `check` checks declarations' keys, literal values and the
    /// segments of per-segment leads, runs nothing, reports every error; the
    /// up-front pass of `run` and `test` does the same before running.
    func testCheckFindsDeclarationErrorsWithoutRunning() throws {
        let file = try script("""
        print("ran")
        segment smb { size: 0, wtp: 50 RUB to 150 RUB }
        segment corp { size: 100, wtp: 50 RUB to 150 RUB, churn: 2 }
        strategy calls { leads: {smb: 10/month, crop: 5/month}, conversoin: 5% }

        """)
        let expected = """
        \(file):2:21: error: segment smb: 'size' must be more than 0
          |
        2 | segment smb { size: 0, wtp: 50 RUB to 150 RUB }
          |                     ^
        \(file):3:58: error: segment corp: 'churn' must be a percent rate (e.g. 2%/month), not number
          |
        3 | segment corp { size: 100, wtp: 50 RUB to 150 RUB, churn: 2 }
          |                                                          ^
        hint: did you mean 2%/month?
        \(file):4:41: error: strategy calls: leads for 'crop', but no segment is named crop
          |
        4 | strategy calls { leads: {smb: 10/month, crop: 5/month}, conversoin: 5% }
          |                                         ^^^^
        hint: did you mean 'corp'?
        \(file):4:57: error: strategy calls has no field 'conversoin'
          |
        4 | strategy calls { leads: {smb: 10/month, crop: 5/month}, conversoin: 5% }
          |                                                         ^^^^^^^^^^
        hint: did you mean 'conversion'?

        """
        for command in [["check"], ["run"], ["test"]] {
            let r = try BizProcess.run(command + [file])
            XCTAssertEqual(r.stderr, expected, command[0])
            XCTAssertEqual(r.code, 1, command[0])
            XCTAssertFalse(r.stdout.contains("ran"), command[0])
        }
    }

    func testCheckPassesAGoodModel() throws {
        let r = try BizProcess.run(["check", "examples/story_two_paths.biz"])
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.code, 0)
    }

    /// v1.1 §1: `biz help` lists the subcommands and the help topics; `biz
    /// help NAME` shows a subcommand's help, else the `:help NAME` topic.
    func testHelpListsSubcommandsAndTopics() throws {
        let r = try BizProcess.run(["help"])
        XCTAssertEqual(r.code, 0)
        for line in ["  biz test [PATHS…]    Run every expect in the given files and folders; ends with 'N passed, N failed'.",
                     "  given          what-if: EXPR given cell = value, …", "  builtins       every built-in function"] {
            XCTAssertTrue(r.stdout.contains(line + "\n"), line)
        }
        let run = try BizProcess.run(["help", "run"])
        XCTAssertTrue(run.stdout.contains("USAGE: biz run [--seed <seed>]"), run.stdout)
        let given = try BizProcess.run(["--no-color", "help", "given"])
        XCTAssertTrue(given.stdout.hasPrefix("given — what-if: EXPR given cell = value, …\n"), given.stdout)
        XCTAssertEqual(try BizProcess.run(["help", "sum"]).stdout,
                       "sum(values) — built-in function\n  the sum of a list or series (a flow series: months 1…N)\n")
        let unknown = try BizProcess.run(["help", "givn"])
        XCTAssertEqual(unknown.stderr, "biz: No help on 'givn'. Did you mean 'given'? Type biz help for the topics.\n")
        XCTAssertEqual(unknown.code, 2)
    }

    /// Issue 10 items 1 and 5: `biz help TOPIC` is the REPL's topic, in the
    /// interface language (--locale or the environment); `biz --help` in
    /// Russian is the Russian overview; a subcommand's help leads with its
    /// Russian description.
    func testHelpInTheInterfaceLanguage() throws {
        let segment = try BizProcess.run(["--no-color", "help", "segment"])
        XCTAssertTrue(segment.stdout.hasPrefix("segment — a group of customers: size, willingness to pay, churn\n"), segment.stdout)
        XCTAssertTrue(segment.stdout.contains("    wtp          willingness to pay per month"), segment.stdout)
        let pushed = try BizProcess.run(["--locale", "ru", "--no-color", "help", "pushed"])
        XCTAssertTrue(pushed.stdout.hasPrefix("pushed — наши покупатели, «дожатые» нажимом и скидкой"), pushed.stdout)
        XCTAssertTrue(pushed.stdout.contains("Единица: покупатели (количество)."), pushed.stdout)
        let fromEnvironment = try BizProcess.run(["--no-color", "help", "stress"], env: ["LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(fromEnvironment.stdout.hasPrefix("stress — stress(company или run): кто останется"), fromEnvironment.stdout)
        let overview = try BizProcess.run(["--help"], env: ["LANG": "ru_RU.UTF-8"])
        XCTAssertTrue(overview.stdout.hasPrefix("Biz: небольшой язык для деловых расчётов «что, если».\n\nКоманды:\n"), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("  given          «что, если»: EXPR given ячейка = значение, …\n"), overview.stdout)
        XCTAssertEqual(overview.code, 0)
        XCTAssertTrue(try BizProcess.run(["--help"]).stdout.contains("USAGE: biz"), "English --help stays ArgumentParser's")
        let run = try BizProcess.run(["--locale", "ru", "help", "run"])
        XCTAssertTrue(run.stdout.hasPrefix("Выполнить сценарий сверху вниз.\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("USAGE: biz run"), run.stdout)
        let unknown = try BizProcess.run(["--locale", "ru", "help", "givn"])
        XCTAssertEqual(unknown.stderr, "biz: Справки по 'givn' нет. Возможно, 'given'? Список тем — biz help.\n")
        let missing = try BizProcess.run(["--locale", "ru", "run", "nowhere.biz"])
        XCTAssertEqual(missing.stderr, "biz: не удалось прочитать nowhere.biz\n")
        let samples = try BizProcess.run(["--locale", "ru", "--samples", "0", "-e", "1"]).stderr
        XCTAssertTrue(samples.hasPrefix("Error: --samples должно быть от 1 до 1000000\n"), samples)
        XCTAssertTrue(samples.hasSuffix("Как запускать — 'biz --help'.\n"), samples)
    }

    /// LANGUAGE.md §1: the environment chooses the interface language; what a
    /// program computes (interpolation) follows only an explicit --locale.
    func testLocaleFromTheEnvironmentIsTheInterfaceOnly() throws {
        let ru = ["LANG": "ru_RU.UTF-8"]
        XCTAssertEqual(try BizProcess.run(["-e", "12345.5"], env: ru).stdout, "12 345,5\n")
        XCTAssertEqual(try BizProcess.run(["-e", "\"{12345.5}\""], env: ru).stdout, "12,345.5\n")
        XCTAssertEqual(try BizProcess.run(["--locale", "ru", "-e", "\"{12345.5}\""]).stdout, "12 345,5\n")
        XCTAssertEqual(try BizProcess.run(["--locale", "en", "-e", "12345.5"], env: ru).stdout, "12,345.5\n")
        XCTAssertEqual(try BizProcess.run(["-e", "12345.5"], env: ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"]).stdout,
                       "12,345.5\n")
    }
}

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
}

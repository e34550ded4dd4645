import XCTest

/// Issue 10's acceptance for diagnostics: `--locale ru` and a Russian
/// environment both put error, notes and hints into Russian, while the
/// words tools parse (`FILE:LINE:COL:`, `error:`, `note:`, `hint:`) stay.
final class RussianDiagnosticsTests: XCTestCase {
    static let expected = """
        <expr>:1:1: error: нельзя сложить деньги (RUB) и длительность
          |
        1 | 120 RUB + 3 months
          | ^^^^^^^   --------
        note: слева: деньги (RUB)
        note: справа: длительность

        """

    func testLocaleOptionGivesRussianDiagnostics() throws {
        let r = try BizProcess.run(["--locale", "ru", "-e", "120 RUB + 3 months"])
        XCTAssertEqual(r.stderr, Self.expected)
        XCTAssertEqual(r.code, 1)
    }

    func testRussianEnvironmentGivesRussianDiagnostics() throws {
        let r = try BizProcess.run(["-e", "120 RUB + 3 months"], env: ["LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertEqual(r.stderr, Self.expected)
        let hint = try BizProcess.run(["-e", "price = 1200 RUB\nprice + 300"], env: ["LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertTrue(hint.stderr.hasSuffix("hint: возможно, 300 RUB?\n"), hint.stderr)
    }

    func testEnglishStaysAsItWas() throws {
        let r = try BizProcess.run(["-e", "120 RUB + 3 months"], env: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertTrue(r.stderr.hasPrefix("<expr>:1:1: error: cannot add money (RUB) and duration\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("note: left: money (RUB)\nnote: right: duration\n"), r.stderr)
    }

    func testCannotReadInRussian() throws {
        let r = try BizProcess.run(["--locale", "ru", "no-such-file.biz"])
        XCTAssertEqual(r.stderr, "biz: не удалось прочитать no-such-file.biz\n")
        XCTAssertEqual(r.code, 2)
        let en = try BizProcess.run(["--locale", "en", "no-such-file.biz"])
        XCTAssertEqual(en.stderr, "biz: cannot read no-such-file.biz\n")
    }
}

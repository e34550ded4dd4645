import XCTest
@testable import BizLang

/// Issue 16 item 6: control bytes from a source file never reach the
/// terminal raw in a diagnostic — ESC, CR, BEL, DEL, C1 and bidi overrides
/// are shown as `\u{…}`, and the carets stay under what they point at.
final class TerminalEscapeTests: XCTestCase {
    func testControlCharactersInTheExcerptAndMessageAreEscapedAndCaretsAligned() {
        let text = evalText("y = \"a\u{1B}[31m\" + \u{1B}]0;x\u{07} + 1")
        // Columns count source characters (the second ESC is column 16); the carets sit
        // under what is shown: `\u{1B}` is six wide.
        XCTAssertEqual(text, """
            <repl>:1:16: error: unexpected character '\\u{1B}'
              |
            1 | y = "a\\u{1B}[31m" + \\u{1B}]0;x\\u{7} + 1
              |                     ^^^^^^
            <repl>:1:20: error: unknown name 'x'
              |
            1 | y = "a\\u{1B}[31m" + \\u{1B}]0;x\\u{7} + 1
              |                              ^
            hint: did you mean 'p'?
            <repl>:1:21: error: unexpected character '\\u{7}'
              |
            1 | y = "a\\u{1B}[31m" + \\u{1B}]0;x\\u{7} + 1
              |                               ^^^^^
            <repl>:1:21: error: expected the end of the statement, found an invalid token
              |
            1 | y = "a\\u{1B}[31m" + \\u{1B}]0;x\\u{7} + 1
              |                               ^^^^^
            hint: put one statement per line, or separate them with ';'

            """)
        for scalar in text.unicodeScalars where scalar != "\n" {
            XCTAssertFalse(TerminalEscape.isUnsafe(scalar), "raw U+\(String(scalar.value, radix: 16)) in the output")
        }
    }

    /// A carriage return inside a line would move the cursor back and hide
    /// the start of the line; a bidi override would reorder what is shown.
    func testCarriageReturnAndBidiOverrideAreShownEscaped() {
        let cr = evalText("a = 1\rzz")
        XCTAssertTrue(cr.contains("1 | a = 1\\u{D}zz\n"), cr)
        XCTAssertTrue(cr.contains("\n  |           ^^\n"), cr)
        let bidi = evalText("\u{202E}q = 1")
        XCTAssertTrue(bidi.contains("'\\u{202E}'"), bidi)
        XCTAssertTrue(bidi.contains("1 | \\u{202E}q = 1\n  | ^^^^^^^^\n"), bidi)
    }

    func testEscape() {
        XCTAssertEqual(TerminalEscape.escape("a\u{1B}b\u{7F}c\u{9B}d\u{0}"), "a\\u{1B}b\\u{7F}c\\u{9B}d\\u{0}")
        XCTAssertEqual(TerminalEscape.escape("tab\tстрока ✓ €"), "tab\tстрока ✓ €", "printable text and tabs are left alone")
    }

    /// Strings and messages of a failed expect quote the source too.
    func testFailedExpectLineIsEscaped() {
        let rt = Interpreter()
        var lines = ""
        rt.errorOutput = { lines += $0 }
        _ = try? rt.run(SourceFile(name: "t.biz", text: "expect \"\u{1B}[2J\" == \"b\", \"\u{07}\"\n"), printResults: false)
        XCTAssertEqual(lines, "t.biz:1: expect failed: \"\\u{1B}[2J\" == \"b\" (left: \"\\u{1B}[2J\", right: \"b\") — \\u{7}\n")
    }
}

// Completion candidates and the "needs another line" rule, in process.

import BizLang
import XCTest
@testable import BizREPL

final class CompletionTests: XCTestCase {
    private func complete(_ session: BizSession, _ line: String) -> [String] {
        // libedit's word: after the last break character.
        let breaks = Set(" \t\n\"\\'`@$><=;|&{}()[],.+-*/%^!?~#".unicodeScalars)
        let scalars = Array(line.unicodeScalars)
        var start = scalars.count
        while start > 0, !breaks.contains(scalars[start - 1]) { start -= 1 }
        return session.completions(line: line, wordStart: start, cursor: scalars.count)
    }

    private func session(_ entries: [String] = []) -> BizSession {
        var settings = Settings()
        settings.color = false
        let session = BizSession(settings: settings)
        session.interpreter.output = { _ in }
        for entry in entries { _ = session.evaluate(entry) }
        return session
    }

    func testNamesKeywordsAndFunctions() {
        let s = session(["revenue = 5", "fn net(x) = x"])
        XCTAssertEqual(complete(s, "reven"), ["revenue"])
        XCTAssertEqual(complete(s, "ne"), ["net("])
        XCTAssertEqual(complete(s, "no"), ["normal(", "not"])
        XCTAssertEqual(complete(s, "x + sqr"), ["sqrt("])
        XCTAssertEqual(complete(s, "giv"), ["given"])
        XCTAssertTrue(complete(s, "").contains("revenue"))
        XCTAssertFalse(complete(s, "").contains("_"), "hidden cells are not offered")
    }

    func testFinanceNamesAfterUseFinance() {
        XCTAssertEqual(complete(session(), "pm"), [], "pmt is not visible before use finance")
        let s = session(["use finance"])
        XCTAssertEqual(complete(s, "pm"), ["pmt("])
        XCTAssertEqual(complete(s, "ir"), ["irr("])
        XCTAssertEqual(complete(s, "payback([-1, 2], frac"), ["fractional:"])
        XCTAssertEqual(complete(s, ":help ppm"), ["ppmt"])
    }

    func testFieldsOfRecordsChainsAndRanges() {
        let s = session(["r = {customers: 3, churn: 2%, inner: {deep: 1}}", "band = 80..120 RUB"])
        XCTAssertEqual(complete(s, "r.c"), ["churn", "customers"])
        XCTAssertEqual(complete(s, "r.inner.d"), ["deep"])
        XCTAssertEqual(complete(s, "band.m"), ["mid"])
        XCTAssertEqual(complete(s, "x = r.cu"), ["customers"])
    }

    func testFieldsNeverEvaluateCalls() {
        let s = session(["fn f() = {a: 1}", "xs = [{a: 1}]"])
        XCTAssertEqual(complete(s, "f().a"), [])
        XCTAssertEqual(complete(s, "xs[0].a"), [])
        XCTAssertEqual(complete(s, "3."), [])
    }

    func testFieldsOfModelObjects() {
        let s = session(["segment smb { size: 20k, customers: 1.5k, wtp: 80 RUB to 180 RUB }"])
        XCTAssertEqual(complete(s, "smb.s"), ["size"])
        XCTAssertEqual(complete(s, "smb.n"), ["name"])
    }

    func testModulesCommandsAndArguments() throws {
        let s = session()
        XCTAssertEqual(complete(s, "use fin"), ["finance"])
        XCTAssertEqual(complete(s, ":he"), [":help"])
        XCTAssertEqual(complete(s, ":help giv"), ["given"])
        XCTAssertEqual(complete(s, ":locale r"), ["ru"])
        XCTAssertEqual(complete(s, ":time sqr"), ["sqrt("])
    }

    func testNamedArgumentsOfTheOpenCall() {
        let s = session(["fn net(price, tax = 20%) = price - tax"])
        XCTAssertEqual(complete(s, "net(100 RUB, tax"), ["tax:"])
        XCTAssertEqual(complete(s, "round(1.5, dig"), ["digits:"])
    }

    func testCyrillicNames() {
        let s = session(["выручка = 100 RUB * 3"])
        XCTAssertEqual(complete(s, "выр"), ["выручка"])
        XCTAssertEqual(complete(s, "x + выр"), ["выручка"])
    }

    func testIncompleteEntries() {
        for text in ["(1 +", "[1, 2,", "fn f(x) {", "x = 1 +", "f(1,", "a and", "20% of", "x given", "{a: 1,\nb: 2"] {
            XCTAssertTrue(EntryCompleteness.isIncomplete(text), text)
        }
        for text in ["1 + 1", "(1 + 2)", "x = of", "\"unterminated", "1 )", "x = 20%", ":help (", "fn f(x) {\nx\n}", "# (comment"] {
            XCTAssertFalse(EntryCompleteness.isIncomplete(text), text)
        }
    }
}

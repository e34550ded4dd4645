import BizLang
import XCTest
@testable import BizREPL

/// `biz --timeout S` in the REPL (issue 16 item 4): each entry gets the
/// whole limit; one that runs past it stops as on Ctrl-C, changes nothing,
/// and the next entry runs normally.
final class REPLTimeoutTests: XCTestCase {
    /// A session without colour or printed output, with `limits` set.
    func session(_ limits: (inout Settings) -> Void) -> BizSession {
        var settings = Settings()
        settings.color = false
        limits(&settings)
        let s = BizSession(settings: settings)
        s.interpreter.output = { _ in }
        return s
    }

    func testAnEntryPastTheTimeoutStopsAndTheSessionGoesOn() {
        let s = session { $0.timeout = 0.3 }
        XCTAssertEqual(text(s.evaluate("n = 1")), "n = 1")
        let stopped = text(s.evaluate("n = 2\nwhile true { n = n + 1 }"))
        XCTAssertTrue(stopped.contains("error: stopped: the evaluation took longer than 0.3 s (--timeout)"), stopped)
        XCTAssertEqual(text(s.evaluate("n")), "1", "the stopped entry changed nothing")
        XCTAssertEqual(text(s.evaluate("n + 1")), "2", "a timeout that fired does not stop the next entry")
    }

    /// --max-steps counts each entry afresh: a session of many small
    /// entries never runs out of steps.
    func testTheStepLimitHoldsForEachEntry() {
        let s = session { $0.maxSteps = 1_000 }
        for _ in 0..<5 {
            XCTAssertEqual(text(s.evaluate("t = 0\nfor i in 1..600 { t = t + i }\nt")), "180,300")
        }
        let over = text(s.evaluate("for i in 1..2000 { i }"))
        XCTAssertTrue(over.contains("error: evaluation took more than 1000 steps"), over)
    }
}

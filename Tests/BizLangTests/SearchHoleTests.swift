import XCTest
@testable import BizLang

/// A solver's own failure is not blamed on the user's formula (issue 8):
/// goal/maximize/minimize step around the points where the target cannot be
/// computed, with a note; only a target that fails everywhere is an error.
final class SearchHoleTests: XCTestCase {
    final class Printed: @unchecked Sendable { var text = "" }

    func session(_ source: String) -> (Interpreter, err: Printed) {
        let rt = Interpreter()
        let err = Printed()
        rt.output = { _ in }
        rt.errorOutput = { err.text += $0 }
        XCTAssertFalse(evalText(source, in: rt).contains("error"))
        return (rt, err)
    }

    func testGoalStepsAroundAPointWhereTheTargetFails() {
        let (rt, err) = session("x = 1\ny = 1 / (x - 2)")
        // The grid hits x = 2 exactly; the root is at 2.2.
        XCTAssertEqual(evalText("goal y = 5 by x in 0..4", in: rt), "2.2")
        XCTAssertEqual(err.text, """
        <repl>:1:15: note: y cannot be computed everywhere in 0..4: division by zero; the search went around those values
          |
        1 | goal y = 5 by x in 0..4
          |               ^

        """)
    }

    func testMaximizeOverAPartlyUndefinedTarget() {
        let (rt, err) = session("x = 3\ny = 10 - (x - 3) ^ 2 + sqrt(x - 2)")
        XCTAssertEqual(evalText("round(maximize y by x in 0..5, 3)", in: rt), "3.226")
        XCTAssertTrue(err.text.contains("note: y cannot be computed everywhere in 0..5: sqrt("), err.text)
    }

    func testATargetThatFailsEverywhereIsTheFormulasError() {
        let (rt, _) = session("x = 5\nz = if x > 10 then 1 / 0 else 5")
        let text = evalText("maximize z by x in 11..20", in: rt)
        XCTAssertTrue(text.hasPrefix("<repl>:2:24: error: division by zero"), text)
        XCTAssertTrue(text.contains("note: while trying x = 11"), text)
    }

    func testTheStepLimitIsNotSteppedAround() {
        let (rt, _) = session("x = 1\nfn spin(n) = if n > 0 then spin(n - 1) + 0 else 0\ny = spin(x)")
        rt.settings.maxSteps = 500
        let text = evalText("maximize spin(x * 100) by x in 1..3", in: rt)
        XCTAssertTrue(text.contains("error: evaluation took more than 500 steps"), text)
    }
}

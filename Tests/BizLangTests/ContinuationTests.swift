import XCTest
@testable import BizLang

/// LANGUAGE.md v1.1 §2: `,` separates statements inside `{ }` like `;` and
/// a newline; a line ending in `,` continues `given` bindings and an
/// `expect`'s message; a line ending in `in` continues.
final class ContinuationTests: XCTestCase {
    func testCommaSeparatesStatementsInABlock() {
        XCTAssertEqual(evalText("f = { a = 2, b = 5; a * b }\nf"), "10")
        XCTAssertEqual(evalText("fn g(x) { y = x + 1, y * 2 }\ng(4)"), "10")
        XCTAssertEqual(evalText("total = 0\nfor m in 1..4 { total = total + m, total = total + 0 }\ntotal"), "10")
    }

    func testACommaInsideAStatementOfABlockStaysThatStatements() {
        // the list and the call keep their commas; the block has one statement
        XCTAssertEqual(evalText("{ xs = [1, 2, 3], len(xs) }"), "3")
        XCTAssertEqual(evalText("{ max(2, 7) }"), "7")
    }

    func testGivenBindingsContinueAfterATrailingComma() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("x = 1\ny = 2\nz = x + y\nz", in: rt), "3")
        XCTAssertEqual(evalText("z given x = 10,\n  y = 20", in: rt), "30")
        XCTAssertEqual(evalText("z given x = 10,\n\n  y = 20", in: rt), "30")
        // a comma not followed by a binding still ends them (§5)
        XCTAssertEqual(evalText("[z given x = 10, 5]", in: rt), "[12, 5]")
    }

    func testExpectMessageOnTheNextLine() {
        let rt = Interpreter()
        var printed = ""
        rt.errorOutput = { printed += $0 }
        XCTAssertEqual(errors("expect 1 + 1 == 3,\n  \"arithmetic\"", in: rt).map(\.message), [])
        XCTAssertEqual(rt.expectFailed, 1)
        XCTAssertTrue(printed.contains("— arithmetic"), printed)
    }

    func testALineEndingInInContinues() {
        XCTAssertEqual(evalText("rate USD = 60 RUB\nx = 2 USD in\n  RUB\nx"), "120 RUB")
        XCTAssertEqual(evalText("s = 0\nfor m in\n  [1, 2, 3] { s = s + m }\ns"), "6")
    }

    func testOtherCommasOutsideBracesStillEndNothing() {
        // at the top level a comma is not a statement separator
        XCTAssertEqual(errors("x = 1, y = 2").map(\.message), ["expected the end of the statement, found ','"])
    }

    /// A record after a newline inside `[ ]` is a record, not a block.
    func testRecordsOnTheirOwnLinesInAList() {
        XCTAssertEqual(evalText("xs = [{a: 1},\n{a: 2}]\nxs"), "[{a: 1}, {a: 2}]")
        XCTAssertEqual(evalText("ys = [\n  {a: 1},\n  {a: 2}\n]\nlen(ys)"), "2")
        XCTAssertEqual(evalText("f(\n{a: 3}.a)", in: { let rt = Interpreter(); _ = evalText("fn f(x) = x", in: rt); return rt }()), "3")
    }

    /// `minimize (…)` with a space is the what-if form; touching, a call.
    func testWhatIfWordsBeforeAParenthesis() {
        let rt = Interpreter()
        XCTAssertEqual(evalText("x = 0.5\nminimize (x - 1/3) ^ 2 by x in 0..1", in: rt), "0.3333333333")
        XCTAssertEqual(evalText("maximize (1 - (x - 0.25) ^ 2) by x in 0..1", in: rt), "0.25")
        XCTAssertEqual(evalText("fn minimize(a) = a * 2\nminimize(3)"), "6")
    }
}
